package org.travelassist.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Budgets, instalments, mileage allowances, claims and payment instructions written straight into their modules'
 * tables as those modules write them, with known days and amounts, for the applications {@link ReportingFixtures}
 * made: making a year of them through the services (decisions, offers, acceptances, attendance, payment runs and
 * bank returns, with the clock moved month by month) would take most of a minute per test.
 */
final class MoneyFixtures {

    private final JdbcTemplate jdbc;

    MoneyFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A budget offered on the application, accepted on {@code accepted} if given, ending on {@code endsOn} if given. */
    UUID budget(UUID application, String state, @Nullable LocalDate accepted, @Nullable LocalDate endsOn) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into budget (id, version, application_id, occasion, application_reference, household_id, child_id, child_name,
                    school_urn, school_name, state, policy_version, walking_straight_line, road_metres, distance_method, starts_on,
                    decided_on, annual_pence, total_pence, daily_rate_pence, working, created_at, sent_at, accepted_at, accepted_by,
                    accepted_by_name, ends_on)
                select ?, 0, a.id, 'DECISION', a.reference, a.household_id, a.child_id, a.child_name, a.school_urn, a.school_name, ?,
                       'RUTLAND-PTB-2026-1', false, 6437, 'road', a.decided_at::date, a.decided_at::date, 182400, 182400, 960,
                       '[]'::jsonb, a.decided_at, a.decided_at, ?, ?, 'Test Parent', ?
                from application a where a.id = ?""",
                id, state, accepted == null ? null : Timestamp.from(ReportingFixtures.on(accepted)), accepted == null ? null : UUID.randomUUID(),
                endsOn, application);
        return id;
    }

    UUID instalment(UUID budget, int number, LocalDate due, LocalDate coversFrom, LocalDate coversTo, long pence, String state) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into budget_instalment (id, version, budget_id, number, label, due_on, covers_from, covers_to, planned_pence,
                    amount_pence, adjustments, state)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, '[]'::jsonb, ?)""",
                id, budget, number, "Payment " + number, due, coversFrom, coversTo, pence, pence, state);
        return id;
    }

    /** A mileage allowance for the first application's household and school, carrying every application's child. */
    UUID allowance(String status, @Nullable LocalDate accepted, UUID... applications) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into mileage_allowance (id, version, household_id, school_urn, school_name, road_metres, one_way_miles_hundredths,
                    distance_method, indicative, rate_pence, full_day_legs, half_day_legs, policy_version, starts_on, status, accepted_at,
                    accepted_by, accepted_by_name, created_at)
                select ?, 0, a.household_id, a.school_urn, a.school_name, 16930, 1052, 'road', false, 45, 4, 2, 'RUTLAND-MILEAGE-2026-1',
                       a.decided_at::date, ?, ?, ?, ?, a.decided_at
                from application a where a.id = ?""",
                id, status, accepted == null ? null : Timestamp.from(ReportingFixtures.on(accepted)), accepted == null ? null : UUID.randomUUID(),
                accepted == null ? null : "Test Parent", applications[0]);
        for (UUID application : applications) {
            jdbc.update("""
                    insert into mileage_allowance_child (id, allowance_id, child_id, child_name, application_id, application_reference, decided_on)
                    select ?, ?, a.child_id, a.child_name, a.id, a.reference, a.decided_at::date from application a where a.id = ?""",
                    UUID.randomUUID(), id, application);
        }
        return id;
    }

    /** A claim for one month. */
    UUID claim(UUID allowance, LocalDate month, long pence, String status) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into mileage_claim (id, version, reference, allowance_id, household_id, school_urn, period_from, period_to, status,
                    amount_pence, policy_version, created_at)
                select ?, 0, ?, m.id, m.household_id, m.school_urn, ?, ?, ?, ?, m.policy_version, now()
                from mileage_allowance m where m.id = ?""",
                id, "MC-R-" + id.toString().substring(0, 8), month, month.plusMonths(1).minusDays(1), status, pence, allowance);
        return id;
    }

    /** One attempt at paying a budget instalment or a mileage claim; returns its id. */
    UUID payment(String kind, UUID source, int attempt, @Nullable UUID reissueOf, LocalDate due, String status, @Nullable LocalDate paid,
            @Nullable LocalDate failed) {
        UUID id = UUID.randomUUID();
        UUID household = kind.equals("MILEAGE_CLAIM")
                ? jdbc.queryForObject("select household_id from mileage_claim where id = ?", UUID.class, source)
                : jdbc.queryForObject("select household_id from budget b join budget_instalment i on i.budget_id = b.id where i.id = ?",
                        UUID.class, source);
        jdbc.update("""
                insert into payment_instruction (id, version, source_kind, source_id, attempt, reissue_of, household_id, payee_bank_details,
                    payee_name, payee_sort_code, payee_account_number, amount_pence, due_on, statement_reference, description, status,
                    paid_on, failed_on, failure_reason, created_at, updated_at)
                values (?, 0, ?, ?, ?, ?, ?, ?, 'TEST PARENT', '309430', '00733445', 1000, ?, ?, 'Test payment', ?, ?, ?, ?, now(), now())""",
                id, kind, source, attempt, reissueOf, household, UUID.randomUUID(), due, "TA R " + id.toString().substring(0, 8), status, paid,
                failed, failed == null ? null : "Account closed");
        return id;
    }

    void notEligible(UUID application) {
        jdbc.update("update application set decision_eligible = false, decision_offers = null where id = ?", application);
    }
}
