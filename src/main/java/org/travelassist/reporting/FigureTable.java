package org.travelassist.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.Money;

/**
 * One set of dashboard figures as a table: the single source of its chart, the table beside the chart and its
 * CSV, so the three always say the same.
 *
 * @param caption what the table counts, as its caption and the chart's accessible name
 * @param rowHeading the heading of the first column (the rows' labels): "Month", "Stage"
 * @param columns the figures' columns
 * @param rows one per month or stage, each with a value per column (null where there is nothing to count, such as
 *     an average of no cases)
 * @param countedHow how each figure was counted, in sentences shown under the table
 */
public record FigureTable(String caption, String rowHeading, List<Column> columns, List<Row> rows, List<String> countedHow) {

    /**
     * @param charted whether the chart draws it (counts are; averages and shares are only in the table)
     * @param pounds whether its values are amounts of money in pounds (a {@code BigDecimal} of scale 2, from
     *     {@link #pounds(Money)}): shown as "£1,915.20" and written to the CSV as "1915.20"
     */
    public record Column(String name, boolean charted, boolean pounds) {

        public Column(String name, boolean charted) {
            this(name, charted, false);
        }

        public static Column pounds(String name, boolean charted) {
            return new Column(name, charted, true);
        }

        /** The value as people read it, in this column. */
        public String shown(@Nullable Number value) {
            return pounds && value instanceof BigDecimal amount ? Money.ofPence(amount.movePointRight(2).longValueExact()).formatted()
                    : FigureTable.shown(value);
        }
    }

    /** An amount as a figure of a {@link Column#pounds pounds} column. */
    public static BigDecimal pounds(Money amount) {
        return BigDecimal.valueOf(amount.pence(), 2);
    }

    public record Row(String label, List<@Nullable Number> values) {}

    public FigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        countedHow = List.copyOf(countedHow);
        for (Row row : rows) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException("Row " + row.label() + " has " + row.values().size() + " values for "
                        + columns.size() + " columns");
            }
        }
    }

    /** As people read it: "1,204", "3.5", or "none" for nothing to count. */
    public static String shown(@Nullable Number value) {
        if (value == null) {
            return "none";
        }
        var format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** RFC 4180 CSV with a header row; numbers without thousands separators, nothing counted as an empty cell. */
    public String csv() {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            var header = new ArrayList<String>();
            header.add(rowHeading);
            columns.forEach(column -> header.add(column.name()));
            printer.printRecord(header);
            for (Row row : rows) {
                var cells = new ArrayList<String>();
                cells.add(row.label());
                for (int i = 0; i < columns.size(); i++) {
                    Number value = row.values().get(i);
                    cells.add(value == null ? "" : columns.get(i).pounds() && value instanceof BigDecimal amount
                            ? amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString() : plain(value));
                }
                printer.printRecord(cells);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    private static String plain(Number value) {
        return value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : value.toString();
    }

    /** A file name for its CSV: "decisions-2026-to-2027.csv". */
    public static String fileName(String what, PolicyYear year) {
        return what + "-" + year.label().replace(' ', '-') + ".csv";
    }
}
