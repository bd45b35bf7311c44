package org.travelassist.applications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

class WorkQueueViewIT extends BrowserlessViewTest {

    @Test
    void officers_and_senior_officers_open_the_work_queue() {
        TestUsers.newStaff(directory, "TransportOfficer");
        assertThat(navigate(WorkQueueView.class).getElement().getTextRecursively()).contains("Work queue");
        TestUsers.newStaff(directory, "SeniorTransportOfficer");
        navigate(WorkQueueView.class);
    }

    @Test
    void finance_and_parents_cannot_open_the_work_queue() {
        TestUsers.newStaff(directory, "FinanceOfficer");
        navigate("officer/queue", NotFoundView.class);
        TestUsers.newParent(directory);
        navigate("officer/queue", NotFoundView.class);
    }
}
