package org.travelassist.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The frame of the footer pages (accessibility, privacy, cookies, contact): a heading and plain sections. */
abstract class InformationPage extends Div {

    InformationPage(String heading, String id) {
        addClassName("ta-narrow");
        var h1 = new H1(heading);
        h1.setId(id);
        add(h1);
    }

    void section(String heading, Component... content) {
        add(new H2(heading));
        add(content);
    }

    static Paragraph text(String text) {
        return new Paragraph(text);
    }

    /** A paragraph with a link in it: "text before", the link, "text after". */
    static Paragraph textWithLink(String before, String href, String linkText, String after) {
        var link = new Anchor(href, linkText);
        var paragraph = new Paragraph();
        paragraph.add(before);
        paragraph.add(link);
        paragraph.add(after);
        return paragraph;
    }
}
