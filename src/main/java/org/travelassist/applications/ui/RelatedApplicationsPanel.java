package org.travelassist.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.travelassist.applications.RelatedApplications;
import org.travelassist.shared.GovukDates;

/** The child's other applications on the case page, and why this one is new when the family had to say. */
class RelatedApplicationsPanel extends Div {

    RelatedApplicationsPanel(RelatedApplications related) {
        setId("related-applications");
        if (related.others().isEmpty() && related.reasonLine() == null) {
            setVisible(false);
            return;
        }
        add(new H2("Other applications for this child"));
        if (related.reasonLine() != null) {
            var why = new Paragraph("Why this is a new application: " + related.reasonLine());
            why.setId("new-reason");
            why.addClassName("ta-inset");
            add(why);
        }
        if (related.others().isEmpty()) {
            return;
        }
        var table = new NativeTable();
        table.addClassName("ta-table");
        var head = new NativeTableRow(new NativeTableHeaderCell("Reference"), new NativeTableHeaderCell("School"),
                new NativeTableHeaderCell("Status"), new NativeTableHeaderCell("Decided"));
        var body = new NativeTableBody();
        for (var other : related.others()) {
            var row = new NativeTableRow(new NativeTableCell(new Anchor("officer/applications/" + other.id(), String.valueOf(other.reference()))),
                    new NativeTableCell(other.schoolName() == null ? "Not chosen" : other.schoolName()),
                    new NativeTableCell(other.status().label),
                    new NativeTableCell(other.decidedOn() == null ? "Not yet" : GovukDates.day(other.decidedOn())));
            row.setId("related-" + other.id());
            body.add(row);
        }
        table.add(new NativeTableHeader(head), body);
        var scroll = new Div(table);
        scroll.addClassName("ta-table-wrapper");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("aria-label", "Other applications for this child");
        scroll.getElement().setAttribute("role", "region");
        add(scroll);
    }
}
