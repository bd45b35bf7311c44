package org.travelassist.payments;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.Money;

/**
 * One payment as finance sees it: never the whole account number.
 *
 * @param note why it is held, why it failed or why it was cancelled; null when there is nothing to say
 */
public record PaymentSummary(UUID id, String family, String description, Money amount, LocalDate dueOn, PaymentStatus status,
        String statementReference, String payee, @Nullable Long runNumber, @Nullable String note) {}
