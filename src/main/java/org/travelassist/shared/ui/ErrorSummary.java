package org.travelassist.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The GOV.UK error summary: "There is a problem", then one link per error in the order of the fields, each
 * moving focus to its field. It takes focus when shown, so screen readers announce it, and puts "Error: " in
 * front of the page title while it shows, taking it out again when it is cleared (GOV.UK).
 */
public class ErrorSummary extends Div {

    static final String TITLE_PREFIX = "Error: ";

    private final UnorderedList list = new UnorderedList();
    private final Map<String, String> messages = new LinkedHashMap<>();

    public ErrorSummary() {
        addClassName("ta-error-summary");
        setId("error-summary");
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("role", "alert");
        var heading = new H2("There is a problem");
        heading.addClassName("ta-error-summary__title");
        list.addClassName("ta-error-summary__list");
        add(heading, list);
        setVisible(false);
    }

    public void clear() {
        messages.clear();
        list.removeAll();
        setVisible(false);
        retitle(false);
    }

    /** Adds an error; {@code field} is focused when its link is followed. */
    public void add(String fieldId, String message, Component field) {
        messages.put(fieldId, message);
        var link = new Anchor("#" + fieldId, message);
        link.getElement().addEventListener("click", event -> focus(field)).addEventData("event.preventDefault()");
        list.add(new ListItem(link));
    }

    /** Radio groups are not focusable themselves: their first option takes focus, as GOV.UK does. */
    private static void focus(Component field) {
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        } else {
            field.getElement().executeJs("(this.querySelector('vaadin-radio-button') || this).focus()");
        }
    }

    public boolean hasErrors() {
        return !messages.isEmpty();
    }

    public Map<String, String> messages() {
        return Map.copyOf(messages);
    }

    /**
     * Reports problems the GOV.UK way: each at its field in {@code fields} (by the same key), in the order of the
     * fields, and in the summary; fields without a problem are cleared; a problem with no field of its own links to
     * {@code otherwise}. Then shows the summary, if there is anything to show.
     */
    public void report(Map<String, String> problems, Map<String, ? extends Component> fields, Component otherwise) {
        clear();
        fields.forEach((key, field) -> {
            String problem = problems.get(key);
            mark(field, problem);
            if (problem != null) {
                add(field.getId().orElse(key), problem, field);
            }
        });
        problems.forEach((key, problem) -> {
            if (!fields.containsKey(key)) {
                add(key, problem, otherwise);
            }
        });
        showIfAny();
    }

    private static void mark(Component field, @Nullable String problem) {
        if (field instanceof DateInput date) {
            if (problem == null) {
                date.clearError();
            } else {
                date.setError(problem);
            }
        } else if (field instanceof HasValidation validated) {
            validated.setErrorMessage(problem);
            validated.setInvalid(problem != null);
        }
    }

    /** Shows the summary and moves focus to it, if there is anything to show. */
    public void showIfAny() {
        setVisible(hasErrors());
        retitle(hasErrors());
        if (hasErrors()) {
            getElement().executeJs("this.focus()");
        }
    }

    /**
     * The title says "Error: " exactly while there are errors. Views that set their own title from
     * {@code hasErrors()} still may; this also covers a summary cleared without the view setting its title again,
     * which left "Error: " in the title after the problem was fixed.
     */
    private static void retitle(boolean errors) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        String title = Objects.requireNonNullElse(ui.getInternals().getTitle(), "");
        String plain = title.startsWith(TITLE_PREFIX) ? title.substring(TITLE_PREFIX.length()) : title;
        String wanted = errors ? TITLE_PREFIX + plain : plain;
        if (!plain.isEmpty() && !wanted.equals(title)) {
            ui.getPage().setTitle(wanted);
        }
    }
}
