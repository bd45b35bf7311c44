package org.travelassist.eligibility.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.CheckForm;
import org.travelassist.eligibility.EligibilityQuestion.Sex;
import org.travelassist.eligibility.EligibilityService;
import org.travelassist.eligibility.UnknownPostcodeException;
import org.travelassist.security.RoutingQuota;
import org.travelassist.schools.School;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.DateOfBirth;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.ui.ComboBoxes;
import org.travelassist.shared.ui.DateInput;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.TypedChoice;

/**
 * The public checker: a few questions, no sign-in. The answer is provisional and shown on its own page; what was
 * typed stays in the form when the person comes back to change it.
 */
@Route(CheckView.ROUTE)
@AnonymousAllowed
class CheckView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "check";
    static final String NO_PREFERENCE = "No";
    static final String NOT_SAID = "";

    private final EligibilityService eligibility;
    private final Validator validator;
    private final CouncilProfile council;
    private final Clock clock;
    private final RoutingQuota quota;

    final ErrorSummary errors = new ErrorSummary();
    final TextField postcode = new TextField("Your home postcode");
    final DateInput dateOfBirth = new DateInput("dateOfBirth", "Your child's date of birth", "For example, 27 3 2015");
    final ComboBox<School> school = new ComboBox<>("Which school does your child go to, or will go to? (optional)");
    final Checkbox specialNeeds = new Checkbox("My child has special educational needs, a disability or a mobility problem");
    final Checkbox lowIncome = new Checkbox("My child is entitled to free school meals, for example because we get "
            + "Universal Credit and our take-home pay from work is no more than £7,400 a year");
    final RadioButtonGroup<String> religion = new RadioButtonGroup<>("Do you want a school because of your religion or belief?");
    final RadioButtonGroup<String> sex = new RadioButtonGroup<>("Is your child a girl or a boy? (optional)");
    final Button check = new Button("Check");
    /** What was typed in the school box without being a choice. */
    final TypedChoice<School> typedSchool;

    CheckView(EligibilityService eligibility, SchoolRegister schools, Validator validator, CouncilProfile council, Clock clock,
            RoutingQuota quota) {
        this.eligibility = eligibility;
        this.council = council;
        this.validator = validator;
        this.clock = clock;
        this.quota = quota;
        addClassName("ta-narrow");

        postcode.setId("postcode");
        postcode.setHelperText("For example, LE15 6HQ");
        postcode.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.POSTAL_CODE);
        postcode.addClassNames("ta-field", "ta-input--postcode");
        school.setId("school");
        school.setHelperText("Start typing the school's name. Leave it empty if you have not decided.");
        school.setItemLabelGenerator(s -> s.name() + (s.town() == null || s.town().isBlank() ? "" : ", " + s.town()));
        school.setItems(query -> schools.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                .skip(query.getOffset()));
        school.setClearButtonVisible(true);
        // Typed text that is not a choice yet (Enter, or Tab out of the box): one match is chosen; otherwise the text is
        // kept and flagged, never dropped for the nearest school in silence.
        typedSchool = TypedChoice.on(school, "school", schools::search);
        school.addClassName("ta-field");
        ComboBoxes.nameTheList(school, "Schools");
        specialNeeds.setId("special-needs");
        lowIncome.setId("low-income");
        religion.setId("religion");
        var choices = new java.util.ArrayList<String>();
        choices.add(NO_PREFERENCE);
        choices.addAll(eligibility.religiousCharacters());
        religion.setItems(choices);
        religion.setItemLabelGenerator(choice -> NO_PREFERENCE.equals(choice) ? "No" : "Yes: a " + choice + " school");
        religion.setValue(NO_PREFERENCE);
        sex.setId("sex");
        sex.setHelperText("We ask only because some schools take only girls or only boys. You do not have to say.");
        sex.setItems(NOT_SAID, Sex.GIRL.name(), Sex.BOY.name());
        sex.setItemLabelGenerator(value -> NOT_SAID.equals(value) ? "Prefer not to say" : Sex.valueOf(value) == Sex.GIRL ? "Girl" : "Boy");
        sex.setValue(NOT_SAID);
        check.setId("check");
        check.addClassName("ta-button");
        check.setDisableOnClick(true);
        check.addClickListener(click -> check());

        var needs = new Div(new Paragraph("Tell us if either of these applies (optional)"), specialNeeds, lowIncome);
        needs.addClassName("ta-checkboxes");
        add(errors, new H1("Check if your child can get help with travel to school"),
                new Paragraph("Answer a few questions to see which schools are nearest, how far they are to walk, and "
                        + "whether your child is likely to get free travel. Nothing you type is saved."),
                postcode, dateOfBirth, school, needs, religion, sex, check,
                new Paragraph(new Anchor("who-can-get-help", "Read who can get help")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CheckAnswers.find().ifPresent(answers -> {
            postcode.setValue(answers.postcode());
            dateOfBirth.setValue(answers.day(), answers.month(), answers.year());
            school.setValue(answers.school());
            specialNeeds.setValue(answers.specialNeeds());
            lowIncome.setValue(answers.lowIncome());
            religion.setValue(answers.religion());
            sex.setValue(answers.sex() == null ? NOT_SAID : answers.sex());
        });
    }

    private void check() {
        var problems = new LinkedHashMap<String, String>();
        String day = dateOfBirth.day.getValue();
        String month = dateOfBirth.month.getValue();
        String year = dateOfBirth.year.getValue();
        // The three boxes are this page's own, so what is wrong with the typing is said here; whether the date
        // itself will do is the form's constraint, shared with the API.
        LocalDate born = realDate(day, month, year);
        if (born == null) {
            problems.put("dateOfBirth", DateOfBirth.problem(day, month, year, GovukDates.today(clock)).orElse("Date of birth must be a real date"));
        }
        var form = new CheckForm(postcode.getValue(), born, school.getValue() == null ? null : school.getValue().urn(),
                specialNeeds.getValue(), lowIncome.getValue(), NO_PREFERENCE.equals(religion.getValue()) ? null : religion.getValue(),
                sexValue());
        validator.validate(form).forEach(violation -> problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
        String typedProblem = typedSchool.problem();
        if (typedProblem != null) {
            problems.put("schoolUrn", typedProblem + ", or clear the box if you have not decided");
        }
        var answers = new CheckAnswers(postcode.getValue(), day, month, year, school.getValue(), specialNeeds.getValue(),
                lowIncome.getValue(), religion.getValue(), sex.getValue());
        answers.keep();
        if (problems.isEmpty()) {
            quota.refusal().ifPresent(tooMany -> problems.put("postcode", tooMany));
        }
        if (problems.isEmpty()) {
            var request = form.toRequest();
            try {
                CheckAnswers.keepResult(request, eligibility.check(request));
                UI.getCurrent().navigate(CheckResultView.class);
                return;
            } catch (UnknownPostcodeException e) {
                problems.put("postcode", e.explain(council));
            }
        }
        showProblems(problems);
        check.setEnabled(true);
    }

    private static @Nullable LocalDate realDate(String day, String month, String year) {
        if (!day.strip().matches("\\d{1,2}") || !month.strip().matches("\\d{1,2}") || !year.strip().matches("\\d{4}")) {
            return null;
        }
        try {
            return DateOfBirth.parse(day, month, year);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private @Nullable Sex sexValue() {
        return sex.getValue() == null || NOT_SAID.equals(sex.getValue()) ? null : Sex.valueOf(sex.getValue());
    }

    private void showProblems(Map<String, String> problems) {
        var fields = new LinkedHashMap<String, Component>();
        fields.put("postcode", postcode);
        fields.put("dateOfBirth", dateOfBirth);
        fields.put("schoolUrn", school);
        errors.report(problems, fields, postcode);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return (errors.hasErrors() ? "Error: " : "") + "Check if your child can get help - " + MainLayout.SERVICE_NAME;
    }
}
