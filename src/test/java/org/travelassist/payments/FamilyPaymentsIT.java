package org.travelassist.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.payments.internal.PaymentInstructionRepository;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.Money;

/** A family sees its own payments and nobody else's; staff who are not the family's do not see them here at all. */
@IntegrationTest
class FamilyPaymentsIT {

    @Autowired FamilyPayments payments;
    @Autowired HouseholdService householdService;
    @Autowired HouseholdAccess access;
    @Autowired AppUserDirectory directory;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired PaymentInstructionRepository instructions;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    UUID newHousehold() {
        TestUsers.newParent(directory);
        householdService.addChild(UUID.randomUUID(), new ChildForm("Aarav Shah", "10", "12", "2015", "1 High Street", "Oakham", "le157hy", "", false));
        return access.ownHousehold();
    }

    @Test
    void parents_see_their_own_payments_with_what_comes_next_and_no_one_elses() {
        UUID mine = newHousehold();
        AppUser me = TestUsers.current();
        var due = TestPaymentDue.claim(mine, TestPaymentDue.payee(mine), Money.ofPence(3_591), LocalDate.of(2026, 12, 1));
        transactions.executeWithoutResult(s -> events.publishEvent(due));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(
                () -> !instructions.findBySourceKindAndSourceIdOrderByAttemptAsc(due.source().kind(), due.source().id()).isEmpty());

        FamilyPayment payment = payments.of(mine).getFirst();
        assertThat(payment.status()).isEqualTo(PaymentStatus.DUE);
        assertThat(payment.statementReference()).isEqualTo(due.statementReference());
        assertThat(payment.account()).startsWith("Account ending ");
        assertThat(payment.steps()).extracting(FamilyPayment.Step::what).containsExactly("Due");
        assertThat(payment.whatNext()).startsWith("We will pay it in our next payment run");
        assertThat(payment.lines()).isEqualTo(due.lines());
        assertThat(payments.balances(mine).owed()).isEqualTo(Money.ofPence(3_591));

        UUID theirs = newHousehold();
        TestUsers.actAs(me);
        assertThatThrownBy(() -> payments.of(theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> payments.balances(theirs)).isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(directory, "families", "adviser", "adviser-" + UUID.randomUUID() + "@example.org", java.util.Set.of());
        assertThatThrownBy(() -> payments.of(mine)).isInstanceOf(AccessDeniedException.class);
        for (String staff : new String[] {"FinanceOfficer", "TransportOfficer", "SchoolStaff", "TransportManager"}) {
            TestUsers.newStaff(directory, staff);
            assertThatThrownBy(() -> payments.of(mine)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
