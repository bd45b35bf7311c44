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
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.travelassist.eligibility.CheckRequest;
import org.travelassist.eligibility.EligibilityService;
import org.travelassist.eligibility.UnknownPostcodeException;
import org.travelassist.security.RoutingQuota;
import org.travelassist.schools.School;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.shared.DateOfBirth;
import org.travelassist.shared.Postcode;
import org.travelassist.shared.ui.ComboBoxes;
import org.travelassist.shared.ui.DateInput;
import org.travelassist.shared.ui.ErrorSummary;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.GovukDates;

/**
 * The public checker: a few questions, no sign-in. The answer is provisional and shown on its own page; what was
 * typed stays in the form when the person comes back to change it.
 */
@Route(CheckView.ROUTE)
@AnonymousAllowed
class CheckView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "check";
    static final String NO_PREFERENCE = "No";

    private final EligibilityService eligibility;
    private final Clock clock;
    private final RoutingQuota quota;

    final ErrorSummary errors = new ErrorSummary();
    final TextField postcode = new TextField("Your home postcode");
    final DateInput dateOfBirth = new DateInput("dateOfBirth", "Your child's date of birth", "For example, 27 3 2015");
    final ComboBox<School> school = new ComboBox<>("Which school does your child go to, or will go to? (optional)");
    final Checkbox specialNeeds = new Checkbox("My child has special educational needs, a disability or a mobility problem");
    final Checkbox lowIncome = new Checkbox("My child gets free school meals, or I get the maximum Working Tax Credit");
    final RadioButtonGroup<String> religion = new RadioButtonGroup<>("Do you want a school because of your religion or belief?");
    final Button check = new Button("Check");

    CheckView(EligibilityService eligibility, SchoolRegister schools, Clock clock, RoutingQuota quota) {
        this.eligibility = eligibility;
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
        check.setId("check");
        check.addClassName("ta-button");
        check.setDisableOnClick(true);
        check.addClickListener(click -> check());

        var needs = new Div(new Paragraph("Tell us if either of these applies (optional)"), specialNeeds, lowIncome);
        needs.addClassName("ta-checkboxes");
        add(errors, new H1("Check if your child can get help with travel to school"),
                new Paragraph("Answer a few questions to see which schools are nearest, how far they are to walk, and "
                        + "whether your child is likely to get free travel. Nothing you type is saved."),
                postcode, dateOfBirth, school, needs, religion, check,
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
        });
    }

    private void check() {
        var problems = new LinkedHashMap<String, String>();
        Optional<Postcode> home = Postcode.parse(postcode.getValue());
        if (postcode.getValue().isBlank()) {
            problems.put("postcode", "Enter your home postcode");
        } else if (home.isEmpty()) {
            problems.put("postcode", Postcode.NOT_A_POSTCODE);
        }
        DateOfBirth.problem(dateOfBirth.day.getValue(), dateOfBirth.month.getValue(), dateOfBirth.year.getValue(), GovukDates.today(clock))
                .ifPresent(problem -> problems.put("dateOfBirth", problem));
        var answers = new CheckAnswers(postcode.getValue(), dateOfBirth.day.getValue(), dateOfBirth.month.getValue(),
                dateOfBirth.year.getValue(), school.getValue(), specialNeeds.getValue(), lowIncome.getValue(), religion.getValue());
        answers.keep();
        if (problems.isEmpty()) {
            quota.refusal().ifPresent(tooMany -> problems.put("postcode", tooMany));
        }
        if (problems.isEmpty()) {
            var request = new CheckRequest(home.orElseThrow(),
                    DateOfBirth.parse(dateOfBirth.day.getValue(), dateOfBirth.month.getValue(), dateOfBirth.year.getValue()),
                    school.getValue() == null ? null : school.getValue().urn(), specialNeeds.getValue(), lowIncome.getValue(),
                    NO_PREFERENCE.equals(religion.getValue()) ? null : religion.getValue());
            try {
                CheckAnswers.keepResult(request, eligibility.check(request));
                UI.getCurrent().navigate(CheckResultView.class);
                return;
            } catch (UnknownPostcodeException e) {
                problems.put("postcode", "We cannot find " + request.postcode() + ". Check it, or call the council if your home is new");
            }
        }
        showProblems(problems);
        check.setEnabled(true);
    }

    private void showProblems(Map<String, String> problems) {
        var fields = new LinkedHashMap<String, Component>();
        fields.put("postcode", postcode);
        fields.put("dateOfBirth", dateOfBirth);
        errors.report(problems, fields, postcode);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return (errors.hasErrors() ? "Error: " : "") + "Check if your child can get help - " + MainLayout.SERVICE_NAME;
    }
}
