package org.travelassist.applications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.applications.InvalidApplicationException;
import org.travelassist.applications.Question;
import org.travelassist.schools.School;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ui.ComboBoxes;
import org.travelassist.shared.ui.TypedChoice;

/**
 * One question of the application. Each answer is saved as it changes (on leaving a field, or a moment after
 * typing stops), so a time-out or a closed tab loses nothing; it is checked when the family continues. From
 * "Check your answers" ({@code ?change}) "Continue" goes back there.
 */
@Route("applications/:id/question/:key")
@RolesAllowed({AppRoles.PARENT, AppRoles.ADVISER})
class QuestionView extends ApplicationPage {

    private final SchoolRegister schools;
    private final Paragraph hint = new Paragraph();
    final Button next = new Button("Continue");
    @Nullable Question question;
    @Nullable Supplier<String> answer;
    @Nullable Component field;
    /** For the school question, what was typed without being a choice. */
    @Nullable TypedChoice<School> typedSchool;
    private boolean returnToCheck;

    QuestionView(ApplicationService applications, SchoolRegister schools) {
        super(applications);
        this.schools = schools;
        hint.addClassName("ta-hint");
        next.setId("continue");
        next.addClassName("ta-button");
        next.addClickListener(click -> next());
    }

    /** A question page shows the answers, not the history: the lighter read, on every page of every application. */
    @Override
    protected ApplicationDetails load(java.util.UUID id) {
        return applications.summary(id);
    }

    @Override
    protected void show(ApplicationDetails application, BeforeEnterEvent event) {
        question = event.getRouteParameters().get("key").flatMap(ApplicationQuestions::find).orElse(null);
        if (question == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (application.status() != ApplicationStatus.DRAFT) {
            event.forwardTo(path(application.id(), ""));
            return;
        }
        returnToCheck = event.getLocation().getQueryParameters().getParameters().containsKey("change");
        String previous = ApplicationQuestions.previous(question.key()).map(q -> path(application.id(), "question/" + q.key()))
                .orElse("applications");
        back.setHref(returnToCheck ? path(application.id(), "check") : previous);
        title(question.heading(application.childFirstName()));
        hint.setText(question.hint());
        field = field(question, stored(question, application));
        field.setId("answer");
        if (field instanceof com.vaadin.flow.component.HasLabel labelled) {
            labelled.setLabel(question.summaryLabel() + (question.required() ? "" : " (optional)"));
        }
        if (field instanceof ComboBox<?> combo) {
            ComboBoxes.nameTheList(combo, question.summaryLabel());
        }
        content.add(hint);
        if (question.key().equals(ApplicationQuestions.HOME)) {
            var child = applications.child(application.id());
            var address = new Paragraph(child.addressLine1() + (child.town() == null ? "" : ", " + child.town()) + ", " + child.postcode());
            address.setId("home-address");
            address.addClassName("ta-inset");
            content.add(address);
        }
        content.add(field, new Div(next));
    }

    /**
     * The answer saved so far; for a question the child's record already answers, that answer, so the family is not
     * asked twice. It is saved when they continue.
     */
    private String stored(Question question, ApplicationDetails application) {
        String stored = application.answer(question.key());
        boolean inChildsRecord = question.key().equals(ApplicationQuestions.SCHOOL) || question.key().equals(ApplicationQuestions.EHC_PLAN);
        if (!stored.isBlank() || !inChildsRecord) {
            return stored;
        }
        var child = applications.child(application.id());
        return switch (question.key()) {
            case ApplicationQuestions.SCHOOL -> child.schoolName() == null ? "" : schools.search(child.schoolName(), 5).stream()
                    .filter(school -> school.name().equalsIgnoreCase(child.schoolName().strip())).map(School::urn)
                    .reduce((one, another) -> "").orElse("");
            // The record says only yes or no: "yes" cannot tell a final plan from an assessment, so only "no" is known.
            case ApplicationQuestions.EHC_PLAN -> child.hasEhcPlan() ? "" : ApplicationQuestions.NO_PLAN;
            default -> "";
        };
    }

    private Component field(Question question, String stored) {
        return switch (question.kind()) {
            case SCHOOL -> {
                var combo = new ComboBox<School>();
                combo.setItemLabelGenerator(s -> s.name() + (s.town() == null || s.town().isBlank() ? "" : ", " + s.town()));
                combo.setItems(query -> schools.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                        .skip(query.getOffset()));
                combo.addClassName("ta-field");
                // The same picker as the checker's: Enter or Tab with text matching one school chooses it; other text
                // stays and Continue says what to do, so nothing is saved in silence.
                typedSchool = TypedChoice.on(combo, "school", schools::search);
                combo.addCustomValueSetListener(typed -> {
                    if (combo.getValue() != null && typedSchool.problem() == null) {
                        save();
                    }
                });
                schools.find(stored).ifPresent(combo::setValue);
                answer = () -> combo.getValue() == null ? "" : combo.getValue().urn();
                autosave(combo);
                yield combo;
            }
            case YES_NO, ONE_OF -> {
                var radios = new RadioButtonGroup<String>();
                Map<String, String> options = question.kind() == Question.Kind.YES_NO ? Map.of("yes", "Yes", "no", "No") : question.options();
                radios.setItems(question.kind() == Question.Kind.YES_NO ? List.of("yes", "no") : List.copyOf(options.keySet()));
                radios.setItemLabelGenerator(options::get);
                if (!stored.isEmpty()) {
                    radios.setValue(stored);
                }
                answer = () -> radios.getValue() == null ? "" : radios.getValue();
                autosave(radios);
                yield radios;
            }
            case SOME_OF -> {
                var boxes = new CheckboxGroup<String>();
                boxes.setItems(List.copyOf(question.options().keySet()));
                boxes.setItemLabelGenerator(question.options()::get);
                boxes.addClassName("ta-checkboxes");
                if (!stored.isEmpty()) {
                    boxes.setValue(new LinkedHashSet<>(List.of(stored.split(","))));
                }
                answer = () -> String.join(",", question.options().keySet().stream().filter(boxes.getValue()::contains).toList());
                autosave(boxes);
                yield boxes;
            }
            case TEXT -> {
                var text = new TextArea();
                text.setValue(stored);
                text.setMaxLength(Question.MAX_TEXT);
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.setValueChangeTimeout(1500);
                text.addClassName("ta-field");
                answer = text::getValue;
                autosave(text);
                yield text;
            }
        };
    }

    private <V> void autosave(HasValue<?, V> value) {
        value.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save();
            }
        });
    }

    private void save() {
        if (application != null && question != null && answer != null) {
            applications.saveAnswer(application.id(), question.key(), answer.get());
        }
    }

    private void next() {
        if (application == null || question == null || answer == null || field == null) {
            return;
        }
        String value = answer.get();
        String problem = typedSchool == null ? null : typedSchool.problem();
        if (problem == null) {
            problem = question.problem(value);
        }
        if (problem == null && question.key().equals(ApplicationQuestions.HOME) && "no".equals(value)) {
            problem = ApplicationQuestions.problems(Map.of(ApplicationQuestions.HOME, "no")).get(ApplicationQuestions.HOME);
        }
        if (problem == null) {
            try {
                applications.saveAnswer(application.id(), question.key(), value);
                String to = returnToCheck ? "check" : ApplicationQuestions.next(question.key()).map(q -> "question/" + q.key()).orElse("evidence");
                UI.getCurrent().navigate(path(application.id(), to));
                return;
            } catch (InvalidApplicationException e) {
                problem = e.getMessage();
            }
        }
        showProblems(Map.of(question.key(), problem), Map.of(question.key(), field));
    }
}
