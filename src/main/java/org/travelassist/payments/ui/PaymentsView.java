package org.travelassist.payments.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.travelassist.payments.FinanceOverview;
import org.travelassist.payments.PaymentRuns;
import org.travelassist.payments.RunFiles;
import org.travelassist.payments.SinglePayments;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.SuccessBanner;
import org.travelassist.shared.ui.SummaryList;

/**
 * Finance's payments page: the ledger's totals, a new run, the runs and their next steps, and what is due, held or
 * failed, each payment with the steps its status allows (hold, release, cancel).
 */
@Route("finance/payments")
@PageTitle("Payments - " + MainLayout.SERVICE_NAME)
@Menu(title = "Payments", order = 20)
@RolesAllowed(AppRoles.FINANCE)
class PaymentsView extends Div implements BeforeEnterObserver {

    private final PaymentRuns runs;
    private final SinglePayments singlePayments;
    private final RunFiles files;
    private final ErrorSummary errors = new ErrorSummary();
    private final SuccessBanner banner = new SuccessBanner();
    private final Div content = new Div();

    PaymentsView(PaymentRuns runs, SinglePayments singlePayments, RunFiles files) {
        this.runs = runs;
        this.singlePayments = singlePayments;
        this.files = files;
        addClassName("ta-wide");
        var heading = new H1("Payments");
        heading.setId("payments");
        add(errors, banner, heading, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        banner.showFlash();
        content.removeAll();
        FinanceOverview overview = runs.overview();
        var actions = new PageActions(errors, this::refresh);
        var totals = new SummaryList()
                .row("Owed to families, not yet sent", overview.totals().owed().formatted())
                .row("Sent, not yet known to be paid", overview.totals().inFlight().formatted())
                .row("Paid", overview.totals().paid().formatted());
        totals.setId("ledger-totals");
        content.add(new H2("The ledger"), totals, new NewRunForm(runs, actions));
        var runList = new Div(new H2("Payment runs"));
        runList.setId("runs");
        if (overview.runs().isEmpty()) {
            var empty = new Paragraph("There are no payment runs yet.");
            empty.setId("payments-empty");
            runList.add(empty);
        }
        overview.runs().forEach(run -> runList.add(new RunPanel(run, runs, files, actions)));
        content.add(runList,
                new PaymentsTable("due", "Due", "There are no payments due. Travel budget instalments and approved mileage claims "
                        + "appear here.", overview.due(), singlePayments, actions),
                new PaymentsTable("held", "On hold", "No payments are on hold.", overview.held(), singlePayments, actions),
                new PaymentsTable("failed", "Failed", "No payments have failed.", overview.failed(), singlePayments, actions),
                new ReconciliationPanel(runs.reconciliation()));
    }
}
