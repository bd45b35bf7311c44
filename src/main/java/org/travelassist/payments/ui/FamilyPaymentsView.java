package org.travelassist.payments.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.payments.Balances;
import org.travelassist.payments.FamilyPayment;
import org.travelassist.payments.FamilyPayments;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.SummaryList;

/**
 * The family's payments: every travel budget instalment and mileage claim from due to paid, with the reference on
 * their statement, why any failed and what to do, and what comes next. Parents see their own household's; an adviser
 * the family's they help ({@code adviser/families/:household/payments}), read only.
 */
@Route("payments")
@RouteAlias("adviser/families/:household/payments")
@PageTitle("Your payments - " + MainLayout.SERVICE_NAME)
@Menu(title = "Your payments", order = 3)
@RolesAllowed({AppRoles.PARENT, AppRoles.ADVISER})
class FamilyPaymentsView extends Div implements BeforeEnterObserver {

    private final FamilyPayments payments;
    private final HouseholdAccess households;
    private final CurrentUser currentUser;
    private final Div content = new Div();

    FamilyPaymentsView(FamilyPayments payments, HouseholdAccess households, CurrentUser currentUser) {
        this.payments = payments;
        this.households = households;
        this.currentUser = currentUser;
        addClassName("ta-narrow");
        var heading = new H1("Your payments");
        heading.setId("your-payments");
        add(heading, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        boolean parent = currentUser.require().hasRole(AppRoles.PARENT);
        UUID household;
        try {
            household = parent ? households.ownHousehold()
                    : UUID.fromString(event.getRouteParameters().get("household").orElseThrow());
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (household == null) {
            content.add(new Paragraph("Travel budget and mileage payments appear here once the council has agreed them."));
            return;
        }
        try {
            show(payments.of(household), payments.balances(household), parent);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(List<FamilyPayment> list, Balances balances, boolean parent) {
        var totals = new SummaryList()
                .row("Paid so far", balances.paid().formatted())
                .row("On its way", balances.inFlight().formatted())
                .row("Due to be paid", balances.owed().formatted());
        totals.setId("payment-totals");
        content.add(totals);
        if (list.isEmpty()) {
            var empty = new Paragraph("There are no payments yet. Travel budget instalments and approved mileage claims appear here, "
                    + "from when they are due until they are in your account.");
            empty.setId("no-payments");
            content.add(empty);
            return;
        }
        var next = list.stream().filter(p -> !p.status().isFinal() && p.status() != org.travelassist.payments.PaymentStatus.FAILED)
                .reduce((first, second) -> second);
        var comingNext = new Paragraph(next.map(p -> "Next: " + p.description() + ", " + p.amount() + ". " + p.whatNext())
                .orElse("Nothing is waiting to be paid now."));
        comingNext.setId("what-comes-next");
        var every = new Div(new H2("Every payment"));
        every.setId("payments-list");
        list.forEach(payment -> every.add(new FamilyPaymentCard(payment, parent)));
        content.add(new H2("What comes next"), comingNext, every);
    }
}
