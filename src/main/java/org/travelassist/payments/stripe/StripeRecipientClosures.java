package org.travelassist.payments.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.payments.stripe.StripeCalls.StripeUnreachable;

/**
 * Deletes at Stripe the connected accounts whose bank details the retention job deleted: Stripe still holds the
 * family's name, sort code and account number on them. Then the portal's record of each goes, audited. Stripe lets a
 * platform delete a Custom account once its balances are zero (a payout still on its way to the bank is not), so an
 * account it refuses is tried again the next night; one Stripe no longer knows is already gone. Every night after the
 * retention job, once across the nodes.
 */
@Component
@ConditionalOnExpression(StripeConfiguration.STRIPE_CONFIGURED)
class StripeRecipientClosures {

    static final String RECORD = "StripeRecipient";

    private static final Logger log = LoggerFactory.getLogger(StripeRecipientClosures.class);

    private final StripeClient stripe;
    private final StripeCalls calls;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    StripeRecipientClosures(StripeClient stripe, StripeCalls calls, JdbcClient jdbc, TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.stripe = stripe;
        this.calls = calls;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
    }

    /** What one run did: accounts deleted at Stripe (or found gone), and accounts left for the next run. */
    record Run(int closed, int left) {}

    private record ToClose(UUID bankDetailsId, UUID householdId, String accountId) {}

    @Scheduled(cron = "${travelassist.stripe.close-recipients-cron:0 15 4 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "stripe-recipient-closures", lockAtMostFor = "PT30M")
    void everyNight() {
        log.info("Stripe accounts of deleted bank details: {}", closeAll());
    }

    Run closeAll() {
        List<ToClose> due = jdbc.sql("""
                        select bank_details_id, household_id, account_id from stripe_recipient
                        where bank_details_deleted_at is not null order by bank_details_deleted_at""")
                .query((rs, n) -> new ToClose(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .list();
        int closed = 0;
        for (ToClose account : due) {
            String outcome = deleteAtStripe(account.accountId());
            if (outcome == null) {
                continue;
            }
            transactions.executeWithoutResult(status -> {
                jdbc.sql("delete from stripe_recipient where bank_details_id = :id").param("id", account.bankDetailsId()).update();
                Map<String, @Nullable String> before = new LinkedHashMap<>();
                before.put("accountId", account.accountId());
                before.put("atStripe", outcome);
                events.publishEvent(org.travelassist.shared.RecordChanged.deleted(RECORD, account.bankDetailsId(), account.householdId(), before));
            });
            closed++;
        }
        return new Run(closed, due.size() - closed);
    }

    /** What became of the account at Stripe, or null when it is still there (refused, or no answer). */
    private @Nullable String deleteAtStripe(String accountId) {
        try {
            var deleted = calls.call("Delete connected account " + accountId, () -> stripe.v1().accounts().delete(accountId));
            return Boolean.TRUE.equals(deleted.getDeleted()) ? "deleted" : null;
        } catch (StripeException e) {
            if ("resource_missing".equals(e.getCode())) {
                return "already gone";
            }
            log.warn("Stripe refused to delete connected account {} (HTTP {}, {}): trying again tomorrow", accountId, e.getStatusCode(),
                    e.getCode());
            return null;
        } catch (StripeUnreachable e) {
            log.warn("{}: trying again tomorrow", e.getMessage());
            return null;
        }
    }
}
