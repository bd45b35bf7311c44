package org.travelassist.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.travelassist.security.AppUserPrincipal;
import org.travelassist.shared.AccessRefused;

/**
 * Records in the audit trail when a signed-in person opens a page their roles do not allow (a parent trying an
 * officer's address). Vaadin refuses the page itself, with the same annotations checked the same way; this only
 * makes the refusal visible to the council.
 */
@Component
class PageRefusals implements VaadinServiceInitListener {

    private final AccessAnnotationChecker access;
    private final ApplicationEventPublisher events;

    PageRefusals(AccessAnnotationChecker access, ApplicationEventPublisher events) {
        this.access = access;
        this.events = events;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent enter) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AppUserPrincipal)) {
            return;
        }
        boolean allowed = access.hasAccess(enter.getNavigationTarget(), authentication,
                role -> authentication.getAuthorities().stream().anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role)));
        if (!allowed) {
            events.publishEvent(new AccessRefused("Page", "/" + enter.getLocation().getPath(), "the person's roles do not allow this page"));
        }
    }
}
