package org.travelassist.contributions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.Money;

/** A charge as its pages show it. */
public record ChargeDetails(UUID id, UUID applicationId, String applicationReference, UUID householdId, String childName,
        ChargeKind kind, Money total, String reason, String setByName, Instant setAt, List<Instalment> instalments) {

    /**
     * @param refundReason the officer's reason; null unless refunded
     */
    public record Instalment(UUID id, int number, int of, Money amount, LocalDate dueOn, InstalmentStatus status,
            @Nullable LocalDate paidOn, @Nullable LocalDate refundedOn, @Nullable String refundReason) {

        /** "Instalment 1 of 3", or "Payment in full". */
        public String name() {
            return of == 1 ? "Payment in full" : "Instalment " + number + " of " + of;
        }
    }

    public Money paid() {
        return Money.sum(instalments.stream().filter(i -> i.status() == InstalmentStatus.PAID).map(Instalment::amount).toList());
    }

    /** The next instalment to pay, the earliest due; null when none is left. */
    public @Nullable Instalment nextToPay() {
        return instalments.stream().filter(i -> i.status().payable()).findFirst().orElse(null);
    }

    /** "£600.00 in 3 instalments: 1 paid, 2 to pay", in a sentence. */
    public String summary() {
        long paid = instalments.stream().filter(i -> i.status() == InstalmentStatus.PAID).count();
        long due = instalments.stream().filter(i -> i.status() == InstalmentStatus.DUE).count();
        long refunded = instalments.stream().filter(i -> i.status() == InstalmentStatus.REFUNDED).count();
        String parts = instalments.size() == 1 ? total + " in full" : total + " in " + instalments.size() + " instalments";
        List<String> states = new java.util.ArrayList<>();
        if (paid > 0) {
            states.add(paid + " paid");
        }
        if (refunded > 0) {
            states.add(refunded + " refunded");
        }
        if (due > 0) {
            states.add(due + " to pay");
        }
        return parts + ": " + String.join(", ", states) + ".";
    }
}
