package org.travelassist.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.reporting.ReportingSettings;
import org.travelassist.reporting.RetentionRules;
import org.travelassist.security.AppUser;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.RecordChanged;
import org.travelassist.shared.RetentionPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies the council's retention policy: deletes what has no use once its period has passed (evidence files,
 * letters, drafts never sent) and anonymises what the council's figures and financial records still need
 * (applications, budgets, mileage claims, payment instructions: names, addresses, free text and bank details go;
 * dates, amounts, outcomes and references stay). The payments ledger is append-only and holds no names, so it is
 * never touched; nor is the audit trail. Nothing of a child's applications is touched while one of them is open.
 * Then {@link ChargeAndMailRetention} anonymises charges and card payments and removes email never delivered, and
 * {@link HouseholdRetention} deletes bank details, ended consents, children and accounts nothing needs any more.
 * Each run is stored with its counts and audited. It writes other modules' tables in SQL, as the subject access export
 * reads them: retention is the council's rule over every module's records, kept in one place.
 */
@Component
public class RetentionRunner {

    public static final String RUN = "RetentionRun";
    static final String REMOVED = "Removed under retention";
    static final List<String> CLOSED = List.of("DECIDED", "REVIEW_DECIDED", "APPEAL_DECIDED", "WITHDRAWN");

    private final JdbcClient jdbc;
    private final RetentionPolicy policy;
    private final int policyYearStartsMonth;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final HouseholdRetention households;
    private final ChargeAndMailRetention chargesAndMail;
    private final JsonMapper json = JsonMapper.builder().build();

    RetentionRunner(JdbcClient jdbc, RetentionPolicy policy, ReportingSettings settings, Clock clock, ApplicationEventPublisher events,
            HouseholdRetention households, ChargeAndMailRetention chargesAndMail) {
        this.households = households;
        this.chargesAndMail = chargesAndMail;
        this.jdbc = jdbc;
        this.policy = policy;
        this.policyYearStartsMonth = settings.policyYearStartsMonth();
        this.clock = clock;
        this.events = events;
    }

    private record Child(UUID childId, @Nullable LocalDate dateOfBirth, LocalDate lastChange) {}

    /** Applies the policy as it stands on {@code today}; returns what it did, by kind. */
    @Transactional
    public Map<String, Integer> apply(LocalDate today, @Nullable AppUser by) {
        var counts = new LinkedHashMap<String, Integer>();
        // Children whose every application is closed: a child with a case open keeps everything. (Transport now needs
        // no test of its own: a decision's entitlement lasts at most to the end of its policy year, which the clock counts.)
        var children = jdbc.sql("""
                        select a.child_id,
                               (array_agg(a.answers ->> 'dateOfBirth' order by a.created_at desc))[1] as date_of_birth,
                               max(greatest(a.updated_at, a.decided_at, a.withdrawn_at)) as last_change
                        from application a
                        where a.status <> 'DRAFT'
                        group by a.child_id
                        having bool_and(a.status in (:closed))""")
                .param("closed", CLOSED)
                .query((rs, n) -> new Child(rs.getObject("child_id", UUID.class), dateOrNull(rs.getString("date_of_birth")),
                        rs.getTimestamp("last_change").toInstant().atZone(GovukDates.LONDON).toLocalDate()))
                .list();
        var applicationsDue = new ArrayList<UUID>();
        var evidenceDue = new ArrayList<UUID>();
        var lettersDue = new ArrayList<UUID>();
        for (Child child : children) {
            LocalDate ends = RetentionRules.lastYearOfEntitlementEnds(child.dateOfBirth(), child.lastChange(), policyYearStartsMonth);
            if (RetentionRules.expired(ends, policy.applications(), today)) {
                applicationsDue.add(child.childId());
            }
            if (RetentionRules.expired(ends, policy.evidence(), today)) {
                evidenceDue.add(child.childId());
            }
            if (RetentionRules.expired(ends, policy.letters(), today)) {
                lettersDue.add(child.childId());
            }
        }
        String ofChildren = "(select id from application where child_id = any(:children) and status <> 'DRAFT')";
        counts.put("evidenceDeleted", evidenceDue.isEmpty() ? 0
                : jdbc.sql("delete from evidence where application_id in " + ofChildren).param("children", uuids(evidenceDue)).update());
        counts.put("lettersDeleted", lettersDue.isEmpty() ? 0
                : jdbc.sql("delete from letter where application_id in " + ofChildren).param("children", uuids(lettersDue)).update());
        counts.put("applicationsAnonymised", applicationsDue.isEmpty() ? 0 : anonymiseApplications(uuids(applicationsDue)));
        counts.put("draftsDeleted", deleteDrafts(today));
        counts.put("budgetsAnonymised", anonymiseBudgets(today));
        counts.putAll(anonymiseClaims(today));
        counts.put("paymentsAnonymised", anonymisePayments(today));
        counts.putAll(chargesAndMail.apply(today));
        // Last, what accounts holds: it may go only once the records above no longer need it.
        counts.putAll(households.apply(today, policyYearStartsMonth));
        record(today, by, counts);
        return counts;
    }

    private int anonymiseApplications(UUID[] children) {
        String pending = "(select id from application where child_id = any(:children) and status <> 'DRAFT' and anonymised_at is null)";
        jdbc.sql("update application_event set detail = null, actor_name = null where application_id in " + pending)
                .param("children", children).update();
        jdbc.sql("update information_request set question = :removed, answer = null where application_id in " + pending)
                .param("children", children).param("removed", REMOVED).update();
        jdbc.sql("update challenge set grounds = :removed, outcome_reasons = null, revised_reasons = null where application_id in " + pending)
                .param("children", children).param("removed", REMOVED).update();
        jdbc.sql("update application_school_suitability set child_sex = null, school_marks = '[]' where application_id in " + pending)
                .param("children", children).update();
        // What the figures count stays: the school, dates, status, outcome, offers, and whether it concerned SEN.
        return jdbc.sql("""
                        update application set child_name = :removed,
                            answers = jsonb_build_object('ehcPlan', answers -> 'ehcPlan',
                                'needs', case when btrim(coalesce(answers ->> 'needs', '')) <> '' then :removed else '' end),
                            eligibility = null, measured_basis = null, officer_cannot_walk_reasons = null, officer_route_notes = null,
                            decision_reasons = case when decision_reasons is null then null else :removed end, new_reason_text = null,
                            anonymised_at = :now
                        where child_id = any(:children) and status <> 'DRAFT' and anonymised_at is null""")
                .param("children", children).param("removed", REMOVED).param("now", now()).update();
    }

    private int deleteDrafts(LocalDate today) {
        var cutoff = Timestamp.from(today.minus(policy.drafts()).atStartOfDay(GovukDates.LONDON).toInstant());
        var drafts = uuids(jdbc.sql("select id from application where status = 'DRAFT' and updated_at < :cutoff").param("cutoff", cutoff)
                .query(UUID.class).list());
        if (drafts.length == 0) {
            return 0;
        }
        for (String table : List.of("evidence", "letter", "application_event", "information_request", "application_school_suitability",
                "challenge")) {
            jdbc.sql("delete from " + table + " where application_id = any(:drafts)").param("drafts", drafts).update();
        }
        return jdbc.sql("delete from application where id = any(:drafts)").param("drafts", drafts).update();
    }

    private int anonymiseBudgets(LocalDate today) {
        LocalDate yearEnd = RetentionRules.lastExpiredFinancialYearEnd(today, policy.budgets(), policy.financialYearStartsMonth());
        return jdbc.sql("""
                        update budget b set child_name = :removed, needs_officer = null, adjusted_reason = null, accepted_by_name = null,
                            decline_reason = null, withdrawn_reason = null, end_reason = null, agreement_pdf = null, anonymised_at = :now
                        where b.anonymised_at is null
                          and coalesce(b.ends_on, (select max(i.covers_to) from budget_instalment i where i.budget_id = b.id), b.decided_on)
                              <= :yearEnd""")
                .param("removed", REMOVED).param("now", now()).param("yearEnd", yearEnd).update();
    }

    private Map<String, Integer> anonymiseClaims(LocalDate today) {
        LocalDate yearEnd = RetentionRules.lastExpiredFinancialYearEnd(today, policy.claims(), policy.financialYearStartsMonth());
        // Receipts are files, like evidence: they go with the claim's personal details; the claim's amounts stay.
        int receipts = jdbc.sql("""
                        delete from mileage_claim_receipt where claim_id in (select id from mileage_claim where anonymised_at is null
                            and period_to <= :yearEnd and status not in ('DRAFT', 'SENT', 'CONFIRMED', 'QUERIED', 'APPROVED'))""")
                .param("yearEnd", yearEnd).update();
        int claims = jdbc.sql("""
                        update mileage_claim set note = null, query_text = null, query_reply = null, rejected_reason = null,
                            correction_reason = null, payment_problem = null, sent_by_name = null, anonymised_at = :now
                        where anonymised_at is null and period_to <= :yearEnd and status not in ('DRAFT', 'SENT', 'CONFIRMED', 'QUERIED', 'APPROVED')""")
                .param("now", now()).param("yearEnd", yearEnd).update();
        // An allowance is anonymised once it started and every claim on it is within an expired year.
        String expired = """
                (select a.id from mileage_allowance a
                 where a.anonymised_at is null and a.starts_on <= :yearEnd
                   and not exists (select 1 from mileage_claim c where c.allowance_id = a.id and (c.period_to > :yearEnd or c.anonymised_at is null)))""";
        jdbc.sql("update mileage_allowance_child set child_name = :removed where allowance_id in " + expired)
                .param("removed", REMOVED).param("yearEnd", yearEnd).update();
        int allowances = jdbc.sql("update mileage_allowance set accepted_by_name = null, anonymised_at = :now where id in " + expired)
                .param("now", now()).param("yearEnd", yearEnd).update();
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("claimReceiptsDeleted", receipts);
        counts.put("claimsAnonymised", claims);
        counts.put("allowancesAnonymised", allowances);
        return counts;
    }

    private int anonymisePayments(LocalDate today) {
        LocalDate yearEnd = RetentionRules.lastExpiredFinancialYearEnd(today, policy.payments(), policy.financialYearStartsMonth());
        String due = """
                (select id from payment_instruction where anonymised_at is null and status in ('PAID', 'FAILED', 'REISSUED', 'CANCELLED')
                 and coalesce(paid_on, failed_on, sent_on, due_on) <= :yearEnd)""";
        jdbc.sql("update payment_instruction_line set text = :removed where instruction_id in " + due)
                .param("removed", REMOVED).param("yearEnd", yearEnd).update();
        return jdbc.sql("""
                        update payment_instruction set payee_name = :removed, payee_sort_code = '000000', payee_account_number = '00000000',
                            payee_roll_number = null, description = :removed, held_reason = null, failure_reason = null,
                            cancelled_reason = null, anonymised_at = :now
                        where id in""" + " " + due)
                .param("removed", REMOVED).param("now", now()).param("yearEnd", yearEnd).update();
    }

    private void record(LocalDate today, @Nullable AppUser by, Map<String, Integer> counts) {
        UUID id = UUID.randomUUID();
        var periods = new LinkedHashMap<String, String>();
        periods.put("applications", policy.applications().toString());
        periods.put("evidence", policy.evidence().toString());
        periods.put("letters", policy.letters().toString());
        periods.put("drafts", policy.drafts().toString());
        periods.put("budgets", policy.budgets().toString());
        periods.put("claims", policy.claims().toString());
        periods.put("payments", policy.payments().toString());
        periods.put("bankDetails", policy.bankDetails().toString());
        periods.put("consents", policy.consents().toString());
        periods.put("accounts", policy.accounts().toString());
        periods.put("contributions", policy.contributions().toString());
        periods.put("cardPayments", policy.cardPayments().toString());
        periods.put("undeliveredEmails", policy.undeliveredEmails().toString());
        periods.put("source", policy.source());
        jdbc.sql("""
                        insert into retention_run (id, ran_at, applied_on, run_by, run_by_name, policy, counts)
                        values (:id, :at, :on, :by, :byName, cast(:policy as jsonb), cast(:counts as jsonb))""")
                .param("id", id).param("at", now()).param("on", today).param("by", by == null ? null : by.id())
                .param("byName", by == null ? null : by.displayName()).param("policy", json.writeValueAsString(periods))
                .param("counts", json.writeValueAsString(counts)).update();
        var after = new LinkedHashMap<String, @Nullable String>();
        after.put("appliedOn", today.toString());
        counts.forEach((kind, count) -> after.put(kind, String.valueOf(count)));
        events.publishEvent(RecordChanged.created(RUN, id, null, after));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static UUID[] uuids(List<UUID> ids) {
        return ids.toArray(UUID[]::new);
    }

    private static @Nullable LocalDate dateOrNull(@Nullable String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
