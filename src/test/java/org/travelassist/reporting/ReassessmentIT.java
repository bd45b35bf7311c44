package org.travelassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.applications.EntitlementRechecks;
import org.travelassist.applications.MeasuredBasis;
import org.travelassist.applications.Offer;
import org.travelassist.eligibility.EligibilityResult.Category;
import org.travelassist.reporting.internal.ReapplyReminders;
import org.travelassist.reporting.internal.ReassessmentJob;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/**
 * The annual re-assessment over real decided applications: it lists exactly the children whose entitlement would
 * change today, says why beside the decision, changes no decision, and is audited; the nightly job runs it when the
 * policy year has started or the policy changed since the last run.
 */
@IntegrationTest
class ReassessmentIT {

    @Autowired Reassessments reassessments;
    @Autowired EntitlementRechecks rechecks;
    @Autowired ReassessmentJob job;
    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReapplyReminders reminders;
    @Autowired org.travelassist.TestClock.MovableClock clock;
    @Autowired org.travelassist.TestEvents.Recorder events;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** Noor, in Oakham near Catmose College, who cannot walk it (category A) as the officer judges; decided as given. */
    private UUID decided(@Nullable Boolean cannotWalk, Category category) {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.submit(id, true);
        TestUsers.newStaff(directory, "TransportOfficer");
        casework.assignToMe(id);
        casework.assess(id, cannotWalk, Boolean.TRUE.equals(cannotWalk) ? "Cannot walk 400 m (paediatrician's letter)" : "Walks to the shops daily",
                false, "Pavements and lit crossings all the way");
        casework.decide(id, Decision.eligible(category, Set.of(Offer.SHARED_VEHICLE), "Decided for the test"));
        return id;
    }

    private static ReassessmentReport.@Nullable Line line(ReassessmentReport report, UUID id) {
        return report.lines().stream().filter(line -> line.applicationId().equals(id)).findFirst().orElse(null);
    }

    @Test
    void it_lists_only_the_children_whose_entitlement_would_change_and_says_why_beside_the_decision() {
        UUID asDecided = decided(true, Category.A);
        UUID otherCategory = decided(true, Category.C);
        UUID noLonger = decided(false, Category.C);
        AppUser officer = TestUsers.newStaff(directory, "TransportOfficer");
        String statusBefore = jdbc.queryForObject("select status from application where id = ?", String.class, noLonger);

        var report = reassessments.runNow();

        assertThat(line(report, asDecided)).as("still eligible under A, same distance: not listed").isNull();
        var moved = line(report, otherCategory);
        assertThat(moved).isNotNull();
        assertThat(moved.decided()).startsWith("Eligible, category C (Beyond walking distance); walking ");
        assertThat(moved.foundNow()).startsWith("Eligible under category A");
        assertThat(moved.why()).startsWith("Category C (Beyond walking distance) is no longer met:").contains("Now eligible under category A");
        var gone = line(report, noLonger);
        assertThat(gone).isNotNull();
        assertThat(gone.why()).startsWith("No longer eligible under any category: ");
        assertThat(report.runByName()).isEqualTo(officer.displayName());
        assertThat(report.reason()).isEqualTo(ReassessmentRules.Reason.ON_DEMAND);
        assertThat(report.childrenChecked()).isGreaterThanOrEqualTo(3);
        assertThat(reassessments.latest()).hasValueSatisfying(latest -> assertThat(latest.id()).isEqualTo(report.id()));

        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, noLonger))
                .as("no decision changes by itself").isEqualTo(statusBefore);
        assertThat(jdbc.queryForObject("select decision_category from application where id = ?", String.class, noLonger)).isEqualTo("C");
        var audit = jdbc.queryForMap("select action, actor_id, after_state ->> 'childrenChanged' as changed from audit_record "
                + "where record_type = 'ReassessmentRun' and record_id = ?", report.id().toString());
        assertThat(audit.get("action")).isEqualTo("CREATED");
        assertThat(audit.get("actor_id")).isEqualTo(officer.id());
        assertThat(audit.get("changed")).isEqualTo(String.valueOf(report.childrenChanged()));
    }

    @Test
    void a_new_policy_version_alone_lists_nobody_but_a_changed_walking_distance_does() {
        UUID id = decided(true, Category.A);
        TestUsers.newStaff(directory, "TransportOfficer");
        var recheck = rechecks.recheck(id);
        assertThat(ReassessmentRules.compare(recheck)).isEmpty();

        MeasuredBasis then = recheck.then();
        var underAnEarlierPolicy = new MeasuredBasis(then.schemaVersion(), then.measuredAt(), "RUTLAND-2025-1", then.summary(), then.findings(),
                then.forTheOfficer(), then.method(), then.indicative(), then.measuredTo(), then.home(), then.route(), then.schoolsConsidered());
        assertThat(ReassessmentRules.compare(copy(recheck, underAnEarlierPolicy))).as("same entitlement under the new policy").isEmpty();

        var school = then.measuredTo();
        var fartherThen = new MeasuredBasis(then.schemaVersion(), then.measuredAt(), "RUTLAND-2025-1", then.summary(), then.findings(),
                then.forTheOfficer(), then.method(), then.indicative(),
                new MeasuredBasis.School(school.urn(), school.name(), school.walkingMetres() + 900, "3.1 miles", false, school.roadMetres(),
                        school.roadLabel(), school.suitable(), school.reason()),
                then.home(), then.route(), then.schoolsConsidered());
        var change = ReassessmentRules.compare(copy(recheck, fartherThen)).orElseThrow();
        assertThat(change.decided()).contains("walking 3.1 miles; policy RUTLAND-2025-1");
        assertThat(String.join(" ", change.why())).contains("walking distance " + school.walkingLabel() + ", was 3.1 miles")
                .contains("policy " + recheck.now().policyVersion() + ", was RUTLAND-2025-1");
    }

    private static org.travelassist.applications.EntitlementRecheck copy(org.travelassist.applications.EntitlementRecheck recheck, MeasuredBasis then) {
        return new org.travelassist.applications.EntitlementRecheck(recheck.applicationId(), recheck.reference(), recheck.householdId(),
                recheck.childName(), recheck.schoolName(), recheck.decidedEligible(), recheck.decidedCategory(), recheck.offers(), then,
                recheck.now(), recheck.resultNow());
    }

    @Test
    void the_nightly_job_runs_when_the_policy_year_started_or_the_policy_changed_since_the_last_run_and_not_otherwise() {
        decided(true, Category.A);
        TestUsers.newStaff(directory, "TransportOfficer");
        var first = reassessments.runNow();
        TestUsers.signOut();
        int runs = count();

        job.runWhenDue();
        assertThat(count()).as("run today under today's policy: nothing due").isEqualTo(runs);

        jdbc.update("update reassessment_run set policy_version = 'RUTLAND-2025-1' where id = ?", first.id());
        job.runWhenDue();
        assertThat(count()).isEqualTo(runs + 1);
        var afterPolicy = jdbc.queryForMap("select id, reason, run_by from reassessment_run order by started_at desc limit 1");
        assertThat(afterPolicy.get("reason")).isEqualTo("POLICY_CHANGED");
        assertThat(afterPolicy.get("run_by")).as("the system ran it").isNull();
        assertThat(jdbc.queryForObject("select actor_role from audit_record where record_type = 'ReassessmentRun' and record_id = ?",
                String.class, afterPolicy.get("id").toString())).isEqualTo("SYSTEM");

        jdbc.update("update reassessment_run set started_at = started_at - interval '400 days'");
        job.runWhenDue();
        assertThat(count()).isEqualTo(runs + 2);
        assertThat(jdbc.queryForObject("select reason from reassessment_run order by started_at desc limit 1", String.class))
                .isEqualTo("POLICY_YEAR");
    }

    /** As if decided a year ago for a child born on {@code born}: the answers the decision rests on say so. */
    private void bornAndDecidedAYearAgo(UUID id, java.time.LocalDate born) {
        jdbc.update("update application set answers = jsonb_set(answers, '{dateOfBirth}', to_jsonb(cast(? as text))), "
                + "decided_at = decided_at - interval '1 year' where id = ?", born.toString(), id);
    }

    @Test
    void children_who_moved_up_a_phase_since_their_decision_are_listed_with_why_and_their_decision_stands() {
        var schoolYear = org.travelassist.eligibility.SchoolCalendar.startOfSchoolYear(org.travelassist.shared.GovukDates.today(clock));
        UUID intoYear7 = decided(true, Category.A);
        bornAndDecidedAYearAgo(intoYear7, schoolYear.minusYears(12).plusMonths(6)); // 11 on the 31 August before: Year 7
        UUID intoYear12 = decided(true, Category.A);
        bornAndDecidedAYearAgo(intoYear12, schoolYear.minusYears(17).plusMonths(6)); // 16: Year 12
        UUID stillSecondary = decided(true, Category.A);
        bornAndDecidedAYearAgo(stillSecondary, schoolYear.minusYears(14).plusMonths(6)); // Year 9, decided in Year 8
        TestUsers.newStaff(directory, "TransportOfficer");

        var report = reassessments.runNow();

        var year7 = line(report, intoYear7);
        assertThat(year7).isNotNull();
        assertThat(year7.phaseMove()).isEqualTo("Year 6 to Year 7");
        assertThat(year7.why()).startsWith("Moved from Year 6 to Year 7 on " + org.travelassist.shared.GovukDates.day(schoolYear)
                + ", since the decision in Year 6. Catmose College (ages 11 to ");
        var year12 = line(report, intoYear12);
        assertThat(year12).isNotNull();
        assertThat(year12.phaseMove()).isEqualTo("Year 11 to Year 12");
        assertThat(year12.why()).contains("Compulsory school age ended on ").contains("the statutory categories no longer apply");
        assertThat(line(report, stillSecondary)).as("Year 8 to 9, entitlement as decided: not listed").isNull();
        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, intoYear12)).isEqualTo("DECIDED");
        assertThat(jdbc.queryForObject("select after_state ->> 'phaseMoves' from audit_record where record_type = 'ReassessmentRun' "
                + "and record_id = ?", String.class, report.id().toString())).isEqualTo(String.valueOf(
                        report.lines().stream().filter(line -> line.phaseMove() != null).count()));
    }

    @Test
    void families_of_children_in_year_11_are_emailed_to_apply_again_once_from_the_lead_time_before_the_next_policy_year() {
        var schoolYear = org.travelassist.eligibility.SchoolCalendar.startOfSchoolYear(org.travelassist.shared.GovukDates.today(clock));
        UUID year11 = decided(true, Category.A);
        jdbc.update("update application set answers = jsonb_set(answers, '{dateOfBirth}', to_jsonb(cast(? as text))) where id = ?",
                schoolYear.minusYears(16).plusMonths(6).toString(), year11); // 15 on the 31 August before: Year 11
        UUID year10 = decided(true, Category.A);
        jdbc.update("update application set answers = jsonb_set(answers, '{dateOfBirth}', to_jsonb(cast(? as text))) where id = ?",
                schoolYear.minusYears(15).plusMonths(6).toString(), year10);
        TestUsers.signOut();
        var nextYear = schoolYear.plusYears(1);
        var remindFrom = nextYear.minusMonths(3);
        assertThat(reminders.remindFrom(schoolYear.plusMonths(2))).as("three months before by default").isEqualTo(remindFrom);

        reminders.remind(remindFrom.minusDays(1));
        assertThat(remindersFor(year11)).as("not before the lead time").isZero();
        try { // the first day through the scheduler's entry point, which must hold the transaction the emails wait for
            clock.moveTo(remindFrom.atTime(9, 0).atZone(org.travelassist.shared.GovukDates.LONDON).toInstant());
            reminders.run();
        } finally {
            clock.reset();
        }
        reminders.remind(remindFrom.plusDays(14));

        assertThat(remindersFor(year11)).as("once per child and year").isEqualTo(1);
        assertThat(remindersFor(year10)).isZero();
        var sent = events.of(ReapplyReminderDue.class).stream().filter(event -> event.applicationId().equals(year11)).toList();
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().nextYearStarts()).isEqualTo(nextYear);
        String email = jdbc.queryForObject("select u.email from user_account u join application a on a.household_id = u.household_id "
                + "where a.id = ? limit 1", String.class, year11);
        String subject = "Apply again for Noor Hussain's travel from " + org.travelassist.shared.GovukDates.day(nextYear);
        assertThat(org.travelassist.TestMailServer.awaitMailTo(email, subject)).contains(subject)
                .contains("compulsory school age ends on " + org.travelassist.shared.GovukDates.day(sent.getFirst().entitlementEnds()))
                .contains("post-16 transport policy statement");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'ReapplyReminder' and record_id = ?",
                Integer.class, sent.getFirst().reminderId().toString())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, year11)).isEqualTo("DECIDED");
    }

    private int remindersFor(UUID application) {
        return jdbc.queryForObject("select count(*) from reapply_reminder where application_id = ?", Integer.class, application);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from reassessment_run", Integer.class);
    }

    @Test
    void only_officers_run_or_read_it() {
        for (Runnable signIn : new Runnable[] {() -> TestUsers.newParent(directory), () -> TestUsers.newStaff(directory, "TransportManager"),
                () -> TestUsers.newStaff(directory, "FinanceOfficer"), () -> TestUsers.newStaff(directory, "SchoolStaff")}) {
            signIn.run();
            assertThatThrownBy(reassessments::runNow).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(reassessments::latest).isInstanceOf(AccessDeniedException.class);
        }
    }
}
