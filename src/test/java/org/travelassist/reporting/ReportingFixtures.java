package org.travelassist.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.applications.ChallengeOutcome;
import org.travelassist.applications.ChallengeStage;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.WorkingDays;

/**
 * Applications, reviews and appeals written straight into applications' tables with known days, for one school of
 * their own (a fresh URN), so the figures for that school are exactly what a test made.
 */
final class ReportingFixtures {

    final String schoolUrn = "9" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    final String schoolName = "Reporting Test School " + schoolUrn;
    private final JdbcTemplate jdbc;

    ReportingFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Midday in England on {@code day}. */
    static Instant on(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(GovukDates.LONDON).toInstant();
    }

    /** Sent on {@code received}, due 20 working days later as applications sets it; decided on {@code decided} if given. */
    UUID application(ApplicationStatus status, LocalDate received, @Nullable LocalDate decided, boolean sen) {
        return application(UUID.randomUUID(), status, received, decided, sen, null);
    }

    /** The same for a given child, decided eligible with {@code offers} (comma-separated {@code Offer} names) if given. */
    UUID application(UUID child, ApplicationStatus status, LocalDate received, @Nullable LocalDate decided, boolean sen, @Nullable String offers) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into application (id, reference, household_id, child_id, child_name, status, answers, school_urn, school_name,
                    has_ehc_plan, created_at, updated_at, submitted_at, submitted_by, decision_due, decided_at, decision_eligible, decision_offers)
                values (?, ?, ?, ?, 'Test Child', ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, "TA-R-" + id.toString().substring(0, 8), UUID.randomUUID(), child, status.name(),
                sen ? "{\"ehcPlan\": \"final\", \"needs\": \"Autism\"}" : "{\"ehcPlan\": \"none\", \"needs\": \"\"}",
                schoolUrn, schoolName, sen, java.sql.Timestamp.from(on(received)), java.sql.Timestamp.from(on(received)),
                java.sql.Timestamp.from(on(received)), UUID.randomUUID(), WorkingDays.plusWorkingDays(received, 20),
                decided == null ? null : java.sql.Timestamp.from(on(decided)), decided == null ? null : Boolean.TRUE, offers);
        return id;
    }

    void challenge(UUID application, ChallengeStage stage, LocalDate requested, LocalDate respondBy, @Nullable LocalDate outcomeBy,
            @Nullable ChallengeOutcome outcome, @Nullable LocalDate decided) {
        jdbc.update("""
                insert into challenge (id, application_id, stage, grounds, requested_at, requested_by, respond_by, outcome_by, outcome, decided_at)
                values (?, ?, ?, 'Test grounds', ?, ?, ?, ?, ?, ?)""",
                UUID.randomUUID(), application, stage.number, java.sql.Timestamp.from(on(requested)), UUID.randomUUID(), respondBy,
                outcomeBy, outcome == null ? null : outcome.name(), decided == null ? null : java.sql.Timestamp.from(on(decided)));
    }
}
