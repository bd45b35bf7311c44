package org.travelassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.travelassist.reporting.FigureTable.Column;
import org.travelassist.reporting.FigureTable.Row;

class FigureTableTest {

    private final FigureTable table = new FigureTable("Decisions, 2026 to 2027", "Month",
            List.of(new Column("Received", true), new Column("Share, \"on time\" (%)", false)),
            List.of(new Row("September 2026", Arrays.asList(1204L, new BigDecimal("87.50"))), new Row("October 2026", Arrays.asList(0L, null))),
            List.of("How it was counted."));

    @Test
    void its_csv_parses_back_to_the_same_figures_with_a_header() throws Exception {
        var records = CSVFormat.RFC4180.parse(new StringReader(table.csv())).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList()).containsExactly("Month", "Received", "Share, \"on time\" (%)");
        assertThat(records.get(1).toList()).containsExactly("September 2026", "1204", "87.5");
        assertThat(records.get(2).toList()).containsExactly("October 2026", "0", "");
    }

    @Test
    void figures_are_shown_as_people_read_them() {
        assertThat(FigureTable.shown(1204L)).isEqualTo("1,204");
        assertThat(FigureTable.shown(new BigDecimal("87.50"))).isEqualTo("87.5");
        assertThat(FigureTable.shown(null)).isEqualTo("none");
    }

    @Test
    void amounts_in_pounds_are_shown_with_the_pound_sign_and_written_to_the_csv_with_their_pence() throws Exception {
        var money = new FigureTable("Cost", "Arrangement", List.of(Column.pounds("Cost (£)", true)),
                List.of(new Row("Budgets", List.of(FigureTable.pounds(org.travelassist.shared.Money.ofPence(191520))))), List.of());
        assertThat(money.columns().getFirst().shown(money.rows().getFirst().values().getFirst())).isEqualTo("£1,915.20");
        assertThat(CSVFormat.RFC4180.parse(new StringReader(money.csv())).getRecords().get(1).toList()).containsExactly("Budgets", "1915.20");
    }

    @Test
    void a_row_with_the_wrong_number_of_values_is_refused() {
        assertThatThrownBy(() -> new FigureTable("x", "Month", List.of(new Column("A", true)), List.of(new Row("y", List.of(1L, 2L))), List.of()))
                .hasMessageContaining("2 values for 1 columns");
    }

    @Test
    void the_file_name_says_the_year() {
        assertThat(FigureTable.fileName("decisions", new PolicyYear(java.time.LocalDate.of(2026, 9, 1), java.time.LocalDate.of(2027, 8, 31))))
                .isEqualTo("decisions-2026-to-2027.csv");
    }
}
