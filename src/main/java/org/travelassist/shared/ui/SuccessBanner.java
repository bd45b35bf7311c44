package org.travelassist.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The GOV.UK success notification banner, shown when {@link Flash} carries a message. */
public class SuccessBanner extends Div {

    public SuccessBanner() {
        addClassName("ta-success-banner");
        setId("success-banner");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public void showFlash() {
        removeAll();
        Flash.take().ifPresentOrElse(message -> {
            add(new H2("Success"), new Paragraph(message));
            setVisible(true);
        }, () -> setVisible(false));
    }
}
