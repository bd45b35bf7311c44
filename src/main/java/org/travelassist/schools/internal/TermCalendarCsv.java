package org.travelassist.schools.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.travelassist.schools.TermCalendarRules;
import org.travelassist.schools.TermPeriod;
import org.travelassist.shared.ImportReport;

/**
 * Reads a term calendar from CSV, as an officer saves it from a spreadsheet: a header {@code kind,from,to,name}, then
 * one period a line. Dates are 2026-09-01 or 01/09/2026; {@code to} may be left empty for a single day. Kinds are
 * term, holiday, training day (or INSET day) and closure. Every line that cannot be read is named with the reason.
 */
public final class TermCalendarCsv {

    public static final String HEADER = "kind,from,to,name";
    /** A year's calendar is a few dozen lines; anything much larger is not a term calendar. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final List<String> COLUMNS = List.of("kind", "from", "to", "name");
    private static final CSVFormat LINE = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** The periods read and the lines that could not be; a problem on line 0 concerns the file as a whole. */
    public record Parsed(List<TermCalendarRules.Row> rows, List<ImportReport.Problem> problems) {}

    private TermCalendarCsv() {}

    public static Parsed parse(InputStream in) {
        var rows = new ArrayList<TermCalendarRules.Row>();
        var problems = new ArrayList<ImportReport.Problem>();
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            return new Parsed(List.of(), List.of(new ImportReport.Problem(0, "The file is larger than " + MAX_BYTES / 1024
                    + " KB: a term calendar is one line a period")));
        }
        try (var reader = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            String headerLine = reader.readLine();
            while (headerLine != null && headerLine.isBlank()) {
                headerLine = reader.readLine();
            }
            if (headerLine == null) {
                return new Parsed(List.of(), List.of(new ImportReport.Problem(0, "The file is empty")));
            }
            Map<String, Integer> columns = header(headerLine.replace("\uFEFF", ""));
            List<String> missing = COLUMNS.stream().filter(name -> !columns.containsKey(name)).toList();
            if (!missing.isEmpty()) {
                return new Parsed(List.of(), List.of(new ImportReport.Problem(1, "The first line must name the columns "
                        + HEADER + "; it has no column " + String.join(", ", missing))));
            }
            long lineNumber = 1;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.replace(",", "").isBlank()) {
                    continue; // spreadsheets save empty rows as commas
                }
                TermPeriod period = period(line, lineNumber, columns, problems);
                if (period != null) {
                    rows.add(new TermCalendarRules.Row(lineNumber, period));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Parsed(rows, problems);
    }

    private static @Nullable TermPeriod period(String line, long lineNumber, Map<String, Integer> columns, List<ImportReport.Problem> problems) {
        CSVRecord record;
        try (var parser = LINE.parse(new StringReader(line))) {
            var records = parser.getRecords();
            if (records.size() != 1) {
                throw new IllegalStateException("not one record");
            }
            record = records.getFirst();
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            problems.add(new ImportReport.Problem(lineNumber, "The line cannot be read as CSV (an unclosed quote?)"));
            return null;
        }
        String kindText = get(record, columns, "kind");
        String fromText = get(record, columns, "from");
        String toText = get(record, columns, "to");
        String name = get(record, columns, "name");
        var kind = TermPeriod.Kind.parse(kindText);
        if (kind.isEmpty()) {
            problems.add(new ImportReport.Problem(lineNumber, "\"" + kindText + "\" is not a kind of period: write term, holiday, training day or closure"));
            return null;
        }
        LocalDate from = date(fromText);
        if (from == null) {
            problems.add(new ImportReport.Problem(lineNumber, fromText.isEmpty() ? "Enter the first day in the column \"from\""
                    : "\"" + fromText + "\" is not a date: write it like 2026-09-01 or 01/09/2026"));
            return null;
        }
        LocalDate to = toText.isEmpty() ? from : date(toText);
        if (to == null) {
            problems.add(new ImportReport.Problem(lineNumber, "\"" + toText + "\" is not a date: write it like 2026-09-01 or 01/09/2026"));
            return null;
        }
        return new TermPeriod(kind.get(), name, from, to);
    }

    private static @Nullable LocalDate date(String text) {
        for (DateTimeFormatter format : List.of(ISO, UK)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        return null;
    }

    private static String get(CSVRecord record, Map<String, Integer> columns, String column) {
        int index = columns.get(column);
        return index < record.size() ? record.get(index).strip() : "";
    }

    private static Map<String, Integer> header(String line) {
        var columns = new HashMap<String, Integer>();
        String[] names = line.split(",", -1);
        for (int i = 0; i < names.length; i++) {
            columns.putIfAbsent(names[i].strip().replace("\"", "").toLowerCase(Locale.UK), i);
        }
        return columns;
    }

    /** The calendar as CSV again, for an officer to download, correct and upload. */
    public static String write(List<TermPeriod> periods) {
        var out = new StringBuilder(HEADER).append('\n');
        for (TermPeriod period : periods) {
            out.append(period.kind().label().toLowerCase(Locale.UK)).append(',').append(period.firstDay()).append(',')
                    .append(period.lastDay()).append(',').append(LINE.format(period.name())).append('\n');
        }
        return out.toString();
    }
}
