package org.travelassist.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Collection;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.Offer;

/**
 * On the family's tracker once a decision is made: what help the council offers and what happens next, as the
 * letter says, with the way to the letter. A revised offer after a review or appeal replaces the first decision.
 */
class DecisionHelp extends Div {

    DecisionHelp(ApplicationDetails application) {
        setId("decision-help");
        var revised = application.latestRevisedOffer();
        var decision = application.decision();
        if (decision == null && revised == null) {
            setVisible(false);
            return;
        }
        boolean eligible = revised != null ? revised.eligible() : decision.eligible();
        Collection<Offer> offers = revised != null ? revised.offers() : decision.offers();
        add(new H2(eligible ? "The help " + application.childFirstName() + " will get" : "Why the council said no"));
        if (eligible) {
            var list = new UnorderedList();
            list.addClassName("ta-list");
            offers.stream().sorted().forEach(offer -> list.add(new ListItem(new Span(offer.label + ". "), new Span(offer.whatHappensNext))));
            add(list);
        } else {
            add(new Paragraph("The council decided " + application.childFirstName()
                    + " is not eligible for free travel to this school. The letter gives the reasons, the distances it measured and"
                    + " the schools it considered."));
        }
        var letters = new Anchor("#letters", "the " + (revised != null ? "revised offer" : "decision") + " letter");
        add(new Paragraph(new Span("Read "), letters, new Span(" for the full details.")));
    }
}
