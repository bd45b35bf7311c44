package org.travelassist.shared.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** A GOV.UK bulleted list of plain-text items. */
public class BulletList extends UnorderedList {

    public BulletList(String... items) {
        addClassName("ta-list");
        for (String item : items) {
            add(new ListItem(item));
        }
    }
}
