package org.travelassist.applications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.Casework;
import org.travelassist.applications.InvalidApplicationException;
import org.travelassist.applications.SchoolSuitabilityFindings;
import org.travelassist.eligibility.EligibilityQuestion.Sex;
import org.travelassist.eligibility.EligibilityResult.SchoolFinding;
import org.travelassist.eligibility.SchoolMark;

/**
 * The case page's "Which schools suit the child": the child's sex (for single-sex schools), the grammar school
 * assessment, and, for each school nearer than or as near as the one applied for, whether it has no place or cannot
 * meet the child's needs, with the reason. Saving runs the rules again, which then look further.
 */
class SchoolSuitabilityForm extends Div {

    private static final String NOT_RECORDED = "";
    private static final String NONE = "";
    private static final int MAX_REASON = 1000;

    final RadioButtonGroup<String> sex = new RadioButtonGroup<>("The child's sex (it matters only for single-sex schools)");
    final RadioButtonGroup<String> selective = new RadioButtonGroup<>("Has the child been assessed as suitable for a grammar school?");
    final Map<String, RadioButtonGroup<String>> findings = new LinkedHashMap<>();
    final Map<String, TextField> reasons = new LinkedHashMap<>();
    final Button save;

    SchoolSuitabilityForm(ApplicationDetails details, Casework casework, CaseSteps steps) {
        setId("school-suitability");
        addClassName("ta-section");
        SchoolSuitabilityFindings recorded = casework.schoolSuitability(details.id());

        sex.setId("child-sex");
        sex.setItems(NOT_RECORDED, Sex.GIRL.name(), Sex.BOY.name());
        sex.setItemLabelGenerator(value -> value.isEmpty() ? "Not recorded" : Sex.valueOf(value) == Sex.GIRL ? "Girl" : "Boy");
        sex.setValue(recorded.sex() == null ? NOT_RECORDED : recorded.sex().name());
        selective.setId("selective-suitable");
        selective.setItems(NOT_RECORDED, "yes", "no");
        selective.setItemLabelGenerator(value -> value.isEmpty() ? "Not assessed" : "yes".equals(value) ? "Yes, assessed as suitable" : "No");
        selective.setValue(recorded.selectiveSuitable() == null ? NOT_RECORDED : recorded.selectiveSuitable() ? "yes" : "no");
        add(new H2("Which schools suit the child"), new Paragraph("A parent's preference for a mixed or a single-sex school, or for "
                + "particular subjects, does not make a school unsuitable."), sex, selective);

        List<SchoolFinding> nearer = schoolsThatCouldBeNearer(details);
        if (!nearer.isEmpty()) {
            add(new H3("Nearer schools"), new Paragraph("Mark a school that had no place available when places were offered or the "
                    + "family moved, or that cannot meet the child's needs. Your reason is quoted in the decision letter."));
        }
        for (SchoolFinding school : nearer) {
            Optional<SchoolMark> mark = recorded.marks().stream().filter(m -> m.urn().equals(school.urn())).findFirst();
            var finding = new RadioButtonGroup<String>(school.name() + " (" + school.walking().describe() + ")");
            finding.setId("mark-" + school.urn());
            finding.setItems(NONE, SchoolMark.Kind.NO_PLACE_AVAILABLE.name(), SchoolMark.Kind.NOT_SUITABLE_FOR_NEEDS.name());
            finding.setItemLabelGenerator(value -> value.isEmpty() ? "Suitable, with a place" : SchoolMark.Kind.valueOf(value).label);
            finding.setValue(mark.map(m -> m.kind().name()).orElse(NONE));
            var reason = new TextField("Reason for " + school.name());
            reason.setId("mark-reason-" + school.urn());
            reason.addClassName("ta-field");
            reason.setMaxLength(MAX_REASON);
            reason.setValue(mark.map(SchoolMark::reason).orElse(""));
            findings.put(school.urn(), finding);
            reasons.put(school.urn(), reason);
            add(finding, reason);
        }

        var fields = new LinkedHashMap<String, Component>();
        reasons.forEach((urn, reason) -> fields.put("mark-" + urn, reason));
        save = steps.button("save-school-suitability", "Save the suitable schools and run the rules again", () -> {
            var missing = new LinkedHashMap<String, String>();
            var marks = new ArrayList<SchoolMark>();
            for (SchoolFinding school : nearer) {
                String kind = findings.get(school.urn()).getValue();
                String why = reasons.get(school.urn()).getValue().strip();
                if (kind != null && !kind.isEmpty()) {
                    if (why.isEmpty()) {
                        missing.put("mark-" + school.urn(), "Give the reason " + school.name() + " "
                                + (SchoolMark.Kind.valueOf(kind) == SchoolMark.Kind.NO_PLACE_AVAILABLE ? "had no place" : "cannot meet the child's needs"));
                    } else {
                        marks.add(new SchoolMark(school.urn(), SchoolMark.Kind.valueOf(kind), why));
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw new InvalidApplicationException(missing);
            }
            casework.recordSchoolSuitability(details.id(), sexValue(), selectiveValue(), marks);
        }, fields, "The suitable schools are saved and the rules have run again.");
        add(save);
    }

    private @Nullable Sex sexValue() {
        return sex.getValue() == null || sex.getValue().isEmpty() ? null : Sex.valueOf(sex.getValue());
    }

    private @Nullable Boolean selectiveValue() {
        return selective.getValue() == null || selective.getValue().isEmpty() ? null : "yes".equals(selective.getValue());
    }

    /**
     * The schools the officer may mark: any considered school (other than the one applied for) at most as far as the
     * one applied for on foot, suitable now or already marked. A further school cannot change the answer.
     */
    static List<SchoolFinding> schoolsThatCouldBeNearer(ApplicationDetails details) {
        var result = details.eligibility();
        if (result == null) {
            return List.of();
        }
        var applied = result.school();
        return result.schoolsConsidered().stream()
                .filter(s -> applied == null || !s.urn().equals(applied.urn()))
                .filter(s -> applied == null || !s.walking().isMoreThan(applied.walking()))
                .filter(s -> s.suitable() || result.question().schoolMarks().stream().anyMatch(m -> m.urn().equals(s.urn())))
                .limit(10)
                .toList();
    }
}
