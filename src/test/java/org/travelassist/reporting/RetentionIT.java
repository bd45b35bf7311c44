package org.travelassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.reporting.internal.RetentionRunner;

/**
 * The retention policy over rows written with known dates: it deletes and anonymises exactly what the default
 * periods say (6 years after the child's last year of entitlement; financial records 6 years after the financial
 * year; drafts a year after their last change), leaves everything else as it was, and a second run does nothing.
 */
@IntegrationTest
class RetentionIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    /** Compulsory school age ended in June 2016: the last year of entitlement ended on 31 August 2016. */
    private static final LocalDate LEFT_SCHOOL_2016 = LocalDate.of(2000, 3, 1);

    @Autowired RetentionRunner retention;
    @Autowired JdbcTemplate jdbc;

    @Test
    void it_removes_exactly_what_the_policy_says_records_what_it_did_and_a_second_run_changes_nothing() {
        // Applications: a child whose last year ended in 2016 (goes), one decided again post-16 in 2021 (kept to 2027),
        // one with a case still open (kept), one still at school (kept).
        UUID expiredChild = UUID.randomUUID();
        UUID expired = application(expiredChild, "DECIDED", LEFT_SCHOOL_2016, LocalDate.of(2016, 5, 1));
        UUID evidence = evidence(expired);
        UUID letter = letter(expired);
        UUID postSixteenChild = UUID.randomUUID();
        UUID postSixteenOld = application(postSixteenChild, "DECIDED", LEFT_SCHOOL_2016, LocalDate.of(2016, 5, 1));
        UUID postSixteen = application(postSixteenChild, "DECIDED", LEFT_SCHOOL_2016, LocalDate.of(2021, 3, 1));
        UUID keptEvidence = evidence(postSixteenOld);
        UUID openChild = UUID.randomUUID();
        UUID closedButChildOpen = application(openChild, "DECIDED", LEFT_SCHOOL_2016, LocalDate.of(2016, 5, 1));
        // Requested recently, so the open case is in the officers' queue with a deadline WorkingDays can count.
        application(openChild, "REVIEW_REQUESTED", LEFT_SCHOOL_2016, LocalDate.of(2026, 11, 2));
        UUID atSchool = application(UUID.randomUUID(), "DECIDED", LocalDate.of(2014, 3, 1), LocalDate.of(2016, 5, 1));
        UUID oldDraft = application(UUID.randomUUID(), "DRAFT", LocalDate.of(2014, 3, 1), LocalDate.of(2025, 11, 30));
        evidence(oldDraft);
        UUID recentDraft = application(UUID.randomUUID(), "DRAFT", LocalDate.of(2014, 3, 1), LocalDate.of(2025, 12, 2));
        // Financial records: the last expired financial year on 1 December 2026 is the one that ended on 31 March 2020.
        UUID budgetEnded2019 = budget(LocalDate.of(2019, 7, 31));
        UUID budgetEnded2020 = budget(LocalDate.of(2020, 4, 1));
        UUID allowanceDone = allowance();
        UUID claim2019 = claim(allowanceDone, LocalDate.of(2019, 6, 1), "PAID");
        jdbc.update("insert into mileage_claim_receipt (id, claim_id, household_id, file_name, media_type, size_bytes, content, scan_result, "
                + "uploaded_at, uploaded_by) values (?, ?, ?, 'fuel.pdf', 'application/pdf', 1, ?, 'CLEAN', now(), ?)", UUID.randomUUID(), claim2019,
                UUID.randomUUID(), new byte[] {1}, UUID.randomUUID());
        UUID allowanceLive = allowance();
        UUID claimOfLive2019 = claim(allowanceLive, LocalDate.of(2019, 6, 1), "REJECTED");
        UUID claim2021 = claim(allowanceLive, LocalDate.of(2021, 6, 1), "PAID");
        UUID run = closedRun();
        UUID paid2019 = payment(run, "PAID", LocalDate.of(2019, 6, 10));
        UUID paid2020 = payment(run, "PAID", LocalDate.of(2020, 6, 10));
        UUID stillDue2019 = payment(null, "DUE", LocalDate.of(2019, 6, 10));
        List<UUID> kept = List.of(postSixteenOld, postSixteen, closedButChildOpen, atSchool, recentDraft);
        var keptBefore = snapshot(kept, budgetEnded2020, claim2021, allowanceLive, paid2020, stillDue2019);
        int ledgerBefore = jdbc.queryForObject("select count(*) from ledger_entry", Integer.class);

        Map<String, Integer> first = retention.apply(TODAY, null);

        var anonymised = jdbc.queryForMap("select child_name, answers::text as answers, eligibility, decision_reasons, status, school_urn, "
                + "decision_offers, anonymised_at from application where id = ?", expired);
        assertThat(anonymised.get("child_name")).isEqualTo("Removed under retention");
        assertThat((String) anonymised.get("answers")).doesNotContain("Test Child").doesNotContain("LE15").contains("\"ehcPlan\": \"final\"")
                .contains("\"needs\": \"Removed under retention\"");
        assertThat(anonymised.get("eligibility")).isNull();
        assertThat(anonymised.get("status")).as("what the figures count stays").isEqualTo("DECIDED");
        assertThat(anonymised.get("decision_offers")).isEqualTo("SHARED_VEHICLE");
        assertThat(anonymised.get("anonymised_at")).isNotNull();
        assertThat(jdbc.queryForObject("select sen from reporting_application where id = ?", Boolean.class, expired)).isTrue();
        assertThat(jdbc.queryForObject("select detail from application_event where application_id = ?", String.class, expired)).isNull();
        assertThat(jdbc.queryForObject("select grounds from challenge where application_id = ?", String.class, expired))
                .isEqualTo("Removed under retention");
        assertThat(count("evidence", evidence)).as("evidence deleted").isZero();
        assertThat(count("letter", letter)).as("letter deleted").isZero();
        assertThat(count("evidence", keptEvidence)).isEqualTo(1);
        assertThat(count("application", oldDraft)).as("a draft untouched for over a year").isZero();

        var budget = jdbc.queryForMap("select child_name, agreement_pdf, total_pence from budget where id = ?", budgetEnded2019);
        assertThat(budget.get("child_name")).isEqualTo("Removed under retention");
        assertThat(budget.get("agreement_pdf")).isNull();
        assertThat(budget.get("total_pence")).isEqualTo(182400L);
        assertThat(jdbc.queryForObject("select note from mileage_claim where id = ?", String.class, claim2019)).isNull();
        assertThat(jdbc.queryForObject("select note from mileage_claim where id = ?", String.class, claimOfLive2019)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from mileage_claim_receipt where claim_id = ?", Integer.class, claim2019))
                .as("receipts deleted with the claim's details").isZero();
        assertThat(jdbc.queryForObject("select child_name from mileage_allowance_child where allowance_id = ?", String.class, allowanceDone))
                .isEqualTo("Removed under retention");
        var payment = jdbc.queryForMap("select payee_name, payee_account_number, amount_pence, statement_reference from payment_instruction "
                + "where id = ?", paid2019);
        assertThat(payment.get("payee_name")).isEqualTo("Removed under retention");
        assertThat(payment.get("payee_account_number")).isEqualTo("00000000");
        assertThat(payment.get("amount_pence")).isEqualTo(5000L);
        assertThat((String) payment.get("statement_reference")).startsWith("TA");
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry", Integer.class)).as("the ledger is append-only").isEqualTo(ledgerBefore);

        assertThat(snapshot(kept, budgetEnded2020, claim2021, allowanceLive, paid2020, stillDue2019)).as("nothing else changed")
                .isEqualTo(keptBefore);
        assertThat(first).containsEntry("evidenceDeleted", first.get("evidenceDeleted")).containsKeys("applicationsAnonymised",
                "lettersDeleted", "draftsDeleted", "budgetsAnonymised", "claimReceiptsDeleted", "claimsAnonymised", "allowancesAnonymised", "paymentsAnonymised");
        assertThat(first.get("applicationsAnonymised")).isPositive();
        assertThat(first.get("paymentsAnonymised")).isPositive();
        var audit = jdbc.queryForMap("select r.counts ->> 'applicationsAnonymised' as stored, a.after_state ->> 'applicationsAnonymised' as audited, "
                + "a.actor_role from retention_run r join audit_record a on a.record_id = cast(r.id as varchar) and a.record_type = 'RetentionRun' "
                + "order by r.ran_at desc limit 1");
        assertThat(audit.get("stored")).isEqualTo(String.valueOf(first.get("applicationsAnonymised")));
        assertThat(audit.get("audited")).isEqualTo(String.valueOf(first.get("applicationsAnonymised")));
        assertThat(audit.get("actor_role")).isEqualTo("SYSTEM");

        var afterFirst = snapshot(List.of(expired, postSixteen), budgetEnded2019, claim2019, allowanceDone, paid2019, stillDue2019);
        Map<String, Integer> second = retention.apply(TODAY, null);
        assertThat(second.values()).as("idempotent: nothing left to do").containsOnly(0);
        assertThat(snapshot(List.of(expired, postSixteen), budgetEnded2019, claim2019, allowanceDone, paid2019, stillDue2019))
                .isEqualTo(afterFirst);
    }

    @Test
    void the_approved_run_still_refuses_any_other_change_to_a_payee() {
        UUID payment = payment(closedRun(), "PAID", LocalDate.of(2024, 6, 10));
        assertThatThrownBy(() -> jdbc.update("update payment_instruction set payee_name = 'Someone Else' where id = ?", payment))
                .hasMessageContaining("is in an approved run");
    }

    private int count(String table, UUID id) {
        return jdbc.queryForObject("select count(*) from " + table + " where id = ?", Integer.class, id);
    }

    /** Every column of these rows and of the rows that hang off them, as PostgreSQL writes them. */
    private String snapshot(List<UUID> applications, UUID budget, UUID claim, UUID allowance, UUID payment, UUID otherPayment) {
        var text = new StringBuilder();
        for (UUID id : applications) {
            text.append(jdbc.queryForList("select to_jsonb(x)::text from application x where id = ?", String.class, id));
            for (String table : List.of("evidence", "letter", "application_event", "challenge", "information_request")) {
                text.append(jdbc.queryForList("select (to_jsonb(x) - 'content' - 'pdf')::text from " + table
                        + " x where application_id = ? order by id", String.class, id));
            }
        }
        text.append(jdbc.queryForList("select to_jsonb(x)::text from budget x where id = ?", String.class, budget));
        text.append(jdbc.queryForList("select to_jsonb(x)::text from mileage_claim x where id = ?", String.class, claim));
        text.append(jdbc.queryForList("select to_jsonb(x)::text from mileage_allowance x where id = ?", String.class, allowance));
        text.append(jdbc.queryForList("select to_jsonb(x)::text from mileage_allowance_child x where allowance_id = ?", String.class, allowance));
        text.append(jdbc.queryForList("select to_jsonb(x)::text from payment_instruction x where id in (?, ?) order by id", String.class,
                payment, otherPayment));
        text.append(jdbc.queryForList("select to_jsonb(x)::text from payment_instruction_line x where instruction_id in (?, ?) "
                + "order by instruction_id", String.class, payment, otherPayment));
        return text.toString();
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(ReportingFixtures.on(day));
    }

    private UUID application(UUID child, String status, LocalDate born, LocalDate lastChange) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into application (id, reference, household_id, child_id, child_name, status, answers, school_urn, school_name,
                    has_ehc_plan, created_at, updated_at, submitted_at, decided_at, decision_eligible, decision_offers, decision_reasons)
                values (?, ?, ?, ?, 'Test Child', ?, cast(? as jsonb), '990001', 'Catmose College', false, ?, ?, ?, ?, true,
                    'SHARED_VEHICLE', 'Lives 3.4 miles away')""",
                id, "TA-RT-" + id.toString().substring(0, 8), UUID.randomUUID(), child, status,
                "{\"dateOfBirth\": \"" + born + "\", \"homePostcode\": \"LE15 7HY\", \"ehcPlan\": \"final\", \"needs\": \"Autism\"}",
                at(lastChange.minusMonths(1)), at(lastChange), status.equals("DRAFT") ? null : at(lastChange.minusMonths(1)),
                status.equals("DECIDED") ? at(lastChange) : null);
        jdbc.update("insert into application_event (id, application_id, occurred_at, title, detail, actor_name, for_family) "
                + "values (?, ?, ?, 'Decided', 'Lives at 2 Burley Road', 'Priya Shah', true)", UUID.randomUUID(), id, at(lastChange));
        jdbc.update("insert into challenge (id, application_id, stage, grounds, requested_at, requested_by, respond_by) "
                + "values (?, ?, 1, 'My son has autism', ?, ?, ?)", UUID.randomUUID(), id, at(lastChange), UUID.randomUUID(), lastChange);
        return id;
    }

    private UUID evidence(UUID application) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into evidence (id, application_id, file_name, media_type, size_bytes, content, scan_result, uploaded_at, uploaded_by) "
                + "values (?, ?, 'letter.pdf', 'application/pdf', 3, ?, 'CLEAN', now(), ?)", id, application, new byte[] {1, 2, 3}, UUID.randomUUID());
        return id;
    }

    private UUID letter(UUID application) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into letter (id, application_id, title, created_at, pdf) values (?, ?, 'Decision letter', now(), ?)", id, application,
                new byte[] {1});
        return id;
    }

    private UUID budget(LocalDate endsOn) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into budget (id, version, application_id, occasion, application_reference, household_id, child_id, child_name, state,
                    policy_version, walking_straight_line, distance_method, starts_on, decided_on, working, created_at, total_pence,
                    ends_on, end_reason, agreement_pdf)
                values (?, 0, ?, 'DECISION', 'TA-RT-B', ?, ?, 'Test Child', 'ENDING', 'RUTLAND-PTB-1', false, 'route', ?, ?, '{}', now(),
                    182400, ?, 'Moved away to 4 Elm Close', ?)""",
                id, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), endsOn.minusYears(1), endsOn.minusYears(1), endsOn, new byte[] {1});
        return id;
    }

    private UUID allowance() {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into mileage_allowance (id, version, household_id, school_urn, school_name, road_metres, one_way_miles_hundredths,
                    distance_method, indicative, rate_pence, full_day_legs, half_day_legs, policy_version, starts_on, status, accepted_by_name,
                    created_at)
                values (?, 0, ?, '990001', 'Catmose College', 16000, 994, 'route', false, 45, 4, 2, 'RUTLAND-MILEAGE-1', '2019-01-01',
                    'ACCEPTED', 'Priya Shah', now())""", id, UUID.randomUUID());
        jdbc.update("insert into mileage_allowance_child (id, allowance_id, child_id, child_name, application_id, application_reference, decided_on) "
                + "values (?, ?, ?, 'Test Child', ?, 'TA-RT-M', '2019-01-01')", UUID.randomUUID(), id, UUID.randomUUID(), UUID.randomUUID());
        return id;
    }

    private UUID claim(UUID allowance, LocalDate from, String status) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into mileage_claim (id, version, reference, allowance_id, household_id, school_urn, period_from, period_to, status, note,
                    amount_pence, policy_version, created_at)
                values (?, 0, ?, ?, ?, '990001', ?, ?, ?, 'Drove Noor on the 3rd', 4000, 'RUTLAND-MILEAGE-1', now())""",
                id, "MC-RT-" + id.toString().substring(0, 8), allowance, UUID.randomUUID(), from, from.plusMonths(1).minusDays(1), status);
        return id;
    }

    private UUID closedRun() {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into payment_run (id, version, run_number, run_date, status, gateway, payment_count, total_pence, created_by,
                    created_by_name, created_at, approved_by, approved_by_name, approved_at)
                values (?, 0, ?, '2019-06-05', 'CLOSED', 'BACS', 2, 10000, ?, 'Fatima Khan', now(), ?, 'Felix Ford', now())""",
                id, ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L), UUID.randomUUID(), UUID.randomUUID());
        return id;
    }

    private UUID payment(java.util.@org.jspecify.annotations.Nullable UUID run, String status, LocalDate paidOn) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into payment_instruction (id, version, source_kind, source_id, attempt, household_id, payee_bank_details, payee_name,
                    payee_sort_code, payee_account_number, amount_pence, due_on, statement_reference, description, status, run_id, paid_on,
                    created_at, updated_at)
                values (?, 0, 'BUDGET_INSTALMENT', ?, 1, ?, ?, 'Priya Shah', '309634', '12345678', 5000, ?, ?, 'Budget for Noor', ?, ?, ?,
                    now(), now())""",
                id, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), paidOn.minusDays(5), "TA" + id.toString().substring(0, 8),
                status, run, status.equals("PAID") ? paidOn : null);
        jdbc.update("insert into payment_instruction_line (instruction_id, line_no, text, amount_pence) values (?, 1, 'June for Noor', 5000)", id);
        return id;
    }
}
