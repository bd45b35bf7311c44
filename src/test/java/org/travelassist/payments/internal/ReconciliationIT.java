package org.travelassist.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.payments.PaymentSource;
import org.travelassist.shared.Money;

/** Reconciliation names a ledger that disagrees with the payments, with what to do; the daily job records its check. */
@IntegrationTest
class ReconciliationIT {

    @Autowired Reconciliation reconciliation;
    @Autowired Ledger ledger;
    @Autowired TransactionTemplate transactions;

    @Test
    void money_owed_in_the_ledger_with_no_payment_behind_it_is_a_difference_with_what_to_do() {
        var source = new PaymentSource(PaymentSource.Kind.MILEAGE_CLAIM, UUID.randomUUID());
        transactions.executeWithoutResult(s -> ledger.post(Postings.due(source, UUID.randomUUID(), UUID.randomUUID(), Money.ofPence(1_234),
                LocalDate.of(2026, 12, 1), "Posted without its payment")));

        Money owed = ledger.totals().owed();
        assertThat(reconciliation.differences()).anySatisfy(difference -> {
            assertThat(difference.what()).startsWith("The ledger says " + owed + " is owed and not yet sent, the payments say ");
            assertThat(difference.whatToDo()).contains("support team");
        });
    }

    @Test
    void the_daily_check_runs_and_says_when() {
        reconciliation.daily();
        assertThat(reconciliation.lastDailyCheck()).hasValueSatisfying(text -> assertThat(text).startsWith("The daily check last ran "));
    }
}
