package org.travelassist.claims.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.travelassist.claims.ClaimApprovals;
import org.travelassist.claims.ClaimDetails;
import org.travelassist.shared.GovukDates;

/** An officer confirms attendance from the school's record when the school has not, ticking the days absent. */
class ConfirmInsteadForm extends Div {

    ConfirmInsteadForm(ClaimDetails claim, ClaimApprovals approvals, ReasonedStep.Runner runner) {
        setId("confirm-instead");
        add(new H2("Confirm attendance for the school"), new Paragraph("If " + claim.schoolName() + " has not confirmed by "
                + GovukDates.day(claim.schoolConfirmBy()) + ", confirm the days from its attendance record. Tick the days the child was absent."));
        Map<LocalDate, Checkbox> absent = new LinkedHashMap<>();
        claim.days().forEach(day -> {
            var box = new Checkbox("Absent on " + ClaimView.longDay(day.date()));
            box.setId("absent-" + day.date());
            absent.put(day.date(), box);
            add(new Div(box));
        });
        var confirm = new Button("Confirm attendance", click -> runner.run(() -> approvals.confirmAttendanceInstead(claim.id(), ticked(absent)),
                "Attendance confirmed."));
        confirm.setId("confirm-attendance");
        confirm.addClassName("ta-button");
        add(confirm);
    }

    private static Set<LocalDate> ticked(Map<LocalDate, Checkbox> boxes) {
        return boxes.entrySet().stream().filter(entry -> entry.getValue().getValue()).map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
