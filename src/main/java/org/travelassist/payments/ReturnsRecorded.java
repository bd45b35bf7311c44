package org.travelassist.payments;

import org.travelassist.shared.Money;

/** What a returns file did to a run: how many payments failed and how many were paid, and for how much. */
public record ReturnsRecorded(int failed, Money failedTotal, int paid, Money paidTotal) {}
