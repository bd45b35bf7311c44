package org.travelassist.accounts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.ChildDetails;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.SuccessBanner;
import org.travelassist.shared.ui.SummaryList;
import org.travelassist.shared.GovukDates;

/** "Your household": the parent's children, each with change and remove links. */
@Route(HouseholdView.ROUTE)
@PageTitle("Your household - " + MainLayout.SERVICE_NAME)
@Menu(title = "Your household", order = 1)
@RolesAllowed(AppRoles.PARENT)
class HouseholdView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "household";

    private final HouseholdService households;
    private final BankAccounts bankAccounts;
    private final SuccessBanner banner = new SuccessBanner();
    final Div children = new Div();
    final Div bankDetails = new Div();

    HouseholdView(HouseholdService households, BankAccounts bankAccounts) {
        this.households = households;
        this.bankAccounts = bankAccounts;
        addClassName("ta-narrow");
        children.setId("children");
        var add = new Anchor(ChildFormView.NEW_ROUTE, "Add a child");
        add.setId("add-child");
        add.addClassName("ta-button");
        add(banner, new H1("Your household"),
                new Paragraph("Add each child you want help with. You can change these details at any time."),
                children, add, bankDetails);
        bankDetails.setId("bank-details");
        var applications = new Anchor("applications", "Apply for help with travel, or follow an application");
        applications.setId("your-applications");
        var advisers = new Anchor("household/advisers", "Advisers who help you");
        advisers.setId("advisers");
        add(new H2("More"), new UnorderedList(new ListItem(applications), new ListItem(advisers)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        banner.showFlash();
        children.removeAll();
        var list = households.children();
        if (list.isEmpty()) {
            var none = new Paragraph("You have not added any children yet.");
            none.setId("no-children");
            children.add(none);
        }
        list.forEach(child -> children.add(card(child)));
        showBankDetails();
    }

    /** The account travel payments go to, masked, with a link to change it; nothing before there is a household. */
    private void showBankDetails() {
        bankDetails.removeAll();
        UUID household = bankAccounts.ownHousehold();
        bankDetails.setVisible(household != null);
        if (household == null) {
            return;
        }
        var current = bankAccounts.current(household);
        var link = new Anchor(BankDetailsView.ROUTE + (current.isPresent() ? "?" + BankDetailsView.CHANGE + "=true" : ""));
        link.setId("change-bank-details");
        if (current.isPresent()) {
            var hidden = new Span(" bank details");
            hidden.addClassName("ta-visually-hidden");
            link.add(new Span("Change"), hidden);
        } else {
            link.setText("Give bank details");
        }
        bankDetails.add(new H2("Bank details for travel payments"), new Paragraph(current
                .map(held -> held.accountName() + ", sort code " + held.sortCode() + ", " + held.maskedAccount().toLowerCase(java.util.Locale.UK))
                .orElse("You have not given any bank details. We need them only if we pay you a travel budget or a mileage allowance.")),
                new Paragraph(link));
    }

    private static Div card(ChildDetails child) {
        var card = new Div();
        card.addClassName("ta-summary-card");
        card.setId("child-" + child.id());
        var title = new H2(child.fullName());
        title.addClassName("ta-summary-card__title");
        var actions = new Div(
                action("household/children/" + child.id() + "/edit", "Change", child.fullName(), "change-" + child.id()),
                action("household/children/" + child.id() + "/passport", "Travel passport", child.fullName(), "passport-" + child.id()),
                action("household/children/" + child.id() + "/remove", "Remove", child.fullName(), "remove-" + child.id()));
        actions.addClassName("ta-summary-card__actions");
        var header = new Div(title, actions);
        header.addClassName("ta-summary-card__header");
        var address = child.addressLine1() + (child.town() == null ? "" : ", " + child.town()) + ", " + child.postcode();
        var rows = new SummaryList()
                .row("Date of birth", GovukDates.day(child.dateOfBirth()))
                .row("Home address", address)
                .row("School", child.schoolName() == null ? "Not provided" : child.schoolName())
                .row("EHC plan", child.hasEhcPlan() ? "Yes" : "No");
        card.add(header, rows);
        return card;
    }

    /** A link whose text names the child for screen readers: "Change" alone is ambiguous in a list. */
    private static Anchor action(String href, String text, String childName, String id) {
        var link = new Anchor(href);
        link.setId(id);
        var hidden = new Span(" " + childName);
        hidden.addClassName("ta-visually-hidden");
        link.add(new Span(text), hidden);
        return link;
    }
}
