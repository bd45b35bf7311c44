package org.travelassist.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A combo box that does not drop what was typed. Text that is not a choice yet (Enter, or Tab out of the box) arrives
 * as a custom value: when exactly one item matches it, that item is chosen; otherwise the text is kept and the box
 * flagged, so a form never saves nothing in silence. The form asks {@link #problem()} before it accepts the answer.
 * Used by the checker's and the application's school questions, so both behave alike.
 */
public final class TypedChoice<T> {

    /** The items matching typed text, at most {@code limit} of them. */
    @FunctionalInterface
    public interface Search<T> {
        List<T> matching(String text, int limit);
    }

    private final ComboBox<T> combo;
    private final String noun;
    private final Search<T> search;
    private @Nullable String unmatched;
    private boolean several;

    private TypedChoice(ComboBox<T> combo, String noun, Search<T> search) {
        this.combo = combo;
        this.noun = noun;
        this.search = search;
    }

    /** Makes {@code combo} choose the one item matching typed text; {@code noun} names an item in messages ("school"). */
    public static <T> TypedChoice<T> on(ComboBox<T> combo, String noun, Search<T> search) {
        var choice = new TypedChoice<>(combo, noun, search);
        combo.setAllowCustomValue(true);
        combo.addCustomValueSetListener(typed -> choice.chooseTyped(typed.getDetail()));
        combo.addValueChangeListener(change -> {
            if (change.getValue() != null || change.isFromClient()) {
                // A choice, or the box cleared by the person: nothing typed is pending any more.
                choice.unmatched = null;
                combo.setInvalid(false);
            }
        });
        return choice;
    }

    /** Chooses the one item matching {@code typed}; or keeps the text and flags the box with what to do. */
    public void chooseTyped(String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            unmatched = null;
            combo.setInvalid(false);
            return;
        }
        List<T> matches = search.matching(text, 2);
        if (matches.size() == 1) {
            // Reset here too: choosing the school already held fires no value change.
            unmatched = null;
            combo.setInvalid(false);
            combo.setValue(matches.getFirst());
            return;
        }
        unmatched = text;
        several = matches.size() > 1;
        combo.setInvalid(true);
        combo.setErrorMessage(problem());
    }

    /**
     * What is wrong with the typed text, while text typed is not a choice (even if an earlier choice is still held, as
     * the box shows the text); otherwise null.
     */
    public @Nullable String problem() {
        if (unmatched == null) {
            return null;
        }
        return (several ? "More than one " + noun + " matches \u201c" : "No " + noun + " matches \u201c") + unmatched
                + "\u201d: choose one from the list";
    }
}
