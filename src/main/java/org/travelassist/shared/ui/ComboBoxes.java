package org.travelassist.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;

/** What Vaadin's combo box leaves out for screen readers. */
public final class ComboBoxes {

    private ComboBoxes() {
    }

    /**
     * Names the list of options. Vaadin's list element has role "listbox" and no name of its own, which WCAG 4.1.2
     * requires (axe aria-input-field-name); it gets the field's label.
     */
    public static void nameTheList(ComboBox<?> combo, String name) {
        combo.getElement().executeJs("""
                const combo = this;
                const nameList = () => {
                  const list = combo.querySelector('vaadin-combo-box-scroller');
                  if (list) list.setAttribute('aria-label', $0);
                };
                combo.addEventListener('opened-changed', nameList);
                nameList();
                requestAnimationFrame(nameList);
                """, name);
    }
}
