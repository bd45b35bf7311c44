package org.travelassist.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.travelassist.reporting.RetentionRules;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.RetentionPolicy;

/**
 * The retention policy for money families pay the council (charges with their instalments, and the card payments
 * that paid them) and for email the portal gave up sending. Charges and card payments are financial records: their
 * amounts, dates and references stay for the accounts, and what is personal goes (the reasons typed about the family,
 * the child's name, the link to the Checkout page the payer filled in). An email given up is deleted, so it can
 * never be sent, and its description on the officers' list removed. Each anonymised row is marked, so a second run
 * changes nothing and the row no longer keeps its household. Run inside {@link RetentionRunner}'s transaction, before
 * {@link HouseholdRetention}; like it, it writes the owning modules' tables in SQL.
 */
@Component
class ChargeAndMailRetention {

    private final JdbcClient jdbc;
    private final RetentionPolicy policy;
    private final Clock clock;

    ChargeAndMailRetention(JdbcClient jdbc, RetentionPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    Map<String, Integer> apply(LocalDate today) {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("chargesAnonymised", anonymiseCharges(today));
        counts.put("chargedApplicationsAnonymised", anonymiseChargedApplications());
        counts.put("cardPaymentsAnonymised", anonymiseCardPayments(today));
        counts.put("undeliveredEmailsRemoved", removeUndeliveredEmails(today));
        return counts;
    }

    /**
     * A charge whose last instalment (due, paid or refunded, whichever is latest) and whose setting belong to a
     * financial year whose period has passed. An instalment never paid counts from its due date: after six years it
     * can no longer be recovered (Limitation Act 1980, s5), so the record is kept as it stands, for the accounts.
     */
    private int anonymiseCharges(LocalDate today) {
        LocalDate yearEnd = RetentionRules.lastExpiredFinancialYearEnd(today, policy.contributions(), policy.financialYearStartsMonth());
        String due = """
                (select c.id from contribution_charge c
                 where c.anonymised_at is null and (c.set_at at time zone 'Europe/London')::date <= :yearEnd
                   and (select max(greatest(i.due_on, i.paid_on, i.refunded_on)) from contribution_instalment i where i.charge_id = c.id)
                       <= :yearEnd)""";
        jdbc.sql("update contribution_instalment set refund_reason = :removed where refund_reason is not null and charge_id in " + due)
                .param("removed", RetentionRunner.REMOVED).param("yearEnd", yearEnd).update();
        return jdbc.sql("update contribution_charge set reason = :removed, anonymised_at = :now where id in " + due)
                .param("removed", RetentionRunner.REMOVED).param("now", now()).param("yearEnd", yearEnd).update();
    }

    /**
     * The contributions module's copy of a decided application (the child's name, the school), once the application
     * itself is anonymised, on its own clock, and no charge on it is left that is not.
     */
    private int anonymiseChargedApplications() {
        return jdbc.sql("""
                        update contribution_application x set child_name = :removed, anonymised_at = :now
                        where x.anonymised_at is null
                          and exists (select 1 from application a where a.id = x.application_id and a.anonymised_at is not null)
                          and not exists (select 1 from contribution_charge c where c.application_id = x.application_id
                                          and c.anonymised_at is null)""")
                .param("removed", RetentionRunner.REMOVED).param("now", now()).update();
    }

    /**
     * A card payment of a financial year whose period has passed (refunded, paid, or begun and never paid). The
     * Checkout session's id goes: at Stripe it leads to the payer's email and card as they typed them, which the
     * council has no use for any more. Stripe's payment and refund references stay, to match the council's bank.
     */
    private int anonymiseCardPayments(LocalDate today) {
        LocalDate yearEnd = RetentionRules.lastExpiredFinancialYearEnd(today, policy.cardPayments(), policy.financialYearStartsMonth());
        return jdbc.sql("""
                        update stripe_checkout set session_id = null, anonymised_at = :now
                        where anonymised_at is null
                          and (coalesce(refunded_at, paid_at, created_at) at time zone 'Europe/London')::date <= :yearEnd""")
                .param("now", now()).param("yearEnd", yearEnd).update();
    }

    /**
     * An email the portal gave up sending, this long after it gave up: the retries are over (the undelivered row is
     * written only after the last), so its event publication, which holds the address and what the email says, is
     * deleted, and the list's description (which may name an adviser's address or the family) removed.
     */
    private int removeUndeliveredEmails(LocalDate today) {
        var cutoff = Timestamp.from(today.minus(policy.undeliveredEmails()).atStartOfDay(GovukDates.LONDON).toInstant());
        String due = "(select publication_id from undelivered_email where anonymised_at is null and gave_up_at < :cutoff)";
        jdbc.sql("delete from event_publication where completion_date is null and id in " + due).param("cutoff", cutoff).update();
        return jdbc.sql("update undelivered_email set description = :removed, anonymised_at = :now where publication_id in " + due)
                .param("removed", RetentionRunner.REMOVED).param("now", now()).param("cutoff", cutoff).update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
