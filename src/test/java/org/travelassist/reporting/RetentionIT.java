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
    @Autowired SubjectAccess subjectAccess;
    @Autowired org.travelassist.security.AppUserDirectory directory;
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
    void bank_details_consents_children_and_accounts_go_only_once_nothing_needs_them_and_a_second_run_changes_nothing() throws Exception {
        // On 1 December 2026, with the defaults: bank details go after the financial year that ended on 31 March 2024
        // (2 years), consents that ended before 1 December 2020 (6 years), children and accounts unchanged and unused
        // since before 1 December 2025 (1 year).
        // Gone: left school in 2016, paid last in 2019, consent revoked in 2019, nobody signed in since 2019.
        UUID gone = household(LocalDate.of(2014, 9, 1), LocalDate.of(2019, 7, 1));
        UUID goneChild = child(gone, LocalDate.of(2019, 7, 1));
        jdbc.update("insert into travel_passport (id, child_id, communication, updated_at) values (?, ?, 'Uses Makaton', ?)", UUID.randomUUID(),
                goneChild, at(LocalDate.of(2019, 7, 1)));
        application(gone, goneChild, "DECIDED", LEFT_SCHOOL_2016, LocalDate.of(2016, 5, 1));
        bankDetails(gone, LocalDate.of(2018, 9, 1), 1);
        bankDetails(gone, LocalDate.of(2019, 1, 5), 2);
        payment(gone, closedRun(), "PAID", LocalDate.of(2019, 6, 10));
        UUID goneConsent = consent(gone, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 9, 1));
        // Bank details gone, the rest kept: paid last in June 2023 (the year to 31 March 2024), signed in this year.
        UUID paidIn2023 = household(LocalDate.of(2020, 9, 1), LocalDate.of(2026, 10, 1));
        UUID paidIn2023Details = bankDetails(paidIn2023, LocalDate.of(2021, 1, 5), 1);
        payment(paidIn2023, null, "PAID", LocalDate.of(2023, 6, 10));
        // Kept: paid last in April 2024 (the year to 31 March 2025, kept to 31 March 2027).
        UUID paidIn2024 = household(LocalDate.of(2020, 9, 1), LocalDate.of(2019, 1, 1));
        payment(paidIn2024, null, "PAID", LocalDate.of(2024, 4, 10));
        UUID keptDetails2024 = bankDetails(paidIn2024, LocalDate.of(2021, 1, 5), 1);
        // Kept: a payment of 2019 failed and may be sent again, so finance needs the details; and a budget still being paid.
        UUID failedPayment = household(LocalDate.of(2015, 9, 1), LocalDate.of(2019, 1, 1));
        payment(failedPayment, null, "FAILED", LocalDate.of(2019, 6, 10));
        UUID keptDetailsFailed = bankDetails(failedPayment, LocalDate.of(2018, 1, 5), 1);
        UUID paidBudget = household(LocalDate.of(2015, 9, 1), LocalDate.of(2019, 1, 1));
        UUID keptDetailsBudget = bankDetails(paidBudget, LocalDate.of(2018, 1, 5), 1);
        jdbc.update("update budget set household_id = ?, state = 'ACCEPTED', ends_on = null where id = ?", paidBudget, budget(LocalDate.of(2019, 7, 31)));
        // Kept: a case open, so its revoked consent, its child and its bank details stay.
        UUID openCase = household(LocalDate.of(2014, 9, 1), LocalDate.of(2019, 1, 1));
        UUID openCaseChild = child(openCase, LocalDate.of(2019, 1, 1));
        application(openCase, openCaseChild, "REVIEW_REQUESTED", LEFT_SCHOOL_2016, LocalDate.of(2026, 11, 2));
        UUID openCaseConsent = consent(openCase, LocalDate.of(2018, 3, 1), LocalDate.of(2018, 9, 1));
        UUID openCaseDetails = bankDetails(openCase, LocalDate.of(2018, 1, 5), 1);
        // A consent that ended in 2021 is kept; one never accepted whose code expired in 2019 goes. A child added in
        // 2024 and never applied for goes, one added in June 2026 stays; the household stays while a child is left.
        UUID family = household(LocalDate.of(2019, 9, 1), LocalDate.of(2020, 1, 1));
        UUID consentEnded2021 = consent(family, LocalDate.of(2020, 3, 1), LocalDate.of(2021, 3, 1));
        UUID neverAccepted = UUID.randomUUID();
        jdbc.update("""
                insert into adviser_consent (id, household_id, adviser_email, code_hash, code_expires_at, scopes, months, invited_by, invited_at)
                values (?, ?, 'sam@sendias.example.org', ?, ?, 'VIEW', 6, ?, ?)""", neverAccepted, family, "h-" + neverAccepted,
                at(LocalDate.of(2019, 10, 8)), accountOf(family), at(LocalDate.of(2019, 10, 1)));
        UUID neverApplied2024 = child(family, LocalDate.of(2024, 5, 1));
        UUID neverApplied2026 = child(family, LocalDate.of(2026, 6, 1));
        // Kept: nothing about it but an account, whose parent signed in in 2025 within the year.
        UUID signedInLately = household(LocalDate.of(2019, 9, 1), LocalDate.of(2025, 12, 15));

        var keptBefore = householdSnapshot(List.of(paidIn2023, paidIn2024, failedPayment, paidBudget, openCase, family, signedInLately));

        Map<String, Integer> first = retention.apply(TODAY, null);

        assertThat(rows("household", "id", gone)).as("the household").isZero();
        assertThat(rows("user_account", "household_id", gone)).as("its account").isZero();
        assertThat(rows("child", "id", goneChild)).as("its child").isZero();
        assertThat(rows("travel_passport", "child_id", goneChild)).as("the child's travel passport").isZero();
        assertThat(rows("bank_details", "household_id", gone)).as("both versions of its bank details").isZero();
        assertThat(rows("adviser_consent", "id", goneConsent)).isZero();
        assertThat(jdbc.queryForObject("select child_name from application where household_id = ?", String.class, gone))
                .as("its application stays, anonymised, for the figures").isEqualTo("Removed under retention");
        assertThat(jdbc.queryForObject("select payee_name from payment_instruction where household_id = ?", String.class, gone))
                .as("its payment stays, anonymised").isEqualTo("Removed under retention");
        // What a subject access request would now find about the household: records without a name, address or account.
        org.travelassist.security.TestUsers.newStaff(directory, "TransportOfficer");
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(subjectAccess.export(gone).zip()))) {
            var everything = new StringBuilder();
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                everything.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(everything.toString()).contains("Removed under retention").doesNotContain("Shah").doesNotContain("Noor")
                    .doesNotContain("Burley Road").doesNotContain("LE15 6DH").doesNotContain("LE15 7HY").doesNotContain("Makaton")
                    .doesNotContain("parent@example.org").doesNotContain("sam@sendias.example.org");
        } finally {
            org.travelassist.security.TestUsers.signOut();
        }
        assertThat(rows("bank_details", "id", paidIn2023Details)).as("paid last in the year to 31 March 2024").isZero();
        assertThat(rows("adviser_consent", "id", neverAccepted)).as("an invitation never accepted").isZero();
        assertThat(rows("child", "id", neverApplied2024)).as("a child added in 2024, never applied for").isZero();
        for (UUID keptRow : List.of(keptDetails2024, keptDetailsFailed, keptDetailsBudget, openCaseDetails)) {
            assertThat(rows("bank_details", "id", keptRow)).isEqualTo(1);
        }
        for (UUID keptRow : List.of(openCaseConsent, consentEnded2021)) {
            assertThat(rows("adviser_consent", "id", keptRow)).isEqualTo(1);
        }
        assertThat(rows("child", "id", openCaseChild) + rows("child", "id", neverApplied2026)).isEqualTo(2);
        // Everything else about these households is as it was, column for column.
        var deleted = List.of(paidIn2023Details, neverAccepted, neverApplied2024);
        assertThat(householdSnapshot(List.of(paidIn2023, paidIn2024, failedPayment, paidBudget, openCase, family, signedInLately)))
                .isEqualTo(keptBefore.stream().filter(row -> deleted.stream().noneMatch(id -> row.contains(id.toString()))).toList());
        assertThat(first).containsKeys("bankDetailsDeleted", "consentsDeleted", "childrenDeleted", "accountsDeleted", "householdsDeleted");
        assertThat(first.get("bankDetailsDeleted")).isGreaterThanOrEqualTo(3);
        assertThat(first.get("householdsDeleted")).isPositive();
        var audited = jdbc.queryForMap("select r.counts ->> 'householdsDeleted' as stored, a.after_state ->> 'householdsDeleted' as audited, "
                + "r.policy ->> 'bankDetails' as period from retention_run r join audit_record a on a.record_id = cast(r.id as varchar) "
                + "and a.record_type = 'RetentionRun' order by r.ran_at desc limit 1");
        assertThat(audited).containsEntry("stored", String.valueOf(first.get("householdsDeleted")))
                .containsEntry("audited", String.valueOf(first.get("householdsDeleted"))).containsEntry("period", "P2Y");

        var afterFirst = householdSnapshot(List.of(gone, paidIn2023, paidIn2024, failedPayment, paidBudget, openCase, family, signedInLately));
        Map<String, Integer> second = retention.apply(TODAY, null);
        assertThat(second.values()).as("idempotent: nothing left to do").containsOnly(0);
        assertThat(householdSnapshot(List.of(gone, paidIn2023, paidIn2024, failedPayment, paidBudget, openCase, family, signedInLately)))
                .isEqualTo(afterFirst);
    }

    @Test
    void every_table_with_a_household_column_is_under_a_rule_and_a_row_not_yet_due_keeps_its_household() {
        // HouseholdRetention reads these tables from the catalogue: a table added later keeps its households until
        // retention is told about it. This list makes that a decision: a new table fails here until it has a rule.
        var ruled = java.util.Set.of(
                // accounts' own, each deleted by its rule
                "user_account", "child", "bank_details", "adviser_consent",
                // anonymised (marked anonymised_at) on their clocks
                "application", "budget", "mileage_allowance", "mileage_claim", "payment_instruction", "contribution_application",
                "contribution_charge", "stripe_checkout", "undelivered_email",
                // deleted with their claim's personal details
                "mileage_claim_receipt",
                // ids and dates only, or never changed (the audit trail, the ledger); a Stripe recipient goes with the bank details
                "audit_record", "ledger_entry", "ledger_line", "reapply_reminder", "payments_bank_change", "stripe_recipient");
        var tables = jdbc.queryForList("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and c.column_name = 'household_id' and t.table_type = 'BASE TABLE'""", String.class);
        assertThat(tables).as("a table with a household column that retention has no rule for").allMatch(ruled::contains);

        // Two households with nothing left and nobody signed in since 2019; one paid by card this year, a financial
        // record kept to 2033, which keeps the household.
        UUID nothingLeft = household(LocalDate.of(2015, 9, 1), LocalDate.of(2019, 1, 1));
        UUID paidByCard = household(LocalDate.of(2015, 9, 1), LocalDate.of(2019, 1, 1));
        cardPayment(UUID.randomUUID(), paidByCard, LocalDate.of(2026, 10, 1), false);

        retention.apply(TODAY, null);

        assertThat(rows("household", "id", nothingLeft)).isZero();
        assertThat(rows("user_account", "household_id", nothingLeft)).isZero();
        assertThat(rows("household", "id", paidByCard)).isEqualTo(1);
        assertThat(rows("user_account", "household_id", paidByCard)).isEqualTo(1);
    }

    @Test
    void charges_card_payments_and_email_never_sent_go_on_their_own_clocks_and_a_household_with_only_those_left_goes() throws Exception {
        // On 1 December 2026, with the defaults: charges and card payments of the financial year that ended on 31 March
        // 2020 or before are anonymised (6 years); email the portal gave up before 1 September 2026 is removed (3 months).
        // Gone: a household whose only records are an application, a charge paid and refunded by card, and an email never
        // sent, all past their periods.
        UUID gone = household(LocalDate.of(2015, 9, 1), LocalDate.of(2019, 1, 1));
        UUID goneChild = child(gone, LocalDate.of(2019, 1, 1));
        UUID goneApplication = application(gone, goneChild, "DECIDED", LEFT_SCHOOL_2016, LocalDate.of(2016, 5, 1));
        charged(goneApplication, gone);
        UUID goneCharge = charge(goneApplication, gone, LocalDate.of(2018, 9, 1));
        UUID paid = instalment(goneCharge, 1, LocalDate.of(2018, 10, 1), "PAID");
        UUID refunded = instalment(goneCharge, 2, LocalDate.of(2019, 1, 1), "REFUNDED");
        cardPayment(paid, gone, LocalDate.of(2018, 10, 1), false);
        cardPayment(refunded, gone, LocalDate.of(2019, 1, 1), true);
        UUID goneEmail = undeliveredEmail(gone, LocalDate.of(2026, 6, 1));
        // Kept: the same, but the charge was set and paid by card in April and May 2020 (the year to 31 March 2021, kept to
        // 31 March 2027), and the email was given up in October 2026. Its application is anonymised on its
        // own clock; the charged application keeps the child's name while its charge is kept, and so the child stays.
        UUID kept = household(LocalDate.of(2015, 9, 1), LocalDate.of(2019, 1, 1));
        UUID keptChild = child(kept, LocalDate.of(2019, 1, 1));
        UUID keptApplication = application(kept, keptChild, "DECIDED", LEFT_SCHOOL_2016, LocalDate.of(2016, 5, 1));
        charged(keptApplication, kept);
        UUID keptCharge = charge(keptApplication, kept, LocalDate.of(2020, 4, 1));
        cardPayment(instalment(keptCharge, 1, LocalDate.of(2020, 4, 10), "PAID"), kept, LocalDate.of(2020, 4, 10), false);
        cardPayment(instalment(keptCharge, 2, LocalDate.of(2020, 5, 10), "PAID"), kept, LocalDate.of(2020, 5, 10), false);
        UUID keptEmail = undeliveredEmail(kept, LocalDate.of(2026, 10, 1));
        var keptBefore = moneyInSnapshot(kept);
        var goneAmounts = amounts(gone);

        Map<String, Integer> first = retention.apply(TODAY, null);

        assertThat(rows("household", "id", gone)).as("the household, with only money in and an email left, goes").isZero();
        assertThat(rows("user_account", "household_id", gone)).isZero();
        assertThat(rows("child", "id", goneChild)).isZero();
        var charge = jdbc.queryForMap("select reason, total_pence, set_by_name, anonymised_at from contribution_charge where id = ?", goneCharge);
        assertThat(charge.get("reason")).isEqualTo("Removed under retention");
        assertThat(charge.get("total_pence")).as("the accounts keep the amount").isEqualTo(9000L);
        assertThat(charge.get("anonymised_at")).isNotNull();
        assertThat(jdbc.queryForObject("select refund_reason from contribution_instalment where id = ?", String.class, refunded))
                .isEqualTo("Removed under retention");
        assertThat(jdbc.queryForObject("select child_name from contribution_application where application_id = ?", String.class, goneApplication))
                .isEqualTo("Removed under retention");
        assertThat(jdbc.queryForList("select session_id from stripe_checkout where household_id = ?", String.class, gone))
                .as("the link to the Checkout page the payer filled in").containsOnlyNulls().hasSize(2);
        assertThat(amounts(gone)).as("amounts, dates and references stay, column for column").isEqualTo(goneAmounts);
        assertThat(jdbc.queryForObject("select description from undelivered_email where publication_id = ?", String.class, goneEmail))
                .isEqualTo("Removed under retention");
        assertThat(rows("event_publication", "id", goneEmail)).as("the email itself, with its address, can never be sent").isZero();

        assertThat(moneyInSnapshot(kept)).as("nothing of the household kept has changed").isEqualTo(keptBefore);
        assertThat(rows("event_publication", "id", keptEmail)).isEqualTo(1);
        assertThat(rows("child", "id", keptChild)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select anonymised_at from application where id = ?", Timestamp.class, keptApplication))
                .as("its application on its own clock").isNotNull();

        // What a subject access request would now find about the household that went: nothing that names anyone.
        org.travelassist.security.TestUsers.newStaff(directory, "TransportOfficer");
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(subjectAccess.export(gone).zip()))) {
            var everything = new StringBuilder();
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                everything.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(everything.toString()).contains("Removed under retention").contains("pi_RT").doesNotContain("Shah")
                    .doesNotContain("Noor").doesNotContain("Burley Road").doesNotContain("parent@example.org").doesNotContain("cs_test_RT")
                    .doesNotContain("left the college").doesNotContain("income");
        } finally {
            org.travelassist.security.TestUsers.signOut();
        }

        assertThat(first.get("chargesAnonymised")).isGreaterThanOrEqualTo(1);
        assertThat(first.get("chargedApplicationsAnonymised")).isGreaterThanOrEqualTo(1);
        assertThat(first.get("cardPaymentsAnonymised")).isGreaterThanOrEqualTo(2);
        assertThat(first.get("undeliveredEmailsRemoved")).isGreaterThanOrEqualTo(1);
        var audited = jdbc.queryForMap("select r.counts ->> 'cardPaymentsAnonymised' as stored, a.after_state ->> 'cardPaymentsAnonymised' as audited, "
                + "r.policy ->> 'contributions' as contributions, r.policy ->> 'cardPayments' as card, r.policy ->> 'undeliveredEmails' as mail "
                + "from retention_run r join audit_record a on a.record_id = cast(r.id as varchar) and a.record_type = 'RetentionRun' "
                + "order by r.ran_at desc limit 1");
        assertThat(audited).containsEntry("stored", String.valueOf(first.get("cardPaymentsAnonymised")))
                .containsEntry("audited", String.valueOf(first.get("cardPaymentsAnonymised"))).containsEntry("contributions", "P6Y")
                .containsEntry("card", "P6Y").containsEntry("mail", "P3M");

        var keptAfterFirst = moneyInSnapshot(kept);
        var goneAfterFirst = amounts(gone) + jdbc.queryForList("select to_jsonb(x)::text from undelivered_email x where household_id = ?",
                String.class, gone);
        Map<String, Integer> second = retention.apply(TODAY, null);
        assertThat(second.values()).as("idempotent: nothing left to do").containsOnly(0);
        assertThat(moneyInSnapshot(kept)).isEqualTo(keptAfterFirst);
        assertThat(amounts(gone) + jdbc.queryForList("select to_jsonb(x)::text from undelivered_email x where household_id = ?", String.class, gone))
                .isEqualTo(goneAfterFirst);
    }

    /** A decided application as contributions was told of it, with the child's name. */
    private void charged(UUID application, UUID household) {
        jdbc.update("""
                insert into contribution_application (application_id, reference, household_id, child_name, school_name, decided_on)
                values (?, ?, ?, 'Noor Shah', 'Casterton College', '2016-05-01')""", application, "TA-RT-C" + application.toString().substring(0, 8),
                household);
    }

    /** A post-16 contribution of £90.00 set on {@code setOn}, in instalments of £45.00 added by {@link #instalment}. */
    private UUID charge(UUID application, UUID household, LocalDate setOn) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into contribution_charge (id, version, application_id, household_id, kind, total_pence, reason, set_by, set_by_name, set_at)
                values (?, 0, ?, ?, 'POST16_CONTRIBUTION', 9000, 'Post-16 contribution: household income above the threshold', ?,
                    'Olivia Officer', ?)""", id, application, household, UUID.randomUUID(), at(setOn));
        return id;
    }

    /** Paid on the day it fell due; a refunded one refunded ten days later, with a reason about the child. */
    private UUID instalment(UUID charge, int number, LocalDate dueOn, String status) {
        UUID id = UUID.randomUUID();
        boolean refunded = status.equals("REFUNDED");
        jdbc.update("""
                insert into contribution_instalment (id, version, charge_id, number, amount_pence, due_on, status, paid_on, refunded_on,
                    refund_reason, refunded_by)
                values (?, 0, ?, ?, 4500, ?, ?, ?, ?, ?, ?)""", id, charge, number, dueOn, status, dueOn, refunded ? dueOn.plusDays(10) : null,
                refunded ? "Noor left the college in October" : null, refunded ? "Olivia Officer" : null);
        return id;
    }

    private void cardPayment(UUID instalment, UUID household, LocalDate paidOn, boolean refunded) {
        String key = instalment.toString().substring(0, 8);
        jdbc.update("""
                insert into stripe_checkout (reference, household_id, amount_pence, attempt, session_id, payment_intent, paid_at, refund_id,
                    refunded_at, created_at)
                values (?, ?, 4500, 1, ?, ?, ?, ?, ?, ?)""", instalment, household, "cs_test_RT" + key, "pi_RT" + key, at(paidOn),
                refunded ? "re_RT" + key : null, refunded ? at(paidOn.plusDays(10)) : null, at(paidOn));
    }

    /** An email to the family the portal gave up on {@code gaveUp}, after its last try, with its event still stored. */
    private UUID undeliveredEmail(UUID household, LocalDate gaveUp) {
        UUID id = UUID.randomUUID();
        String listener = "org.travelassist.notifications.internal.FamilyNotifier.on(org.travelassist.applications.ApplicationProgressed)";
        // The list's row first, so the mail job never records this email itself.
        jdbc.update("""
                insert into undelivered_email (publication_id, listener_id, description, household_id, first_tried_at, attempts, gave_up_at)
                values (?, ?, 'Invitation to adviser sam@sendias.example.org from Priya Shah', ?, ?, 30, ?)""", id, listener, household,
                at(gaveUp.minusDays(1)), at(gaveUp));
        jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts,
                    last_resubmission_date)
                values (?, ?, 'org.travelassist.applications.ApplicationProgressed', ?, ?, 'FAILED', 30, ?)""", id, listener,
                "{\"householdId\": \"" + household + "\", \"childName\": \"Noor Shah\", \"to\": \"parent@example.org\"}",
                at(gaveUp.minusDays(1)), at(gaveUp));
        return id;
    }

    /** Every row, every column, of the household's charges, card payments and undelivered email, and its own rows. */
    private List<String> moneyInSnapshot(UUID household) {
        var rows = new java.util.ArrayList<>(householdSnapshot(List.of(household)));
        for (String table : List.of("contribution_application", "contribution_charge", "stripe_checkout", "undelivered_email")) {
            rows.addAll(jdbc.queryForList("select to_jsonb(x)::text from " + table + " x where household_id = ? order by 1", String.class,
                    household));
        }
        rows.addAll(jdbc.queryForList("select to_jsonb(i)::text from contribution_instalment i join contribution_charge c on c.id = i.charge_id "
                + "where c.household_id = ? order by 1", String.class, household));
        rows.addAll(jdbc.queryForList("select to_jsonb(p)::text from event_publication p join undelivered_email u on u.publication_id = p.id "
                + "where u.household_id = ?", String.class, household));
        return rows;
    }

    /** What the accounts need of the household's charges and card payments: amounts, dates and references. */
    private String amounts(UUID household) {
        return jdbc.queryForList("""
                        select concat_ws(' ', c.id, c.kind, c.total_pence, c.set_at, i.number, i.amount_pence, i.due_on, i.status, i.paid_on,
                            i.refunded_on, s.amount_pence, s.payment_intent, s.paid_at, s.refund_id, s.refunded_at, x.reference, x.decided_on)
                        from contribution_charge c join contribution_instalment i on i.charge_id = c.id
                        join contribution_application x on x.application_id = c.application_id
                        left join stripe_checkout s on s.reference = i.id
                        where c.household_id = ? order by i.number""", String.class, household).toString();
    }

    private int rows(String table, String column, UUID id) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Integer.class, id);
    }

    /** Every row, every column, that accounts holds for these households. */
    private List<String> householdSnapshot(List<UUID> households) {
        var rows = new java.util.ArrayList<String>();
        for (UUID household : households) {
            rows.addAll(jdbc.queryForList("select to_jsonb(x)::text from household x where id = ?", String.class, household));
            for (String table : List.of("user_account", "child", "bank_details", "adviser_consent")) {
                rows.addAll(jdbc.queryForList("select to_jsonb(x)::text from " + table + " x where household_id = ? order by id", String.class,
                        household));
            }
            rows.addAll(jdbc.queryForList("select to_jsonb(p)::text from travel_passport p join child c on c.id = p.child_id "
                    + "where c.household_id = ? order by p.id", String.class, household));
        }
        return rows;
    }

    /** A household made on {@code created}, with one parent's account last signed in on {@code lastSignedIn}. */
    private UUID household(LocalDate created, LocalDate lastSignedIn) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into household (id, created_at) values (?, ?)", id, at(created));
        jdbc.update("""
                insert into user_account (id, identity_provider, subject, email, display_name, household_id, created_at, last_signed_in_at)
                values (?, 'families', ?, 'parent@example.org', 'Priya Shah', ?, ?, ?)""", UUID.randomUUID(), "retention-" + id, id,
                at(created), at(lastSignedIn));
        return id;
    }

    private UUID accountOf(UUID household) {
        return jdbc.queryForObject("select id from user_account where household_id = ?", UUID.class, household);
    }

    private UUID child(UUID household, LocalDate lastChanged) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into child (id, household_id, full_name, date_of_birth, address_line1, town, postcode, school_name, has_ehc_plan,
                    created_at, updated_at)
                values (?, ?, 'Noor Shah', '2000-03-01', '2 Burley Road', 'Oakham', 'LE15 6DH', 'Catmose College', true, ?, ?)""",
                id, household, at(lastChanged), at(lastChanged));
        return id;
    }

    private UUID bankDetails(UUID household, LocalDate changed, int revision) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into bank_details (id, household_id, revision, account_name, sort_code, account_number_cipher, account_ending,
                    changed_by, changed_by_name, changed_at)
                values (?, ?, ?, 'P Shah', '309634', ?, '5678', ?, 'Priya Shah', ?)""", id, household, revision, new byte[] {9, 9},
                accountOf(household), at(changed));
        return id;
    }

    /** Accepted on {@code from} and revoked on {@code revoked}. */
    private UUID consent(UUID household, LocalDate from, LocalDate revoked) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into adviser_consent (id, household_id, adviser_email, code_hash, code_expires_at, scopes, months, invited_by, invited_at,
                    starts_at, expires_at, revoked_at)
                values (?, ?, 'sam@sendias.example.org', ?, ?, 'VIEW,PREPARE', 12, ?, ?, ?, ?, ?)""", id, household, "h-" + id,
                at(from.plusDays(7)), accountOf(household), at(from), at(from), at(from.plusMonths(12)), at(revoked));
        return id;
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
        return application(UUID.randomUUID(), child, status, born, lastChange);
    }

    private UUID application(UUID household, UUID child, String status, LocalDate born, LocalDate lastChange) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into application (id, reference, household_id, child_id, child_name, status, answers, school_urn, school_name,
                    has_ehc_plan, created_at, updated_at, submitted_at, decided_at, decision_eligible, decision_offers, decision_reasons)
                values (?, ?, ?, ?, 'Test Child', ?, cast(? as jsonb), '990001', 'Catmose College', false, ?, ?, ?, ?, true,
                    'SHARED_VEHICLE', 'Lives 3.4 miles away')""",
                id, "TA-RT-" + id.toString().substring(0, 8), household, child, status,
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
                values (?, 0, ?, 'DECISION', 'TA-RT-B', ?, ?, 'Test Child', 'ENDING', 'RUTLAND-PTB-1', false, 'route', ?, ?, '[]', now(),
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
        return payment(UUID.randomUUID(), run, status, paidOn);
    }

    private UUID payment(UUID household, java.util.@org.jspecify.annotations.Nullable UUID run, String status, LocalDate paidOn) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into payment_instruction (id, version, source_kind, source_id, attempt, household_id, payee_bank_details, payee_name,
                    payee_sort_code, payee_account_number, amount_pence, due_on, statement_reference, description, status, run_id, paid_on,
                    created_at, updated_at)
                values (?, 0, 'BUDGET_INSTALMENT', ?, 1, ?, ?, 'Priya Shah', '309634', '12345678', 5000, ?, ?, 'Budget for Noor', ?, ?, ?,
                    now(), now())""",
                id, UUID.randomUUID(), household, UUID.randomUUID(), paidOn.minusDays(5), "TA" + id.toString().substring(0, 8),
                status, run, status.equals("PAID") ? paidOn : null);
        jdbc.update("insert into payment_instruction_line (instruction_id, line_no, text, amount_pence) values (?, 1, 'June for Noor', 5000)", id);
        return id;
    }
}
