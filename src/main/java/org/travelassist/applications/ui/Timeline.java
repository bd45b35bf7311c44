package org.travelassist.applications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.shared.GovukDates;

/** What has happened to an application, newest first: the same list for the family and, with staff notes, officers. */
class Timeline extends Div {

    Timeline(ApplicationDetails application) {
        var list = new OrderedList();
        list.setId("timeline");
        list.addClassName("ta-timeline");
        application.timeline().reversed().forEach(event -> {
            var item = new ListItem();
            var title = new Span(event.title() + (event.forFamily() ? "" : " (staff only)"));
            title.addClassName("ta-timeline__title");
            item.add(title, new Paragraph(GovukDates.at(event.at()) + (event.by() == null ? "" : " by " + event.by())));
            if (event.detail() != null) {
                var detail = new Paragraph(event.detail());
                detail.getStyle().set("white-space", "pre-line");
                item.add(detail);
            }
            list.add(item);
        });
        add(new H2("What has happened"), list);
    }
}
