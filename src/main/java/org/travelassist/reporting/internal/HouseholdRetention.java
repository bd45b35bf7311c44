package org.travelassist.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.travelassist.budgets.BudgetState;
import org.travelassist.claims.AllowanceStatus;
import org.travelassist.claims.ClaimStatus;
import org.travelassist.payments.PaymentStatus;
import org.travelassist.reporting.PolicyYear;
import org.travelassist.reporting.RetentionRules;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.RetentionPolicy;

/**
 * The retention policy for what the accounts module holds about a household: its bank details, its consents for
 * advisers, its children and, last, its sign-in accounts and the household itself. Each goes only once nothing that
 * needs it is open, and a child or a household only once nothing else about them is kept (anonymised rows, which hold
 * no names, do not keep them). Run inside {@link RetentionRunner}'s transaction, after the other records' rules, so
 * what they anonymised today counts. Like them it writes the owning module's tables in SQL.
 */
@Component
class HouseholdRetention {

    /**
     * Tables with a household column that never keep a household: the audit trail and the payments ledger (never
     * touched, and they hold ids, not names), and rows of ids and dates only. Any other table with a household
     * column keeps the household while it has a row for it, so a table added later is safe until it is thought about.
     */
    static final Set<String> NEVER_KEEP_A_HOUSEHOLD = Set.of("audit_record", "ledger_entry", "ledger_line", "reapply_reminder",
            "payments_bank_change", "stripe_recipient");
    /** Tables whose rows keep a household until the retention job has anonymised them. */
    static final Set<String> KEEP_UNTIL_ANONYMISED = Set.of("application", "budget", "mileage_allowance", "mileage_claim",
            "payment_instruction", "contribution_application", "contribution_charge", "stripe_checkout", "undelivered_email");

    private final JdbcClient jdbc;
    private final RetentionPolicy policy;
    private final Clock clock;

    HouseholdRetention(JdbcClient jdbc, RetentionPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** Applies the four rules in order, each seeing what the one before removed; returns the counts by kind. */
    Map<String, Integer> apply(LocalDate today, int policyYearStartsMonth) {
        var counts = new LinkedHashMap<String, Integer>();
        counts.putAll(deleteBankDetails(today, policyYearStartsMonth));
        counts.put("consentsDeleted", deleteEndedConsents(today));
        counts.put("childrenDeleted", deleteChildren(today));
        counts.putAll(deleteHouseholds(today));
        return counts;
    }

    /** A household's application that is not closed (a draft included): the family's case, or work towards one. */
    private static final String OPEN_APPLICATION = "select 1 from application a where a.household_id = %s and a.status not in (:closed)";

    /**
     * Every version of a household's bank details, once nothing can be paid to it: no open application, budget
     * (agreed and not yet ended included), claim, allowance that is being claimed, or payment that may still be sent
     * or sent again; and the household's last payment (or, with none, the last change of its details) belongs to a
     * financial year whose period has passed. Payments keep their own copy of the payee, so nothing paid loses it.
     * Stripe holds the same bank account on each connected account made for these details: those are marked for
     * payments to delete at Stripe (payments.stripe.StripeRecipientClosures), which then deletes its record of them.
     */
    private Map<String, Integer> deleteBankDetails(LocalDate today, int policyYearStartsMonth) {
        LocalDate yearEnd = RetentionRules.lastExpiredFinancialYearEnd(today, policy.bankDetails(), policy.financialYearStartsMonth());
        var households = jdbc.sql("""
                        select d.household_id
                        from (select household_id, max(changed_at) as last_changed from bank_details group by household_id) d
                        where not exists (%s)
                          and not exists (select 1 from budget b where b.household_id = d.household_id
                                          and (b.state in (:openBudgets) or (b.state = :ending and b.ends_on >= :today)))
                          and not exists (select 1 from mileage_claim c where c.household_id = d.household_id and c.status in (:openClaims))
                          and not exists (select 1 from mileage_allowance m where m.household_id = d.household_id
                                          and (m.status = :offered or exists (
                                              select 1 from mileage_allowance_child mc
                                              join reporting_current_transport t on t.application_id = mc.application_id
                                              join application a on a.id = t.application_id
                                              where mc.allowance_id = m.id and a.decided_at >= :yearStarts)))
                          and not exists (select 1 from payment_instruction p where p.household_id = d.household_id and p.status in (:openPayments))
                          and coalesce((select max(coalesce(p.paid_on, p.failed_on, p.sent_on, p.due_on)) from payment_instruction p
                                        where p.household_id = d.household_id),
                                       (d.last_changed at time zone 'Europe/London')::date) <= :yearEnd"""
                        .formatted(OPEN_APPLICATION.formatted("d.household_id")))
                .param("closed", RetentionRunner.CLOSED)
                .param("openBudgets", names(Arrays.stream(BudgetState.values()).filter(state -> !state.next().isEmpty())))
                .param("ending", BudgetState.ENDING.name()).param("today", today)
                .param("openClaims", names(Arrays.stream(ClaimStatus.values())
                        .filter(status -> Arrays.stream(ClaimStatus.ClaimAction.values()).anyMatch(status::allows))))
                .param("offered", AllowanceStatus.OFFERED.name())
                // Transport decided in this policy year may still be claimed for (an entitlement lasts to its year's end).
                .param("yearStarts", Timestamp.from(PolicyYear.containing(today, policyYearStartsMonth).first()
                        .atStartOfDay(GovukDates.LONDON).toInstant()))
                .param("openPayments", names(Arrays.stream(PaymentStatus.values()).filter(status -> !status.isFinal())))
                .param("yearEnd", yearEnd)
                .query(UUID.class).list();
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("bankDetailsDeleted", households.isEmpty() ? 0
                : jdbc.sql("delete from bank_details where household_id = any(:households)").param("households", uuids(households)).update());
        counts.put("stripeAccountsToClose", households.isEmpty() ? 0
                : jdbc.sql("update stripe_recipient set bank_details_deleted_at = :now where household_id = any(:households) "
                        + "and bank_details_deleted_at is null").param("households", uuids(households)).param("now", now()).update());
        return counts;
    }

    /**
     * Consents that ended (revoked, expired, or an invitation never accepted whose code expired) and have been kept for
     * their period since; a household with an open case keeps them all, since what an adviser did may be questioned.
     */
    private int deleteEndedConsents(LocalDate today) {
        return jdbc.sql("""
                        delete from adviser_consent c
                        where (case when c.revoked_at is not null then least(c.revoked_at, coalesce(c.expires_at, c.revoked_at))
                                    when c.expires_at is not null and c.expires_at <= :now then c.expires_at
                                    when c.adviser_id is null and c.code_expires_at <= :now then c.code_expires_at
                               end) < :cutoff
                          and not exists (%s)""".formatted(OPEN_APPLICATION.formatted("c.household_id")))
                .param("now", now()).param("cutoff", startOf(today.minus(policy.consents()))).param("closed", RetentionRunner.CLOSED)
                .update();
    }

    /**
     * A child's details (and travel passport, which goes with them) once every application, budget and mileage
     * allowance about the child has been anonymised or deleted, and so has every charged application (which is
     * anonymised only once its charges are), the household has nothing open, and the details have not changed for the
     * period.
     */
    private int deleteChildren(LocalDate today) {
        return jdbc.sql("""
                        delete from child ch
                        where ch.updated_at < :cutoff
                          and not exists (select 1 from application a where a.child_id = ch.id and a.anonymised_at is null)
                          and not exists (select 1 from budget b where b.child_id = ch.id and b.anonymised_at is null)
                          and not exists (select 1 from mileage_allowance_child mc join mileage_allowance m on m.id = mc.allowance_id
                                          where mc.child_id = ch.id and m.anonymised_at is null)
                          and not exists (select 1 from contribution_application x join application a on a.id = x.application_id
                                          where a.child_id = ch.id and x.anonymised_at is null)
                          and not exists (%s)""".formatted(OPEN_APPLICATION.formatted("ch.household_id")))
                .param("cutoff", startOf(today.minus(policy.accounts()))).param("closed", RetentionRunner.CLOSED).update();
    }

    /**
     * The household's sign-in accounts and the household, once it has no child, bank details or consent left, nothing
     * about it is kept un-anonymised in any table with a household column (except those that never keep one), and
     * nobody in it has signed in for the period.
     */
    private Map<String, Integer> deleteHouseholds(LocalDate today) {
        var conditions = new StringBuilder();
        for (String table : householdTables()) {
            if (NEVER_KEEP_A_HOUSEHOLD.contains(table) || table.equals("user_account")) {
                continue;
            }
            conditions.append("\n  and not exists (select 1 from ").append(quoted(table)).append(" x where x.household_id = h.id")
                    .append(KEEP_UNTIL_ANONYMISED.contains(table) ? " and x.anonymised_at is null)" : ")");
        }
        var households = jdbc.sql("""
                        select h.id from household h
                        where h.created_at < :cutoff
                          and not exists (select 1 from user_account u where u.household_id = h.id and u.last_signed_in_at >= :cutoff)
                          and not exists (select 1 from adviser_consent c join user_account u on u.id in (c.invited_by, c.adviser_id)
                                          where u.household_id = h.id)
                          and not exists (select 1 from bank_details b join user_account u on u.id = b.changed_by where u.household_id = h.id)"""
                        + conditions)
                .param("cutoff", startOf(today.minus(policy.accounts()))).query(UUID.class).list();
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("accountsDeleted", households.isEmpty() ? 0
                : jdbc.sql("delete from user_account where household_id = any(:households)").param("households", uuids(households)).update());
        counts.put("householdsDeleted", households.isEmpty() ? 0
                : jdbc.sql("delete from household where id = any(:households)").param("households", uuids(households)).update());
        return counts;
    }

    /** Every table with a household column, from the catalogue, so a table added later keeps households by default. */
    List<String> householdTables() {
        return jdbc.sql("""
                        select c.table_name from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = current_schema() and c.column_name = 'household_id' and t.table_type = 'BASE TABLE'
                        order by c.table_name""")
                .query(String.class).list();
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static List<String> names(java.util.stream.Stream<? extends Enum<?>> values) {
        return values.map(Enum::name).collect(Collectors.toList());
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(GovukDates.LONDON).toInstant());
    }

    private static UUID[] uuids(List<UUID> ids) {
        return ids.toArray(UUID[]::new);
    }
}
