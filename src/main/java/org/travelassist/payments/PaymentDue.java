package org.travelassist.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.travelassist.accounts.Payee;
import org.travelassist.shared.Money;

/**
 * Money the council must pay a family. Budgets ({@code InstalmentDue}) and claims ({@code ClaimApproved}) publish
 * events that implement this; payments listens for this interface only, so it never depends on the modules it pays
 * for, and they learn the outcome from {@link PaymentSent}, {@link PaymentSettled} and {@link PaymentFailed}. Every
 * listener is idempotent on {@link #source()}.
 */
public interface PaymentDue {

    PaymentSource source();

    UUID householdId();

    Payee payee();

    Money amount();

    /** The first day it may be paid. */
    LocalDate dueOn();

    /** On the family's bank statement; at most 18 characters, as BACS allows ("TA PTB 000123 3/11"). */
    String statementReference();

    /** For the family and finance, in words ("Travel budget for Aarav, payment 2 of 3"). */
    String description();

    /** How the amount was worked out, line by line; the lines add up to {@link #amount()}. */
    List<PaymentLine> lines();
}
