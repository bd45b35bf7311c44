package org.travelassist.payments.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.payments.Balances;
import org.travelassist.payments.Difference;
import org.travelassist.payments.PaymentStatus;
import org.travelassist.payments.RunStatus;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;
import org.travelassist.shared.WorkingDays;

/**
 * Checks the ledger against the payments' own states and against what the bank and the gateway have said: the
 * ledger balances; what it says is owed, in flight and paid is exactly the payments in those states; every payment
 * sent, paid or failed has its entry; runs whose money should have arrived have their returns recorded; gateway
 * payouts without an answer are looked up. Daily (one node, ShedLock), and on finance's page.
 */
@Component
public class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final Ledger ledger;
    private final JdbcClient jdbc;
    private final Clock clock;

    Reconciliation(Ledger ledger, JdbcClient jdbc, Clock clock) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Difference> differences() {
        var found = new ArrayList<Difference>();
        Money imbalance = ledger.sumOfAllLines();
        if (!imbalance.isZero()) {
            found.add(new Difference("The ledger's lines add up to " + imbalance + ", not £0.00",
                    "Tell the service's support team at once: an entry was posted that does not balance"));
        }
        Balances ledgerSays = ledger.totals();
        Balances paymentsSay = new Balances(sum(PaymentStatus.DUE, PaymentStatus.HELD, PaymentStatus.IN_RUN, PaymentStatus.APPROVED,
                PaymentStatus.FAILED), sum(PaymentStatus.SENT), sum(PaymentStatus.PAID));
        compare(found, "owed and not yet sent", ledgerSays.owed(), paymentsSay.owed());
        compare(found, "sent and not yet paid", ledgerSays.inFlight(), paymentsSay.inFlight());
        compare(found, "paid", ledgerSays.paid(), paymentsSay.paid());
        jdbc.sql("""
                select i.statement_reference, i.status from payment_instruction i
                where i.status in ('SENT', 'PAID', 'FAILED') and i.sent_on is not null
                  and not exists (select 1 from ledger_entry e where e.idempotency_key = 'sent:' || i.id)
                union all
                select i.statement_reference, i.status from payment_instruction i
                where i.status = 'PAID' and not exists (select 1 from ledger_entry e where e.idempotency_key = 'paid:' || i.id)""")
                .query((rs, n) -> new Difference("Payment " + rs.getString(1) + " is " + PaymentStatus.valueOf(rs.getString(2)).label.toLowerCase(
                        java.util.Locale.UK) + " but the ledger has no entry for it", "Tell the service's support team"))
                .list().forEach(found::add);
        LocalDate today = GovukDates.today(clock);
        jdbc.sql("select run_number, run_date, gateway, submitted_at from payment_run where status = :status")
                .param("status", RunStatus.SUBMITTED.name())
                .query((rs, n) -> {
                    long number = rs.getLong(1);
                    LocalDate runDate = rs.getObject(2, LocalDate.class);
                    boolean byFile = PaymentSettings.BACS.equals(rs.getString(3));
                    if (byFile && WorkingDays.workingDaysBetween(runDate, today) >= 3) {
                        return new Difference("Run " + number + " was due in families' accounts on " + GovukDates.day(runDate)
                                + ", and the bank's returns are not recorded", "Upload the bank's returns report for run " + number
                                + " (an empty one if nothing was returned), so its payments are marked paid");
                    }
                    return null;
                })
                .list().stream().filter(java.util.Objects::nonNull).forEach(found::add);
        long unanswered = jdbc.sql("""
                select count(*) from payment_instruction i join payment_run r on r.id = i.run_id
                where r.gateway <> 'bacs' and r.status = 'SUBMITTED' and i.status = 'APPROVED' and r.submitted_at < :dayAgo""")
                .param("dayAgo", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .query(Long.class).single();
        if (unanswered > 0) {
            found.add(new Difference(unanswered + " payments sent to the gateway over a day ago have no answer",
                    "Look them up with the gateway (never send them again): its dashboard, or the next look-up by the portal"));
        }
        return found;
    }

    /** Every morning before finance starts; the differences are logged for operations and shown on finance's page. */
    @Scheduled(cron = "${travelassist.payments.reconcile-cron:0 0 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "payments-reconciliation")
    void daily() {
        var found = differences();
        if (found.isEmpty()) {
            log.info("Payments reconciled: the ledger agrees with every payment");
        }
        found.forEach(difference -> log.warn("Payments reconciliation: {}. {}", difference.what(), difference.whatToDo()));
        jdbc.sql("insert into payments_reconciliation (ran_at, differences) values (:at, :count)")
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("count", found.size())
                .update();
    }

    /** When the daily check last ran and what it found, for finance's page. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> lastDailyCheck() {
        return jdbc.sql("select ran_at, differences from payments_reconciliation order by ran_at desc limit 1")
                .query((rs, n) -> "The daily check last ran " + GovukDates.at(rs.getTimestamp(1).toInstant()) + " and found "
                        + rs.getInt(2) + (rs.getInt(2) == 1 ? " difference." : " differences."))
                .optional();
    }

    private Money sum(PaymentStatus... statuses) {
        return Money.ofPence(jdbc.sql("select coalesce(sum(amount_pence), 0) from payment_instruction where status in (:statuses)")
                .param("statuses", java.util.Arrays.stream(statuses).map(Enum::name).toList())
                .query(Long.class).single());
    }

    private static void compare(List<Difference> found, String what, Money ledger, Money payments) {
        if (!ledger.equals(payments)) {
            found.add(new Difference("The ledger says " + ledger + " is " + what + ", the payments say " + payments,
                    "Tell the service's support team: a payment changed state without its ledger entry"));
        }
    }
}
