package org.travelassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.applications.Casework;
import org.travelassist.applications.ChallengeOutcome;
import org.travelassist.applications.ChallengeStage;
import org.travelassist.applications.QueueItem;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.WorkingDays;

/** Every dashboard figure, counted by PostgreSQL over the read models, against applications made here with known days. */
@IntegrationTest
class DashboardIT {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    @Autowired Dashboard dashboard;
    @Autowired Casework casework;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock.MovableClock clock;

    private ReportingFixtures made;
    private PolicyYear year;

    @BeforeEach
    void applicationsWithKnownDays() {
        clock.moveTo(ReportingFixtures.on(TODAY));
        made = new ReportingFixtures(jdbc);
        year = PolicyYear.containing(TODAY, 9);
        // September: decided on time.
        made.application(ApplicationStatus.DECIDED, LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 30), false);
        // September, SEN: decided late, in October.
        made.application(ApplicationStatus.DECIDED, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 10, 30), true);
        // October, SEN: still waiting, long overdue.
        made.application(ApplicationStatus.SUBMITTED, LocalDate.of(2026, 10, 5), null, true);
        // March: waiting, not yet due.
        made.application(ApplicationStatus.BEING_ASSESSED, LocalDate.of(2027, 3, 10), null, false);
        // Received in the previous policy year, decided (on time) in this one.
        made.application(ApplicationStatus.DECIDED, LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 10), false);
        // November: decided on time, then a review asked for and overdue now.
        var reviewed = made.application(ApplicationStatus.REVIEW_REQUESTED, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20), false);
        made.challenge(reviewed, ChallengeStage.REVIEW, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 29), null, null, null);
        // September: decided on time; the review upheld it in 10 working days; the panel allowed the appeal.
        var appealed = made.application(ApplicationStatus.APPEAL_DECIDED, LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 9), false);
        made.challenge(appealed, ChallengeStage.REVIEW, LocalDate.of(2026, 10, 12), WorkingDays.plusWorkingDays(LocalDate.of(2026, 10, 12), 20),
                null, ChallengeOutcome.UPHELD, LocalDate.of(2026, 10, 26));
        made.challenge(appealed, ChallengeStage.APPEAL, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 10),
                ChallengeOutcome.CHANGED, LocalDate.of(2027, 1, 5));
        TestUsers.newStaff(directory, "TransportManager");
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
        TestUsers.signOut();
    }

    private ReportFilter school(ReportFilter.Sen sen) {
        return new ReportFilter(year, made.schoolUrn, sen);
    }

    private static List<Number> row(FigureTable table, String label) {
        return table.rows().stream().filter(row -> row.label().equals(label)).findFirst().orElseThrow().values();
    }

    @Test
    void decisions_are_counted_by_the_month_received_and_the_month_decided_against_the_stored_due_date() {
        var decisions = dashboard.decisions(school(ReportFilter.Sen.ALL));
        assertThat(decisions.rows()).hasSize(12);
        assertThat(row(decisions, "September 2026")).containsExactly(3L, 2L, 2L, new BigDecimal("100.0"));
        assertThat(row(decisions, "October 2026")).containsExactly(1L, 2L, 1L, new BigDecimal("50.0"));
        assertThat(row(decisions, "November 2026")).containsExactly(1L, 1L, 1L, new BigDecimal("100.0"));
        assertThat(row(decisions, "March 2027")).containsExactly(1L, 0L, 0L, null);
        assertThat(row(decisions, "August 2027")).containsExactly(0L, 0L, 0L, null);
        assertThat(decisions.countedHow().getFirst()).isEqualTo("In the year: 6 received, 5 decided, 4 of them within 20 working days (80%).");
    }

    @Test
    void the_sen_filter_counts_only_sen_applications_or_only_the_others() {
        var sen = dashboard.decisions(school(ReportFilter.Sen.SEN_ONLY));
        assertThat(row(sen, "September 2026")).containsExactly(1L, 0L, 0L, null);
        assertThat(row(sen, "October 2026")).containsExactly(1L, 1L, 0L, new BigDecimal("0.0"));
        var others = dashboard.decisions(school(ReportFilter.Sen.NOT_SEN));
        assertThat(row(others, "September 2026")).containsExactly(2L, 2L, 2L, new BigDecimal("100.0"));
        assertThat(row(others, "October 2026")).containsExactly(0L, 1L, 1L, new BigDecimal("100.0"));
    }

    @Test
    void a_previous_policy_year_counts_only_its_own_months() {
        var before = dashboard.decisions(new ReportFilter(year.previous(), made.schoolUrn, ReportFilter.Sen.ALL));
        assertThat(row(before, "August 2026")).containsExactly(1L, 0L, 0L, null);
        assertThat(dashboard.years()).first().isEqualTo(year);
        assertThat(dashboard.years()).contains(year.previous());
    }

    @Test
    void open_and_overdue_work_now_agrees_with_the_officers_work_queue() {
        var open = dashboard.openWork(school(ReportFilter.Sen.ALL));
        assertThat(row(open, "A decision")).containsExactly(2L, 1L);
        assertThat(row(open, "A stage 1 review")).containsExactly(1L, 1L);
        assertThat(row(open, "A stage 2 appeal")).containsExactly(0L, 0L);
        assertThat(row(dashboard.openWork(school(ReportFilter.Sen.SEN_ONLY)), "A decision")).containsExactly(1L, 1L);

        TestUsers.newStaff(directory, "TransportOfficer");
        var queue = casework.queue(new QueueItem.Filter(null, made.schoolName, false, false, false));
        assertThat(queue).hasSize(3);
        assertThat(queue.stream().filter(QueueItem::overdue)).hasSize(2);
    }

    @Test
    void a_step_due_before_a_bank_holiday_is_overdue_only_once_a_working_day_has_passed_as_in_the_work_queue() {
        // Friday 25 and Monday 28 December 2026 are bank holidays: after Thursday 24th the next working day is Tuesday 29th.
        var christmas = new ReportingFixtures(jdbc);
        LocalDate wednesday = LocalDate.of(2026, 12, 23);
        LocalDate thursday = LocalDate.of(2026, 12, 24);
        christmas.application(ApplicationStatus.SUBMITTED, WorkingDays.minusWorkingDays(wednesday, 20), null, false);
        christmas.application(ApplicationStatus.BEING_ASSESSED, WorkingDays.minusWorkingDays(thursday, 20), null, true);
        TestUsers.newStaff(directory, "TransportOfficer");
        var filter = new ReportFilter(PolicyYear.containing(thursday, 9), christmas.schoolUrn, ReportFilter.Sen.ALL);
        var overdueOn = new java.util.LinkedHashMap<LocalDate, Long>();
        for (LocalDate today = thursday; !today.isAfter(LocalDate.of(2026, 12, 29)); today = today.plusDays(1)) {
            clock.moveTo(ReportingFixtures.on(today));
            var open = row(dashboard.openWork(filter), "A decision");
            assertThat(open.getFirst()).isEqualTo(2L);
            var queue = casework.queue(new QueueItem.Filter(null, christmas.schoolName, false, false, false));
            assertThat(queue).extracting(QueueItem::due).containsExactlyInAnyOrder(wednesday, thursday);
            assertThat(open.get(1)).as("the dashboard agrees with the work queue on " + today)
                    .isEqualTo(queue.stream().filter(QueueItem::overdue).count());
            overdueOn.put(today, (Long) open.get(1));
        }
        assertThat(overdueOn).containsExactly(java.util.Map.entry(thursday, 1L), java.util.Map.entry(LocalDate.of(2026, 12, 25), 1L),
                java.util.Map.entry(LocalDate.of(2026, 12, 26), 1L), java.util.Map.entry(LocalDate.of(2026, 12, 27), 1L),
                java.util.Map.entry(LocalDate.of(2026, 12, 28), 1L), java.util.Map.entry(LocalDate.of(2026, 12, 29), 2L));
    }

    @Test
    void reviews_and_appeals_are_counted_with_their_outcomes_and_the_working_days_they_took() {
        var challenges = dashboard.challenges(school(ReportFilter.Sen.ALL));
        assertThat(row(challenges, "Stage 1 reviews")).containsExactly(2L, 1L, 1L, 0L, 1L, new BigDecimal("10.0"));
        // Over Christmas: the SQL count of working days skips the same bank holidays as WorkingDays.
        int appealDays = WorkingDays.workingDaysBetween(LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 5));
        assertThat(appealDays).isEqualTo(43);
        assertThat(row(challenges, "Stage 2 appeals")).containsExactly(1L, 1L, 0L, 1L, 1L, new BigDecimal(appealDays + ".0"));
        assertThat(challenges.columns().get(2).name()).isEqualTo("Decision stands (upheld or dismissed)");
    }

    @Test
    void the_school_filter_lists_schools_applied_for() {
        assertThat(dashboard.schools()).contains(new SchoolChoice(made.schoolUrn, made.schoolName));
    }

    @Test
    void only_officers_and_managers_may_read_the_figures() {
        var filter = ReportFilter.of(year);
        TestUsers.newStaff(directory, "TransportOfficer");
        assertThat(dashboard.decisions(filter).rows()).hasSize(12);
        for (Runnable signIn : Arrays.<Runnable>asList(() -> TestUsers.newParent(directory), () -> TestUsers.newStaff(directory, "FinanceOfficer"),
                () -> TestUsers.newStaff(directory, "SchoolStaff"),
                () -> TestUsers.signIn(directory, "families", "adviser", "adviser-" + java.util.UUID.randomUUID() + "@sendias.example.org", java.util.Set.of()))) {
            signIn.run();
            assertThatThrownBy(() -> dashboard.decisions(filter)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dashboard.openWork(filter)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dashboard.challenges(filter)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(dashboard::schools).isInstanceOf(AccessDeniedException.class);
        }
    }
}
