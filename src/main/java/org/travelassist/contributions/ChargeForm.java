package org.travelassist.contributions;

import org.jspecify.annotations.Nullable;

/**
 * What the officer typed to set a charge, as typed: {@link ChargeRules#plan} reads it.
 *
 * @param amount the whole charge, in pounds and pence ("£600", "1,200.50")
 * @param instalments how many parts, as typed ("1" for in full)
 * @param firstDueDay the day, month and year the first part is due, as typed; later ones fall due a month apart
 */
public record ChargeForm(@Nullable ChargeKind kind, String amount, String instalments, String firstDueDay, String firstDueMonth,
        String firstDueYear, String reason) {}
