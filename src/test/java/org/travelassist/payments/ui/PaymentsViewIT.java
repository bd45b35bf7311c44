package org.travelassist.payments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.BrowserlessViewTest;
import org.travelassist.TestClock;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.payments.PaymentStatus;
import org.travelassist.payments.TestPaymentDue;
import org.travelassist.payments.internal.PaymentInstruction;
import org.travelassist.payments.internal.PaymentInstructionRepository;
import org.travelassist.security.AppUser;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.NotFoundView;
import org.travelassist.shared.ui.SuccessBanner;

class PaymentsViewIT extends BrowserlessViewTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired PaymentInstructionRepository instructions;
    @Autowired HouseholdService householdService;
    @Autowired HouseholdAccess access;
    @Autowired TestClock.MovableClock clock;

    @Test
    void finance_officers_open_the_payments_page() {
        TestUsers.newStaff(directory, "FinanceOfficer");
        navigate(PaymentsView.class);
    }

    @Test
    void officers_and_parents_cannot_open_the_payments_page() {
        TestUsers.newStaff(directory, "TransportOfficer");
        navigate("finance/payments", NotFoundView.class);
        TestUsers.newParent(directory);
        navigate("finance/payments", NotFoundView.class);
        for (String role : new String[] {"SeniorTransportOfficer", "TransportManager", "SchoolStaff"}) {
            TestUsers.newStaff(directory, role);
            navigate("finance/payments", NotFoundView.class);
        }
    }

    @Test
    void finance_holds_a_payment_with_a_reason_the_family_sees_it_on_hold_and_finance_releases_it() {
        AppUser parent = TestUsers.newParent(directory);
        householdService.addChild(UUID.randomUUID(), new ChildForm("Aarav Shah", "10", "12", "2015", "1 High Street", "Oakham", "le157hy", "", false));
        UUID household = access.ownHousehold();
        PaymentInstruction claim = due(TestPaymentDue.claim(household, TestPaymentDue.payee(household), Money.ofPence(4_125),
                GovukDates.today(clock)));
        String id = claim.getId().toString();

        TestUsers.newStaff(directory, "FinanceOfficer");
        navigate(PaymentsView.class);
        assertThat($(Button.class).id("hold-" + id).getElement().getAttribute("aria-label"))
                .startsWith("Hold " + claim.description()).endsWith("£41.25");
        assertThat($(Button.class).all()).extracting(b -> b.getId().orElse("")).as("a due payment cannot be released")
                .contains("cancel-" + id).doesNotContain("release-" + id);

        test($(Button.class).id("hold-" + id)).click();
        assertThat($(TextArea.class).id("payment-action-reason").getLabel()).isEqualTo("Why are you holding it?");
        test($(Button.class).id("payment-action-confirm")).click();
        assertThat($(ErrorSummary.class).first().getElement().getTextRecursively()).contains("Enter why the payment is held");
        assertThat($(TextArea.class).id("payment-action-reason").isInvalid()).isTrue();
        assertThat(instructions.findById(claim.getId()).orElseThrow().status()).isEqualTo(PaymentStatus.DUE);

        test($(TextArea.class).id("payment-action-reason")).setValue("The school says Aarav moved in October");
        test($(Button.class).id("payment-action-confirm")).click();
        assertThat($(SuccessBanner.class).first().getElement().getTextRecursively()).contains("is on hold");
        assertThat(instructions.findById(claim.getId()).orElseThrow().status()).isEqualTo(PaymentStatus.HELD);
        assertThat($(PaymentsTable.class).id("held").getElement().getTextRecursively())
                .contains(claim.statementReference(), "The school says Aarav moved in October");
        assertThat($(Button.class).all()).extracting(b -> b.getId().orElse(""))
                .contains("release-" + id, "cancel-" + id).doesNotContain("hold-" + id);

        TestUsers.actAs(parent);
        navigate(FamilyPaymentsView.class);
        assertThat($(Span.class).id("payment-" + id + "-status").getText()).isEqualTo("On hold");
        assertThat($(Span.class).id("payment-" + id + "-meaning").getText()).contains(PaymentStatus.HELD.meaning);
        assertThat($(Paragraph.class).id("payment-" + id + "-next").getText()).startsWith("We are checking it before we pay it");

        TestUsers.newStaff(directory, "FinanceOfficer");
        navigate(PaymentsView.class);
        test($(Button.class).id("release-" + id)).click();
        assertThat($(TextArea.class).id("payment-action-reason").getLabel()).isEqualTo("What did you check?");
        test($(TextArea.class).id("payment-action-reason")).setValue("Phoned the family: still at the same address");
        test($(Button.class).id("payment-action-confirm")).click();
        assertThat(instructions.findById(claim.getId()).orElseThrow().status()).isEqualTo(PaymentStatus.DUE);
        assertThat($(PaymentsTable.class).id("due").getElement().getTextRecursively()).contains(claim.statementReference());

        test($(Button.class).id("cancel-" + id)).click();
        test($(Button.class).id("payment-action-close")).click();
        assertThat($(TextArea.class).all()).as("closed without changing it").isEmpty();
        assertThat(instructions.findById(claim.getId()).orElseThrow().status()).isEqualTo(PaymentStatus.DUE);
    }

    private PaymentInstruction due(TestPaymentDue payment) {
        return payment.publishAndAwait(transactions, events, instructions);
    }
}
