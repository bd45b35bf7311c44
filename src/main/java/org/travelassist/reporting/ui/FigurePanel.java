package org.travelassist.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.travelassist.reporting.FigureTable;
import org.travelassist.shared.ui.ScrollRegion;

/**
 * One dashboard figure: its chart, the same figures as a table beside it (for screen readers and for reading),
 * how they were counted, and a CSV download. The CSV is counted again when clicked, through the service, which
 * checks again who is asking.
 */
class FigurePanel extends Div {

    /**
     * @param id a stable id for tests and the CSV's file name: "decisions"
     * @param figures counts the figures (again) with the page's current filters
     */
    FigurePanel(String id, String heading, FigureTable table, Supplier<FigureTable> figures, String fileName) {
        setId(id);
        addClassName("ta-figure");
        var title = new H2(heading);
        var chart = new BarChart(table);
        chart.setId(id + "-chart");
        var csv = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] content = figures.get().csv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, "text/csv; charset=UTF-8", content.length);
        }), "Download these figures (CSV)");
        csv.setId(id + "-csv");
        var how = new Div();
        how.addClassName("ta-counted-how");
        table.countedHow().forEach(sentence -> how.add(new Paragraph(sentence)));
        var figuresSide = new Div(new ScrollRegion(table.caption(), table(table)), csv);
        figuresSide.addClassName("ta-figure__table");
        var body = new Div(chart, figuresSide);
        body.addClassName("ta-figure__body");
        add(title, body, how);
    }

    static Element table(FigureTable figures) {
        var table = new Element("table");
        table.getClassList().add("ta-table");
        table.appendChild(new Element("caption").setText(figures.caption()));
        var head = new Element("tr");
        head.appendChild(new Element("th").setAttribute("scope", "col").setText(figures.rowHeading()));
        figures.columns().forEach(column -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(column.name())));
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (var row : figures.rows()) {
            var line = new Element("tr");
            line.appendChild(new Element("th").setAttribute("scope", "row").setText(row.label()));
            for (int i = 0; i < figures.columns().size(); i++) {
                line.appendChild(new Element("td").setText(figures.columns().get(i).shown(row.values().get(i))));
            }
            body.appendChild(line);
        }
        return table.appendChild(body);
    }
}
