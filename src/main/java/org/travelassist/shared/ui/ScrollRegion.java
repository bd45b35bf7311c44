package org.travelassist.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A region that scrolls sideways when its content (a wide table) is wider than a phone's screen, and that a
 * keyboard can scroll: it takes the focus (arrow keys then scroll it) and is named for screen readers
 * (axe "scrollable-region-focusable", WCAG 2.1.1).
 */
public class ScrollRegion extends Div {

    public ScrollRegion(String accessibleName, Element content) {
        addClassName("ta-scroll-region");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", accessibleName);
        getElement().appendChild(content);
    }
}
