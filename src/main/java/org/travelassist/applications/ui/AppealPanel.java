package org.travelassist.applications.ui;

import static org.travelassist.applications.ui.CaseSteps.area;
import static org.travelassist.applications.ui.CaseSteps.section;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.Casework;
import org.travelassist.applications.HearingMode;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.DateInput;

/** The stage 2 appeal: arranging the panel's hearing, then recording the panel's decision. */
class AppealPanel extends Div {

    final DateInput hearingOn = new DateInput("hearing-on", "Hearing date", "For example, 15 1 2027");

    AppealPanel(ApplicationDetails details, Casework casework, CaseSteps steps) {
        var appeal = details.appeal();
        if (appeal == null) {
            setVisible(false);
            return;
        }
        var section = section("Stage 2 appeal", new Paragraph("The family appealed on " + GovukDates.at(appeal.requestedAt())
                + ". The hearing must be held by " + GovukDates.day(appeal.respondBy()) + "."), new Paragraph("Their reasons: " + appeal.grounds()));
        section.setId("appeal");
        if (appeal.hearingOn() == null) {
            if (details.status().awaitsHearing()) {
                var mode = new RadioButtonGroup<HearingMode>("How");
                mode.setId("hearing-mode");
                mode.setItems(HearingMode.REMOTE, HearingMode.IN_PERSON);
                mode.setItemLabelGenerator(chosen -> chosen == HearingMode.REMOTE ? "By video" : "In person");
                section.add(hearingOn, mode, steps.button("arrange-hearing", "Arrange the hearing and send the letter",
                        () -> casework.arrangeHearing(details.id(), date(hearingOn), mode.getValue()),
                        Map.of("hearingOn", hearingOn, "hearingMode", mode), "Hearing arranged and letter sent"));
            }
        } else {
            section.add(new Paragraph("Hearing on " + GovukDates.day(appeal.hearingOn()) + ", " + Objects.requireNonNull(appeal.hearingMode()).description
                    + ". Further evidence due by " + GovukDates.day(appeal.evidenceBy()) + ". Panel's letter due by " + GovukDates.day(appeal.outcomeBy()) + "."));
            if (appeal.outcome() != null) {
                section.add(new Paragraph(appeal.outcome().label(appeal.stage()) + ": " + appeal.outcomeReasons()));
            } else if (details.status().awaitsPanel()) {
                var allowed = CaseSteps.outcome("appeal-outcome", "The panel's decision", "The panel dismissed the appeal", "The panel allowed the appeal");
                var reasons = area("appeal-reasons", "The panel's reasons", null);
                section.add(allowed, reasons, steps.button("record-appeal", "Record the panel's decision and send the letter",
                        () -> casework.recordAppealOutcome(details.id(), allowed.getValue(), reasons.getValue()),
                        Map.of("outcome", allowed, "reasons", reasons), "Panel's decision recorded and letter sent"));
            }
        }
        add(section);
    }

    /** The typed date; a part that is not a number, or a date that does not exist, is reported at the field. */
    private static LocalDate date(DateInput input) {
        return LocalDate.of(Integer.parseInt(input.year.getValue().strip()), Integer.parseInt(input.month.getValue().strip()),
                Integer.parseInt(input.day.getValue().strip()));
    }
}
