package org.travelassist.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

class SubjectAccessViewIT extends BrowserlessViewTest {

    @Test
    void an_officer_is_told_when_nothing_matches_and_offered_the_download_when_a_household_does() {
        var parent = TestUsers.newParent(directory);
        String email = parent.displayName(); // not an email: nothing matches it
        TestUsers.newStaff(directory, "TransportOfficer");
        SubjectAccessView view = navigate(SubjectAccessView.class);
        test(view.find).click();
        assertThat(view.lookup.isInvalid()).isTrue();
        assertThat(view.lookup.getErrorMessage()).isEqualTo("Enter an application reference or the parent's email address");

        test(view.lookup).setValue(email);
        test(view.find).click();
        assertThat(view.lookup.getErrorMessage()).startsWith("No application has that reference");
    }

    @Test
    void managers_and_parents_cannot_open_it() {
        TestUsers.newStaff(directory, "TransportManager");
        navigate("officer/subject-access", NotFoundView.class);
        TestUsers.newParent(directory);
        navigate("officer/subject-access", NotFoundView.class);
    }
}
