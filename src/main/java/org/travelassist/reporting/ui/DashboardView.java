package org.travelassist.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.travelassist.reporting.Dashboard;
import org.travelassist.reporting.FigureTable;
import org.travelassist.reporting.ReportFilter;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.MainLayout;

/**
 * The council's dashboard: decisions on time by month, open and overdue work now, reviews and appeals, take-up of
 * budgets and mileage, their cost against contracted transport, payments, and the DfE return, each as a chart with
 * its table and CSV. Officers and managers; nothing here changes anything.
 */
@Route("reports")
@PageTitle("Reports - " + MainLayout.SERVICE_NAME)
@Menu(title = "Reports", order = 60)
@RolesAllowed({AppRoles.OFFICER, AppRoles.SENIOR_OFFICER, AppRoles.MANAGER})
class DashboardView extends Div {

    private final Dashboard dashboard;
    final ReportFilters filters;
    private final Div figures = new Div();

    DashboardView(Dashboard dashboard) {
        this.dashboard = dashboard;
        addClassName("ta-wide");
        var heading = new H1("Reports");
        heading.setId("reports");
        var lead = new Paragraph("How the council is doing with applications, reviews and appeals, budgets, mileage and payments. Choose a policy year, a school "
                + "or children with special educational needs; every chart has the same figures in a table beside it.");
        filters = new ReportFilters(dashboard.years(), dashboard.schools(), this::show);
        figures.setId("figures");
        add(heading, lead, filters, figures);
        show(filters.filter());
    }

    private void show(ReportFilter filter) {
        figures.removeAll();
        figures.add(
                new FigurePanel("decisions", "Decisions", dashboard.decisions(filter), () -> dashboard.decisions(filter),
                        FigureTable.fileName("decisions", filter.year())),
                new FigurePanel("open-work", "Open and overdue work", dashboard.openWork(filter), () -> dashboard.openWork(filter),
                        "open-work.csv"),
                new FigurePanel("challenges", "Reviews and appeals", dashboard.challenges(filter), () -> dashboard.challenges(filter),
                        FigureTable.fileName("reviews-and-appeals", filter.year())),
                new FigurePanel("take-up", "Take-up of budgets and mileage", dashboard.takeUp(filter), () -> dashboard.takeUp(filter),
                        FigureTable.fileName("take-up", filter.year())),
                new FigurePanel("cost", "Cost against contracted transport", dashboard.costAvoided(filter), () -> dashboard.costAvoided(filter),
                        FigureTable.fileName("cost-avoided", filter.year())),
                new FigurePanel("payments", "Payments", dashboard.payments(filter), () -> dashboard.payments(filter),
                        FigureTable.fileName("payments", filter.year())),
                new FigurePanel("dfe-return", "DfE home-to-school travel return", dashboard.dfeReturn(filter), () -> dashboard.dfeReturn(filter),
                        FigureTable.fileName("dfe-return", filter.year())));
    }
}
