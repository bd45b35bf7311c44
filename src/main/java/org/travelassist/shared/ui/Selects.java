package org.travelassist.shared.ui;

import com.vaadin.flow.component.select.Select;

/** What Vaadin's select leaves out for screen readers. */
public final class Selects {

    private Selects() {
    }

    /**
     * Names the list of options: Vaadin renders it as a "listbox" with no name of its own, which WCAG 4.1.2 requires
     * (axe aria-input-field-name). It gets the field's label, as {@link ComboBoxes#nameTheList} does for combo boxes.
     */
    public static void nameTheList(Select<?> select, String name) {
        select.getElement().executeJs("""
                const select = this;
                const nameList = () => {
                  const list = select.querySelector('vaadin-select-list-box');
                  if (list) list.setAttribute('aria-label', $0);
                };
                select.addEventListener('opened-changed', nameList);
                // The server renders the list again when the items change: name each new one.
                new MutationObserver(nameList).observe(select, {childList: true, subtree: true});
                nameList();
                requestAnimationFrame(nameList);
                """, name);
    }
}
