package org.travelassist.budgets.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.BankDetailsForm;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.budgets.BudgetCasework;
import org.travelassist.budgets.BudgetFixtures;
import org.travelassist.budgets.Budgets;
import org.travelassist.budgets.InvalidBudgetException;
import org.travelassist.budgets.SchoolBudgetAttendance;
import org.travelassist.schools.SchoolStaff;
import org.travelassist.security.AppUser;
import org.travelassist.security.SignedIn;
import org.travelassist.security.TestUsers;

/**
 * The school's office records its budget pupils' absences in bulk: names and dates only, each date a school day
 * (a holiday refused with the reason, and then nothing saved), the family's next payment reduced the officer's way;
 * staff of another school see nothing of the pupil and are refused.
 */
class SchoolBudgetAttendanceIT extends BrowserlessViewTest {

    static final YearMonth JANUARY = YearMonth.of(2027, 1);

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired BudgetCasework budgets;
    @Autowired Budgets family;
    @Autowired BankAccounts bankAccounts;
    @Autowired SchoolBudgetAttendance attendance;
    @Autowired SchoolStaff staff;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_school_records_absences_for_its_budget_pupils_in_bulk_and_another_school_is_refused() {
        clock.moveTo(BudgetFixtures.IN_THE_AUTUMN_TERM); // agreed in the autumn term before January's absences
        var decided = BudgetFixtures.decidedWithBudget(directory, households, applications, casework, budgets);
        UUID id = decided.budgetId();
        budgets.send(id);
        TestUsers.actAs(decided.parent());
        bankAccounts.save(decided.householdId(), new BankDetailsForm("Priya Shah", "30-94-30", "00733445", ""));
        var agreed = family.accept(id, true);
        String urn = jdbc.queryForObject("select school_urn from budget where id = ?", String.class, id);
        String otherUrn = jdbc.queryForObject("select urn from school where urn <> ? and open order by urn limit 1", String.class, urn);
        AppUser office = schoolUser();
        AppUser elsewhere = schoolUser();
        TestUsers.actAs(decided.officer());
        staff.link(office.id(), urn);
        staff.link(elsewhere.id(), otherUrn);
        clock.moveTo(Instant.parse("2027-01-20T10:00:00Z"));

        TestUsers.actAs(elsewhere);
        assertThat(attendance.pupils(JANUARY)).extracting(SchoolBudgetAttendance.Pupil::budgetId).doesNotContain(id);
        assertThatThrownBy(() -> attendance.record(JANUARY, Map.of(id, "11"), "")).as("another school's pupil")
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.actAs(decided.parent());
        assertThatThrownBy(() -> attendance.pupils(JANUARY)).as("a parent").isInstanceOf(AccessDeniedException.class);
        TestUsers.actAs(decided.officer());
        assertThatThrownBy(() -> attendance.record(JANUARY, Map.of(id, "11"), "")).as("an officer records on the budget's page")
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.actAs(office);
        assertThat(attendance.pupils(JANUARY)).filteredOn(p -> p.budgetId().equals(id)).singleElement()
                .satisfies(p -> assertThat(p.recorded()).isNull());
        var view = navigate("school/budgets", SchoolBudgetAttendanceView.class);
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains(agreed.childName()).doesNotContain("Burley Road").doesNotContain("3445").doesNotContain("autism");
        test($(TextField.class).id("absent-" + id)).setValue("1, 11");
        test($(Button.class).id("record-absences")).click();
        assertThat(view.problems()).containsEntry("absent-" + id, agreed.childName() + ": 1 January 2027 was not a school day (Christmas holidays)");
        assertThat(jdbc.queryForObject("select count(*) from budget_absence where budget_id = ?", Integer.class, id)).as("nothing saved").isZero();

        test($(TextField.class).id("absent-" + id)).setValue("11-12");
        test($(Button.class).id("record-absences")).click();
        assertThat(view.problems()).isEmpty();
        assertThat(attendance.pupils(JANUARY)).filteredOn(p -> p.budgetId().equals(id)).singleElement()
                .satisfies(p -> assertThat(p.recorded()).isEqualTo("2 days absent: 11 January 2027, 12 January 2027"));
        assertThatThrownBy(() -> attendance.record(JANUARY, Map.of(id, "13"), "")).isInstanceOf(InvalidBudgetException.class)
                .satisfies(e -> assertThat(((InvalidBudgetException) e).problems().get("absent-" + id)).contains("already recorded"));

        TestUsers.actAs(decided.parent());
        var reduced = family.budget(id);
        assertThat(reduced.absences()).singleElement().satisfies(a -> assertThat(a.recordedBySchool()).isTrue());
        assertThat(reduced.instalments()).anySatisfy(i -> assertThat(i.adjustments()).extracting(l -> l.text())
                .anyMatch(text -> text.startsWith("2 days absent in January 2027 (11 and 12) × ")));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'REFUSED' and record_type = 'School' and record_id = ?",
                Integer.class, urn))
                .as("the other school's refusal audited").isPositive();
    }

    /** A school user who has signed in, as the sign-in would record them, so an officer can link them. */
    private AppUser schoolUser() {
        AppUser user = TestUsers.newStaff(directory, "SchoolStaff");
        publisher.publishEvent(new SignedIn(user.id(), user.displayName(), user.mainRole(), "staff", null));
        return user;
    }
}
