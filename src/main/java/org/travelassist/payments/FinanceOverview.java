package org.travelassist.payments;

import java.util.List;

/** Finance's payments page: the runs, what is due, held and failed, and the ledger's totals. */
public record FinanceOverview(List<RunSummary> runs, List<PaymentSummary> due, List<PaymentSummary> held, List<PaymentSummary> failed,
        Balances totals) {}
