package org.travelassist.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.Money;

/**
 * One payment as the family sees it: what it is for and how it was worked out, where it is on its way from due to
 * paid (each step with its date), the reference on their statement, and what happens next or what to do.
 *
 * @param account the account it goes to, masked ("Account ending 5678")
 * @param whatNext what happens next, or what the family should do, in one or two sentences
 * @param failureReason why the bank could not pay it, as the bank said
 * @param actionNeeded the family must act (check their bank details)
 */
public record FamilyPayment(UUID id, String description, Money amount, PaymentStatus status, String statementReference, String account,
        List<PaymentLine> lines, List<Step> steps, String whatNext, @Nullable String failureReason, boolean actionNeeded) {

    /** A step on the way: "Due", "Sent to your bank", "Paid", with its date (expected dates are marked so). */
    public record Step(String what, LocalDate on, boolean expected) {}
}
