package org.travelassist.budgets.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.travelassist.budgets.BudgetDetails;
import org.travelassist.budgets.BudgetRecoveries;
import org.travelassist.budgets.RecoveryRules;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;
import org.travelassist.shared.ui.ScrollRegion;

/**
 * A recovery and how it is repaid: the same table for the family and the officer; the officer also sets the plan
 * (amounts that add up to the recovery exactly) and records each repayment as it arrives.
 */
class RecoveryPanel extends Div {

    /** @param recoveries the officer's service, or null on the family's page */
    RecoveryPanel(BudgetDetails budget, @Nullable BudgetRecoveries recoveries, OfficerBudgetActions.Steps steps) {
        setId("recovery");
        Money recovery = Objects.requireNonNull(budget.recovery());
        add(new H2("Paid for days after the budget ended"));
        if (budget.repayments().isEmpty()) {
            add(new Paragraph("The council paid " + recovery.formatted() + " for days after the budget ends. "
                    + (recoveries == null ? "It will write to you about repaying it." : "Set how it is repaid: the family is emailed the plan.")));
        } else {
            var status = new Paragraph(budget.recoveryReconciled() ? "Repaid in full: " + recovery.formatted() + "."
                    : recovery.formatted() + " to repay, in " + budget.repayments().size() + " instalments.");
            status.setId("recovery-status");
            add(status, table(budget, recoveries, steps));
        }
        if (recoveries != null && budget.repayments().isEmpty()) {
            var amounts = new TextArea("Repayments");
            amounts.setId(BudgetRecoveries.FIELD);
            amounts.addClassName("ta-field");
            amounts.setHelperText("Each amount, separated by semicolons or on its own line; they must add up to " + recovery.formatted()
                    + ", like " + RecoveryRules.suggestion(recovery, 3) + ". The first is due in a month, then monthly.");
            add(amounts, steps.step("plan-recovery", "Set the repayment plan", () -> recoveries.plan(budget.id(), amounts.getValue()),
                    Map.of(BudgetRecoveries.FIELD, amounts), "The repayment plan is set and the family has been emailed"));
        }
    }

    private static Div table(BudgetDetails budget, @Nullable BudgetRecoveries recoveries, OfficerBudgetActions.Steps steps) {
        var body = new NativeTableBody();
        for (var repayment : budget.repayments()) {
            var state = new NativeTableCell(repayment.repaidOn() == null ? "To repay" : "Repaid on " + GovukDates.day(repayment.repaidOn()));
            if (recoveries != null && repayment.repaidOn() == null) {
                state.add(steps.step("repaid-" + repayment.number(), "Record repayment " + repayment.number() + " as repaid",
                        () -> recoveries.repaid(budget.id(), repayment.number()), Map.of(), "Repayment " + repayment.number() + " recorded"));
            }
            var row = new NativeTableRow(new NativeTableCell(String.valueOf(repayment.number())),
                    new NativeTableCell(GovukDates.day(repayment.dueOn())), new NativeTableCell(repayment.amount().formatted()), state);
            row.setId("repayment-" + repayment.number());
            body.add(row);
        }
        var table = new NativeTable(new NativeTableHeader(new NativeTableRow(new NativeTableHeaderCell("Repayment"),
                new NativeTableHeaderCell("Due by"), new NativeTableHeaderCell("Amount"), new NativeTableHeaderCell("Status"))), body);
        table.addClassName("ta-table");
        var region = new Div(new ScrollRegion("Repayments", table.getElement()));
        region.setId("repayments");
        return region;
    }
}
