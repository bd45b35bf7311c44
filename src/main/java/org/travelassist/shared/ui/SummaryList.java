package org.travelassist.shared.ui;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.html.DescriptionList;

/** The GOV.UK summary list: a key and a value per row. */
public class SummaryList extends DescriptionList {

    public SummaryList() {
        addClassName("ta-summary-list");
    }

    public SummaryList row(String key, String value) {
        var row = new Element("div");
        row.getClassList().add("ta-summary-list__row");
        row.appendChild(new Element("dt").setText(key), new Element("dd").setText(value));
        getElement().appendChild(row);
        return this;
    }
}
