package org.travelassist.applications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.DateTimeException;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.travelassist.applications.ChallengeOutcome;
import org.travelassist.applications.InvalidApplicationException;
import org.travelassist.shared.ui.ErrorSummary;

/**
 * The case page's buttons and the parts its sections share. A step runs on the server, which checks it again
 * (a page left open may be out of date); then the case is shown afresh, or the problems are reported at their
 * fields and in the error summary, and the button can be pressed again.
 */
final class CaseSteps {

    private final ErrorSummary errors;
    private final Consumer<@Nullable String> refresh;
    private final Runnable retitle;

    /**
     * @param refresh shows the case again, with a success message when there is one
     * @param retitle puts "Error: " in the page title, or takes it out
     */
    CaseSteps(ErrorSummary errors, Consumer<@Nullable String> refresh, Runnable retitle) {
        this.errors = errors;
        this.refresh = refresh;
        this.retitle = retitle;
    }

    Button button(String id, String text, Runnable run) {
        return button(id, text, run, Map.of(), null);
    }

    Button button(String id, String text, Runnable run, Map<String, ? extends Component> fields) {
        return button(id, text, run, fields, null);
    }

    /** A button that runs a step and then shows the case again, saying {@code done} when given. */
    Button button(String id, String text, Runnable run, Map<String, ? extends Component> fields, @Nullable String done) {
        var button = styled(id, text);
        button.addClickListener(click -> {
            if (attempt(button, run, fields)) {
                refresh.accept(done);
            }
        });
        return button;
    }

    /** A button whose step says, when it succeeds, what the success message is. */
    Button button(String id, String text, java.util.function.Supplier<String> run) {
        var button = styled(id, text);
        button.addClickListener(click -> {
            String[] said = new String[1];
            if (attempt(button, () -> said[0] = run.get(), Map.of())) {
                refresh.accept(said[0]);
            }
        });
        return button;
    }

    /** A step's button without its step: the caller decides what the click does, with {@link #attempt}. */
    static Button styled(String id, String text) {
        var button = new Button(text);
        button.setId(id);
        button.addClassName("ta-button");
        button.setDisableOnClick(true);
        return button;
    }

    /** Runs {@code run}; on a refusal reports it and gives the button back. True when it succeeded. */
    boolean attempt(Button button, Runnable run, Map<String, ? extends Component> fields) {
        try {
            run.run();
            errors.clear();
            retitle.run();
            return true;
        } catch (InvalidApplicationException | NumberFormatException | DateTimeException e) {
            Map<String, String> problems = e instanceof InvalidApplicationException invalid ? invalid.problems()
                    : Map.of("hearingOn", "Enter the hearing date as day, month and year");
            errors.report(problems, fields, button);
            retitle.run();
            button.setEnabled(true);
            return false;
        }
    }

    static Div section(String title, Component... parts) {
        var section = new Div(new H2(title));
        section.addClassName("ta-section");
        section.add(parts);
        return section;
    }

    static RadioButtonGroup<Boolean> choice(String id, String label, String yes, String no, @Nullable Boolean value) {
        var group = new RadioButtonGroup<Boolean>(label);
        group.setId(id);
        group.setItems(true, false);
        group.setItemLabelGenerator(chosen -> chosen ? yes : no);
        group.setValue(value);
        return group;
    }

    /** The outcome of a review or an appeal: no default, so nobody records an outcome they did not choose. */
    static RadioButtonGroup<ChallengeOutcome> outcome(String id, String label, String upheld, String changed) {
        var group = new RadioButtonGroup<ChallengeOutcome>(label);
        group.setId(id);
        group.setItems(ChallengeOutcome.values());
        group.setItemLabelGenerator(chosen -> chosen == ChallengeOutcome.UPHELD ? upheld : changed);
        return group;
    }

    static TextArea area(String id, String label, @Nullable String value) {
        var area = new TextArea(label);
        area.setId(id);
        area.addClassName("ta-field");
        area.setMaxLength(8000);
        if (value != null) {
            area.setValue(value);
        }
        return area;
    }
}
