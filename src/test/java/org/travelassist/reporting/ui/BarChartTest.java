package org.travelassist.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.travelassist.reporting.FigureTable;
import org.travelassist.reporting.FigureTable.Column;
import org.travelassist.reporting.FigureTable.Row;

class BarChartTest {

    @Test
    void the_chart_draws_the_tables_charted_columns_with_the_same_figures_and_nothing_counted_as_zero() {
        var table = new FigureTable("Reviews", "Stage", List.of(new Column("Asked for", true), new Column("Average days", false),
                new Column("Decided", true)),
                List.of(new Row("Stage 1 reviews", Arrays.asList(4L, new BigDecimal("3.5"), 2L)), new Row("Stage 2 appeals", Arrays.asList(0L, null, 0L))),
                List.of());
        var data = BarChart.data(table);
        assertThat(data.labels()).containsExactly("Stage 1 reviews", "Stage 2 appeals");
        assertThat(data.series()).extracting(BarChart.Series::name).containsExactly("Asked for", "Decided");
        assertThat(data.series().get(0).values()).containsExactly(4L, 0L);
        assertThat(data.series().get(1).values()).containsExactly(2L, 0L);
    }
}
