package org.travelassist.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.travelassist.BrowserlessViewTest;

/** "Error: " is in the page title exactly while the summary shows problems. */
class ErrorSummaryIT extends BrowserlessViewTest {

    static final String TITLE = "Help with travel to school - Travel Assist";

    @Test
    void error_leaves_the_title_when_the_problem_is_fixed_even_if_the_page_does_not_retitle_itself() {
        HomeView page = navigate(HomeView.class);
        assertThat(title()).isEqualTo(TITLE);
        var summary = new ErrorSummary();
        var field = new TextField();
        field.setId("answer");
        page.add(summary, field);

        summary.report(Map.of("answer", "Enter your answer"), Map.of("answer", field), field);
        assertThat(title()).isEqualTo("Error: " + TITLE);
        summary.report(Map.of("answer", "Enter a shorter answer"), Map.of("answer", field), field);
        assertThat(title()).isEqualTo("Error: " + TITLE); // never "Error: Error: "

        summary.clear(); // as a page does when a file it refused is followed by a good one
        assertThat(title()).isEqualTo(TITLE);
        assertThat(summary.isVisible()).isFalse();
    }

    @Test
    void a_report_with_no_problems_takes_error_out_of_the_title() {
        HomeView page = navigate(HomeView.class);
        var summary = new ErrorSummary();
        var field = new TextField();
        page.add(summary, field);
        summary.report(Map.of("answer", "Enter your answer"), Map.of("answer", field), field);

        summary.report(Map.of(), Map.of("answer", field), field);

        assertThat(title()).isEqualTo(TITLE);
        assertThat(field.isInvalid()).isFalse();
    }

    private static String title() {
        return UI.getCurrent().getInternals().getTitle();
    }
}
