package org.travelassist.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.travelassist.shared.CouncilProfile;

/**
 * The frame of every page: a skip link, the service name, navigation for the signed-in person's role (the menu
 * lists only views their roles may open), sign in or out, and the main landmark that views fill.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    public static final String SERVICE_NAME = "Travel Assist";

    private final AuthenticationContext authentication;
    private final Main main = new Main();
    private final Nav navigation = new Nav();
    /** The menu on screen, by path, and the entries it was made from. */
    private final Map<String, Anchor> shownLinks = new LinkedHashMap<>();
    private @Nullable List<MenuEntry> shownEntries;

    MainLayout(AuthenticationContext authentication, CouncilProfile council) {
        this.authentication = authentication;
        addClassName("ta-page");

        var skipLink = new Anchor("#main-content", "Skip to main content");
        skipLink.setId("skip-link");
        skipLink.addClassName("ta-skip-link");
        // Focus the main landmark ourselves: the router would treat a fragment link as a navigation.
        skipLink.getElement().addEventListener("click", event -> main.getElement().executeJs("this.focus()"))
                .addEventData("event.preventDefault()");

        var serviceName = new Anchor("", SERVICE_NAME);
        serviceName.addClassName("ta-service-name");
        var councilName = new Span(council.name());
        councilName.addClassName("ta-council-name");
        var brand = new Div(serviceName, councilName);
        brand.addClassName("ta-brand");

        navigation.addClassName("ta-navigation");
        navigation.getElement().setAttribute("aria-label", "Menu");

        var header = new Header(brand, navigation, account());
        header.addClassName("ta-header");

        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("ta-main");

        var footer = new Footer(supportLinks(), new Paragraph(SERVICE_NAME + " is run by " + council.name()
                + ". Call " + council.phone() + " if you need help using this service."));
        footer.addClassName("ta-footer");

        add(skipLink, header, main, footer);
        if (authentication.isAuthenticated()) {
            add(new SessionTimeoutWarning(authentication::logout));
        }
    }

    /** The pages every council service links from each page's footer (GOV.UK footer "support links"). */
    private static Component supportLinks() {
        var links = new UnorderedList();
        links.addClassName("ta-footer-links");
        links.add(new ListItem(new Anchor(AccessibilityStatementView.ROUTE, "Accessibility statement")),
                new ListItem(new Anchor(PrivacyNoticeView.ROUTE, "Privacy")),
                new ListItem(new Anchor(CookiesView.ROUTE, "Cookies")),
                new ListItem(new Anchor(ContactView.ROUTE, "Contact")));
        var nav = new Nav(links);
        nav.setId("support-links");
        nav.getElement().setAttribute("aria-label", "Support links");
        return nav;
    }

    private Component account() {
        var account = new Div();
        account.addClassName("ta-account");
        authentication.getPrincipalName().ifPresentOrElse(
                ignored -> {
                    var name = new Span(authentication.getAuthenticatedUser(org.springframework.security.oauth2.core.oidc.user.OidcUser.class)
                            .map(user -> "Signed in as " + Objects.requireNonNullElse(user.getFullName(), user.getEmail()))
                            .orElse("Signed in"));
                    var signOut = new Button("Sign out", click -> authentication.logout());
                    signOut.setId("sign-out");
                    signOut.addClassName("ta-link-button");
                    account.add(name, signOut);
                },
                () -> {
                    var signIn = new Anchor("sign-in", "Sign in");
                    signIn.setId("sign-in-link");
                    account.add(signIn);
                });
        return account;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var roles = new SessionMenu.Roles(authentication.isAuthenticated(), authentication.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet()));
        List<MenuEntry> entries = SessionMenu.of(VaadinSession.getCurrent()).entries(roles, MenuConfiguration::getMenuEntries);
        if (entries != shownEntries) {
            showMenu(entries);
        }
        // Only the highlighted item changes from one page to the next.
        String current = event.getLocation().getPath();
        shownLinks.forEach((path, link) -> {
            if (("/" + current).equals(path) || current.equals(path)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }

    private void showMenu(List<MenuEntry> entries) {
        navigation.removeAll();
        shownLinks.clear();
        var items = new UnorderedList();
        for (MenuEntry entry : entries) {
            var link = new Anchor(entry.path(), entry.title());
            shownLinks.put(entry.path(), link);
            items.add(new ListItem(link));
        }
        navigation.setVisible(items.getComponentCount() > 0);
        navigation.add(items);
        shownEntries = entries;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(content.getElement());
    }
}
