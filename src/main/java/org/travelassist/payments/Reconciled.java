package org.travelassist.payments;

import java.util.List;

/** Reconciliation for finance's page: each difference with what to do, and when the daily check last ran. */
public record Reconciled(List<Difference> differences, String lastDailyCheck) {}
