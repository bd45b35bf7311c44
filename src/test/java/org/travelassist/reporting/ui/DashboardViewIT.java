package org.travelassist.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.reporting.ReportFilter;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

/** The dashboard without a browser: who may open it, its figures with their tables and CSVs, and the filters. */
class DashboardViewIT extends BrowserlessViewTest {

    @Test
    void a_manager_sees_each_figure_as_a_chart_a_table_and_a_csv_and_nothing_to_change() {
        TestUsers.newStaff(directory, "TransportManager");
        DashboardView view = navigate(DashboardView.class);

        for (String figure : new String[] {"decisions", "open-work", "challenges", "take-up", "cost", "payments", "dfe-return"}) {
            var panel = $(Div.class).id(figure);
            assertThat($(BarChart.class).id(figure + "-chart").getElement().getAttribute("chart-label")).startsWith("Chart: ");
            assertThat(panel.getElement().getTextRecursively()).as(figure + " has its table and how it was counted")
                    .contains(switch (figure) {
                        case "open-work" -> "Waiting for";
                        case "challenges" -> "Stage";
                        case "cost" -> "Arrangement";
                        case "dfe-return" -> "Children";
                        default -> "Month";
                    });
            assertThat($(Anchor.class).id(figure + "-csv").getText()).isEqualTo("Download these figures (CSV)");
        }
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Decisions by month", "Decided within 20 working days", "Open work on", "A stage 1 review",
                "Reviews and appeals asked for in", "Decision stands (upheld or dismissed)", "Take-up of budgets and mileage by month",
                "Target (%)", "Cost of budgets and mileage against contracted transport", "in a single-occupancy taxi at £9,800.00 a year",
                "Saving: ", "Payments by the month they were due", "Paid on time", "Outstanding");
        assertThat($(Button.class).all()).as("a manager can change nothing here").isEmpty();
    }

    @Test
    void the_filters_redraw_the_figures_for_the_choice() {
        TestUsers.newStaff(directory, "TransportOfficer");
        DashboardView view = navigate(DashboardView.class);
        var year = view.filters.year.getValue();
        test(view.filters.sen).selectItem(ReportFilter.Sen.SEN_ONLY.label);
        assertThat(view.filters.filter().sen()).isEqualTo(ReportFilter.Sen.SEN_ONLY);
        assertThat(view.getElement().getTextRecursively()).contains("Decisions by month, " + year.label());
    }

    @Test
    void officers_and_senior_officers_open_the_dashboard() {
        TestUsers.newStaff(directory, "TransportOfficer");
        navigate(DashboardView.class);
        TestUsers.newStaff(directory, "SeniorTransportOfficer");
        navigate(DashboardView.class);
    }

    @Test
    void parents_advisers_finance_and_school_staff_cannot_open_it() {
        TestUsers.newParent(directory);
        navigate("reports", NotFoundView.class);
        TestUsers.signIn(directory, "families", "adviser", "adviser-" + UUID.randomUUID() + "@sendias.example.org", Set.of());
        navigate("reports", NotFoundView.class);
        TestUsers.newStaff(directory, "FinanceOfficer");
        navigate("reports", NotFoundView.class);
        TestUsers.newStaff(directory, "SchoolStaff");
        navigate("reports", NotFoundView.class);
    }
}
