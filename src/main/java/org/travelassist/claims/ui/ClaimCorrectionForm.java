package org.travelassist.claims.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.travelassist.claims.ClaimApprovals;
import org.travelassist.claims.ClaimDetails;
import org.travelassist.claims.Journeys;

/** An officer's recorded correction: each paid day kept, changed to one school run, or taken out, with a reason. */
class ClaimCorrectionForm extends Div {

    private static final String KEEP = "Keep as claimed";
    private static final String REMOVE = "Take out: not paid";

    private final Map<LocalDate, Select<String>> changes = new LinkedHashMap<>();

    ClaimCorrectionForm(ClaimDetails claim, ClaimApprovals approvals, ReasonedStep.Runner runner) {
        setId("correct");
        add(new H2("Correct the claim"));
        claim.days().stream().filter(ClaimDetails.Day::paid).forEach(day -> {
            var change = new Select<String>();
            change.setLabel(ClaimView.longDay(day.date()));
            change.setId("correct-" + day.date());
            change.setItems(KEEP, Journeys.BOTH.label, Journeys.MORNING_ONLY.label, Journeys.AFTERNOON_ONLY.label, REMOVE);
            change.setValue(KEEP);
            changes.put(day.date(), change);
            add(new Div(change));
        });
        add(new ReasonedStep("correct", null, "Correct the claim", reason -> {
            var removed = new HashSet<LocalDate>();
            var journeys = new HashMap<LocalDate, Journeys>();
            changes.forEach((day, change) -> {
                if (REMOVE.equals(change.getValue())) {
                    removed.add(day);
                } else if (!KEEP.equals(change.getValue())) {
                    Arrays.stream(Journeys.values()).filter(j -> j.label.equals(change.getValue())).findFirst().ifPresent(j -> journeys.put(day, j));
                }
            });
            return approvals.correct(claim.id(), removed, journeys, reason);
        }, "Claim corrected. The family is told why; a second officer must approve it.", runner));
    }
}
