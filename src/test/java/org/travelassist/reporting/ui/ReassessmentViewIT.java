package org.travelassist.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

class ReassessmentViewIT extends BrowserlessViewTest {

    @Test
    void an_officer_runs_the_re_assessment_and_sees_what_it_found() {
        var officer = TestUsers.newStaff(directory, "TransportOfficer");
        navigate(ReassessmentView.class);
        test($(Button.class).id("run-reassessment")).click();
        assertThat($(Paragraph.class).id("reassessment-summary").getText())
                .contains("asked for by " + officer.displayName()).contains("checked").contains("would change");
        assertThat($(Button.class).id("run-reassessment").isEnabled()).isTrue();
    }

    @Test
    void managers_parents_and_finance_cannot_open_it() {
        TestUsers.newStaff(directory, "TransportManager");
        navigate("officer/reassessment", NotFoundView.class);
        TestUsers.newStaff(directory, "FinanceOfficer");
        navigate("officer/reassessment", NotFoundView.class);
        TestUsers.newParent(directory);
        navigate("officer/reassessment", NotFoundView.class);
    }
}
