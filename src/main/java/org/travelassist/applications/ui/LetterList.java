package org.travelassist.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import org.travelassist.applications.ApplicationDetails;
import org.travelassist.shared.GovukDates;

/**
 * The letters sent about an application, as PDF downloads: the same list on the family's page and the case page.
 * Each PDF is fetched when clicked, through the service, which checks again who is asking.
 */
class LetterList extends Div {

    /** @param pdf fetches a letter's PDF by application id and letter id */
    LetterList(ApplicationDetails application, BiFunction<UUID, UUID, byte[]> pdf) {
        if (application.letters().isEmpty()) {
            setVisible(false);
            return;
        }
        var list = new OrderedList();
        list.setId("letters");
        list.addClassName("ta-list");
        for (var letter : application.letters()) {
            String name = fileName(letter.title(), String.valueOf(application.reference()));
            var link = new Anchor(DownloadHandler.fromInputStream(download -> {
                byte[] content = pdf.apply(application.id(), letter.id());
                return new DownloadResponse(new ByteArrayInputStream(content), name, "application/pdf", content.length);
            }), letter.title() + " (PDF), " + GovukDates.day(letter.createdAt()));
            link.setId("letter-" + letter.id());
            list.add(new ListItem(link));
        }
        add(new H2("Letters"), list);
    }

    /** The one rule for a letter's file name: "decision-letter-TA-2026-000123.pdf". */
    static String fileName(String title, String reference) {
        return title.strip().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.UK) + "-" + reference + ".pdf";
    }
}
