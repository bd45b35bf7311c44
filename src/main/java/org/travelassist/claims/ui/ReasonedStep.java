package org.travelassist.claims.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.travelassist.claims.ClaimApprovals;
import org.travelassist.claims.ClaimDetails;

/**
 * An officer's step that needs a reason the family will see (query, reject, correct): the reason box and its button.
 * The page runs the step with what was typed and reports the outcome ({@code run}).
 */
class ReasonedStep extends Div {

    /** Runs an officer's step, then tells the officer it is done, or what was refused. */
    interface Runner {
        void run(Supplier<ClaimDetails> step, String done);
    }

    ReasonedStep(String key, @Nullable String heading, String button, Function<String, ClaimDetails> step, String done, Runner runner) {
        if (heading != null) {
            add(new H2(heading));
        }
        var reason = new TextArea("Reason (the family will see it)");
        reason.setId(key + "-reason");
        reason.setMaxLength(ClaimApprovals.REASON_MAX);
        reason.setWidthFull();
        var act = new Button(button, click -> runner.run(() -> step.apply(reason.getValue()), done));
        act.setId(key + "-button");
        act.addClassName("ta-button");
        add(reason, act);
    }
}
