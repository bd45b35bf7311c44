package org.travelassist.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.travelassist.applications.DecisionFollowUps;

/** What other modules have done since the decision (a budget offer, a mileage allowance), each with a link to it. */
class FollowUpsPanel extends Div {

    FollowUpsPanel(ObjectProvider<DecisionFollowUps> providers, UUID applicationId, DecisionFollowUps.Viewer viewer) {
        List<DecisionFollowUps.FollowUp> followUps = providers.orderedStream()
                .flatMap(provider -> provider.forApplication(applicationId, viewer).stream()).toList();
        setId("follow-ups");
        setVisible(!followUps.isEmpty());
        if (followUps.isEmpty()) {
            return;
        }
        add(new H2("Since the decision"));
        for (var followUp : followUps) {
            var link = new Anchor(followUp.path(), followUp.linkText());
            var item = new Div(new H3(followUp.title()), new Paragraph(followUp.state()), new Paragraph(link));
            item.addClassName("ta-inset");
            add(item);
        }
    }
}
