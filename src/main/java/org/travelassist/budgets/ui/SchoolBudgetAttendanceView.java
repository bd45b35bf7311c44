package org.travelassist.budgets.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.travelassist.budgets.AttendanceRules;
import org.travelassist.budgets.InvalidBudgetException;
import org.travelassist.budgets.SchoolBudgetAttendance;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.Flash;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.ScrollRegion;
import org.travelassist.shared.ui.SuccessBanner;

/**
 * School office staff record the days their pupils on travel budgets were absent, for a month and for many pupils at
 * once. Names and dates only; each date must be a day the school was open, and the family sees what it takes off
 * their next payment.
 */
@Route("school/budgets")
@PageTitle("Travel budget absences - " + MainLayout.SERVICE_NAME)
@Menu(title = "Travel budget absences", order = 31)
@RolesAllowed(AppRoles.SCHOOL_STAFF)
class SchoolBudgetAttendanceView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final SchoolBudgetAttendance attendance;
    private final Clock clock;
    private final SuccessBanner banner = new SuccessBanner();
    final ErrorSummary errors = new ErrorSummary();
    private final Select<YearMonth> month = new Select<>();
    private final Div pupils = new Div();

    SchoolBudgetAttendanceView(SchoolBudgetAttendance attendance, Clock clock) {
        this.attendance = attendance;
        this.clock = clock;
        addClassName("ta-wide");
        month.setLabel("Month");
        month.setId("month");
        month.setItemLabelGenerator(MONTH::format);
        month.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                show();
            }
        });
        pupils.setId("budget-pupils");
        add(banner, errors, new H1("Travel budget absences"), new Paragraph("These pupils' families are paid a personal transport budget "
                + "to get them to school. Enter the days each was absent in the month, like 3, 4, 17 or 3-5, and leave the others blank. "
                + "The council takes absent days off the family's next payment, so each must be a day the school was open."), month, pupils);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        banner.showFlash();
        YearMonth now = YearMonth.from(GovukDates.today(clock));
        month.setItems(now, now.minusMonths(1), now.minusMonths(2));
        month.setValue(now.minusMonths(GovukDates.today(clock).getDayOfMonth() < 8 ? 1 : 0));
        show();
    }

    private void show() {
        errors.clear();
        pupils.removeAll();
        YearMonth chosen = month.getValue();
        var list = attendance.pupils(chosen);
        if (list.isEmpty()) {
            var none = new Paragraph("None of your school's pupils had a travel budget in " + MONTH.format(chosen) + ".");
            none.setId("no-pupils");
            pupils.add(none);
            return;
        }
        var fields = new LinkedHashMap<String, Component>();
        var typed = new LinkedHashMap<UUID, TextField>();
        var body = new NativeTableBody();
        for (var pupil : list) {
            NativeTableCell entry;
            if (pupil.recorded() != null) {
                entry = new NativeTableCell("Recorded: " + pupil.recorded());
            } else {
                var days = new TextField();
                days.setId("absent-" + pupil.budgetId());
                days.addClassName("ta-field");
                days.setAriaLabel("Days absent in " + MONTH.format(chosen) + ": " + pupil.childName());
                typed.put(pupil.budgetId(), days);
                fields.put("absent-" + pupil.budgetId(), days);
                entry = new NativeTableCell(days);
            }
            var row = new NativeTableRow(new NativeTableCell(pupil.childName()), new NativeTableCell(pupil.schoolName()), entry);
            row.setId("pupil-" + pupil.budgetId());
            body.add(row);
        }
        var table = new NativeTable(new NativeTableHeader(new NativeTableRow(new NativeTableHeaderCell("Pupil"),
                new NativeTableHeaderCell("School"), new NativeTableHeaderCell("Days absent"))), body);
        table.addClassName("ta-table");
        pupils.add(new ScrollRegion("Pupils on travel budgets", table.getElement()));
        if (typed.isEmpty()) {
            pupils.add(new Paragraph("Every pupil's absences for " + MONTH.format(chosen) + " are recorded."));
            return;
        }
        var schoolDays = new TextField("Days the school was open in the month (only if the council does not hold its term dates)");
        schoolDays.setId("school-days");
        schoolDays.addClassName("ta-field");
        fields.put(AttendanceRules.SCHOOL_DAYS_FIELD, schoolDays);
        var record = new Button("Record absences for " + MONTH.format(chosen));
        record.setId("record-absences");
        record.addClassName("ta-button");
        record.setDisableOnClick(true);
        record.addClickListener(click -> {
            var entries = new LinkedHashMap<UUID, String>();
            typed.forEach((id, field) -> entries.put(id, field.getValue()));
            try {
                int count = attendance.record(chosen, entries, schoolDays.getValue());
                Flash.set("Absences recorded for " + count + " pupil" + (count == 1 ? "" : "s") + " in " + MONTH.format(chosen));
                UI.getCurrent().navigate("school/budgets");
            } catch (InvalidBudgetException e) {
                errors.report(e.problems(), fields, record);
                record.setEnabled(true);
            }
        });
        pupils.add(schoolDays, record);
    }

    Map<String, String> problems() {
        return errors.messages();
    }
}
