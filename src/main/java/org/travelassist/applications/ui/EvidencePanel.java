package org.travelassist.applications.ui;

import static org.travelassist.applications.ui.CaseSteps.section;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.applications.Casework;

/** The evidence the family sent, each file viewed in the page, re-checked on the server when it is fetched. */
class EvidencePanel extends Div {

    EvidencePanel(ApplicationDetails details, Casework casework) {
        var list = new UnorderedList();
        list.setId("evidence");
        var viewer = new Div();
        viewer.setId("evidence-viewer");
        for (var file : details.evidence()) {
            var view = new Button("View " + file.fileName(), click -> {
                viewer.removeAll();
                var handler = DownloadHandler.fromInputStream(download -> {
                    var stored = casework.evidence(details.id(), file.id());
                    return new DownloadResponse(new ByteArrayInputStream(stored.content()), stored.fileName(), stored.mediaType(),
                            stored.content().length);
                }).inline();
                Component shown = file.mediaType().startsWith("image/") ? new Image(handler, file.fileName()) : new IFrame(handler);
                shown.addClassName("ta-evidence-viewer");
                shown.getElement().setAttribute("title", file.fileName());
                viewer.add(shown);
            });
            view.addClassNames("ta-link-button", "ta-link-button--in-page");
            list.add(new ListItem(view, new Span(" " + Files.size(file.sizeBytes()) + ", "
                    + ("NOT_SCANNED".equals(file.scanResult()) ? "not scanned for viruses" : "scanned: no virus found"))));
        }
        if (details.evidence().isEmpty()) {
            list.add(new ListItem("No evidence was sent."));
        }
        add(section("Evidence", list, viewer));
    }
}
