package org.travelassist.schools.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.schools.SchoolStaff;
import org.travelassist.security.AppUser;
import org.travelassist.security.SignedIn;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ui.NotFoundView;

class SchoolStaffViewIT extends BrowserlessViewTest {

    static final String CASTERTON = "137340";

    @Autowired SchoolStaff staff;
    @Autowired SchoolRegister register;
    @Autowired ApplicationEventPublisher events;

    @Test
    void an_officer_links_a_member_of_staff_to_a_school_and_unlinks_them() {
        AppUser school = TestUsers.newStaff(directory, "SchoolStaff");
        events.publishEvent(new SignedIn(school.id(), "Test staff", school.mainRole(), "staff", null));
        TestUsers.newStaff(directory, "TransportOfficer");
        SchoolStaffView view = navigate(SchoolStaffView.class);
        assertThat(view.members.getElement().getTextRecursively()).contains("Sarah Quinn").contains("Casterton College Rutland (URN 137340)");

        test(view.form.link).click();
        assertThat(view.form.errors.messages()).containsValues("Choose the member of school staff", "Choose the school they work for");

        var member = view.form.member.getListDataView().getItems().filter(m -> m.userId().equals(school.id())).findFirst().orElseThrow();
        view.form.member.setValue(member);
        view.form.school.setValue(register.find(CASTERTON).orElseThrow());
        test(view.form.link).click();
        assertThat(view.form.errors.hasErrors()).isFalse();
        assertThat(view.form.done.getElement().getTextRecursively()).contains("Test staff is linked to Casterton College Rutland.");
        assertThat(staff.schoolsOf(school.id())).containsExactly(CASTERTON);

        test($(Button.class).id("unlink-" + school.id() + "-" + CASTERTON)).click();
        assertThat(staff.schoolsOf(school.id())).isEmpty();
        assertThat($(Button.class).withId("unlink-" + school.id() + "-" + CASTERTON).all()).isEmpty();
    }

    @Test
    void only_officers_open_the_page() {
        TestUsers.newStaff(directory, "SchoolStaff");
        navigate("officer/school-staff", NotFoundView.class);
        TestUsers.newParent(directory);
        navigate("officer/school-staff", NotFoundView.class);
        TestUsers.newStaff(directory, "FinanceOfficer");
        navigate("officer/school-staff", NotFoundView.class);
    }
}
