package org.travelassist.applications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

class WorkQueueViewIT extends BrowserlessViewTest {

    @Autowired ApplicationService applications;
    @Autowired HouseholdService households;
    @Autowired Casework casework;

    @Test
    void an_officer_pages_through_the_queue_and_a_filter_starts_it_again_from_the_first_page() {
        var sent = new java.util.ArrayList<UUID>();
        for (int i = 0; i < 3; i++) {
            UUID id = applications.start(ApplicationFixtures.parentWithChild(directory, households));
            ApplicationFixtures.answerEverything(applications, id);
            applications.submit(id, true);
            sent.add(id);
        }
        TestUsers.newStaff(directory, "TransportOfficer");
        sent.forEach(casework::assignToMe);
        var view = navigate(WorkQueueView.class);
        view.pageSize = 2; // a page of 50 would need 51 applications

        test(view.mine).click();
        assertThat(caption(view)).isEqualTo("Applications 1 to 2 of 3, soonest due first");
        assertThat(view.pageNumber.getText()).isEqualTo("Page 1 of 2");
        assertThat(view.previous.isEnabled()).isFalse();
        test(view.next).click();
        assertThat(caption(view)).isEqualTo("Applications 3 to 3 of 3, soonest due first");
        assertThat(view.pageNumber.getText()).isEqualTo("Page 2 of 2");
        assertThat(view.next.isEnabled()).isFalse();
        assertThat(view.results.getElement().getOuterHTML()).contains("open-");

        test(view.sen).click();
        assertThat(caption(view)).as("a filter changed: the first page").isEqualTo("Applications 1 to 2 of 3, soonest due first");
        test(view.school).setValue("no such school");
        assertThat(view.pageNumber.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(view.results.getElement().getTextRecursively()).contains("that match the filters");
    }

    private static String caption(WorkQueueView view) {
        return view.results.getElement().getOuterHTML().replaceAll("(?s).*<caption>(.*?)</caption>.*", "$1");
    }

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
