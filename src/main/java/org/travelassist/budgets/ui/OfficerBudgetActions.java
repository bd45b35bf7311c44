package org.travelassist.budgets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.travelassist.budgets.BudgetCasework;
import org.travelassist.budgets.BudgetDetails;
import org.travelassist.budgets.BudgetState;

/** What an officer can do with a budget now: only the steps its state allows; the server checks each again. */
class OfficerBudgetActions extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    interface Steps {
        Button step(String buttonId, String text, Runnable run, Map<String, ? extends Component> fields, String success);
    }

    OfficerBudgetActions(BudgetDetails budget, BudgetCasework casework, Steps steps, LocalDate today) {
        if (budget.state() == BudgetState.DRAFT) {
            var amount = new TextField("Amount for a year");
            amount.setId("amount");
            amount.addClassName("ta-field");
            amount.setHelperText("In pounds and pence, like £1,824.00");
            if (budget.annual() != null) {
                amount.setValue(budget.annual().formatted());
            }
            var reason = new TextArea("Why this amount");
            reason.setId("reason");
            reason.addClassName("ta-field");
            reason.setHelperText("Kept with the offer and shown to the family");
            reason.setMaxLength(1000);
            var adjust = steps.step("adjust", budget.annual() == null ? "Set the amount" : "Change the amount",
                    () -> casework.adjust(budget.id(), amount.getValue(), reason.getValue()), Map.of("amount", amount, "reason", reason),
                    "The amount and the payments were worked out again");
            var section = section("The amount", new Paragraph("Change it only with a reason: the family sees the reason in the working."),
                    amount, reason, adjust);
            if (budget.annual() != null) {
                section.add(new H2("Send the offer"), new Paragraph("The family is emailed and can read the working and the terms, "
                        + "give bank details and accept it."), steps.step("send-offer", "Send the offer to the family",
                                () -> casework.send(budget.id()), Map.of(), "The offer was sent to the family"));
            }
            add(section);
        }
        if (budget.state().agreed()) {
            var month = new Select<YearMonth>();
            month.setLabel("Month");
            month.setId("absence-month");
            var months = new ArrayList<YearMonth>();
            for (YearMonth m = YearMonth.from(budget.startsOn()); !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
                months.add(m);
            }
            month.setItems(months.reversed());
            if (!months.isEmpty()) {
                month.setValue(months.getLast());
            }
            month.setItemLabelGenerator(MONTH::format);
            var absent = new TextField("Days absent");
            absent.setId("days-absent");
            absent.addClassName("ta-field");
            absent.setHelperText("The days of the month, like 3, 4, 17 or 3-5. Leave blank if the child attended every school day.");
            var schoolDays = new TextField("Days the school was open that month (only if its term dates are not held)");
            schoolDays.setId("school-days");
            schoolDays.addClassName("ta-field");
            schoolDays.setHelperText("Where the school's term dates are held, its open days are counted from them.");
            var medical = new Checkbox("The absence was because of the child's medical needs");
            medical.setId("medical");
            var record = steps.step("record-absence", "Record attendance", () -> casework.recordAbsence(budget.id(), month.getValue(),
                    schoolDays.getValue(), absent.getValue(), medical.getValue()),
                    Map.of("month", month, "schoolDays", schoolDays, "daysAbsent", absent), "Attendance recorded");
            add(section("Record attendance", new Paragraph("Days absent come off the next payment at " + budget.dailyRate()
                    + " a day; the family sees the line before it is paid. Each must be a day the school was open."), month, absent,
                    schoolDays, medical, record));
            if (!budget.absences().isEmpty()) {
                var list = new com.vaadin.flow.component.html.UnorderedList();
                list.setId("absences");
                list.addClassName("ta-list");
                budget.absences().forEach(a -> list.add(new com.vaadin.flow.component.html.ListItem(MONTH.format(a.month()) + ": "
                        + a.daysAbsent() + " of " + a.schoolDays() + " days absent" + AbsenceWords.dates(a) + (a.medical() ? " (medical)" : "")
                        + (a.deduction().isPositive() ? ", " + a.deduction().formatted() + " off payment " + a.instalmentNumber() : "")
                        + (a.needsReview() ? ". Below the attendance threshold: review the budget" : "") + ". Recorded by " + a.recordedByName() + (a.recordedBySchool() ? " (the school)" : ""))));
                add(new H2("Attendance recorded"), list);
            }
            if (budget.endsOn() == null) {
                var why = new TextArea("Why the council is ending the budget");
                why.setId("end-reason");
                why.addClassName("ta-field");
                why.setMaxLength(1000);
                add(section("End the budget", new Paragraph("With the policy's notice from today; later payments are cancelled and "
                        + "anything paid for days after the end becomes a recovery."), why,
                        steps.step("end-budget", "End the budget with notice", () -> casework.end(budget.id(), why.getValue()),
                                Map.of("reason", why), "Notice given: the family has been told")));
            }
        }
    }

    private static Div section(String title, Component... parts) {
        var section = new Div(new H2(title));
        section.addClassName("ta-section");
        section.add(parts);
        return section;
    }
}
