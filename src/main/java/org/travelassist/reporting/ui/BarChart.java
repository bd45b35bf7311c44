package org.travelassist.reporting.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.travelassist.reporting.FigureTable;

/**
 * A bar chart of a table's charted columns, drawn by Chart.js (MIT licence) in a small web component. It is for
 * looking only: the same figures are in the table beside it, so it is one image named by the table's caption.
 */
@Tag("ta-bar-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./components/ta-bar-chart.js")
class BarChart extends HtmlComponent {

    record Series(String name, List<Number> values) {}

    record ChartData(List<String> labels, List<Series> series) {}

    BarChart(FigureTable table) {
        addClassName("ta-bar-chart");
        getElement().setAttribute("chart-label", "Chart: " + table.caption() + ". The same figures are in the table that follows.");
        getElement().setPropertyBean("data", data(table));
    }

    static ChartData data(FigureTable table) {
        var series = new ArrayList<Series>();
        IntStream.range(0, table.columns().size()).filter(i -> table.columns().get(i).charted()).forEach(i -> series.add(
                new Series(table.columns().get(i).name(), table.rows().stream()
                        .map(row -> row.values().get(i) == null ? (Number) 0 : row.values().get(i)).toList())));
        return new ChartData(table.rows().stream().map(FigureTable.Row::label).toList(), series);
    }
}
