package org.travelassist.schools.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.travelassist.places.GridReference;
import org.travelassist.places.NationalGrid;
import org.travelassist.schools.SchoolImport.RefusedRow;

/**
 * Reads the GIAS establishment CSV as the DfE publishes it: Windows-1252, a header row naming the columns (the
 * 2021 and 2026 layouts differ, so columns are found by name), about 50,000 rows, streamed a line at a time.
 * Open schools' rows are staged for an import ({@code school_import_row}); nothing in the register changes
 * here. A row that cannot be used is refused with its line number and, when it can be read, its URN.
 */
@Component
public class GiasImporter {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final String URN = "\\d{5,8}";
    static final List<String> REQUIRED = List.of("URN", "EstablishmentName", "TypeOfEstablishment (name)", "EstablishmentStatus (name)", "Easting", "Northing");

    private static final CSVFormat LINE = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    GiasImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What a file held: the rows read, the open schools staged, the rows refused, and a problem with the file as a
     * whole (empty, or not a GIAS file), or null.
     */
    public record ParsedFile(long rowsRead, int staged, List<RefusedRow> refused, @Nullable String fileProblem) {}

    /** Stages the file's open schools under the import; reads the stream to its end. */
    public ParsedFile stage(UUID importId, InputStream in) {
        var refused = new ArrayList<RefusedRow>();
        var firstLineOf = new HashMap<String, Long>();
        var batch = new ArrayList<Object[]>();
        long rowsRead = 0;
        try (var reader = new BufferedReader(new InputStreamReader(in, WINDOWS_1252))) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                return new ParsedFile(0, 0, List.of(), "The file is empty");
            }
            Map<String, Integer> columns = header(headerLine.replace("\uFEFF", ""));
            List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
            if (!missing.isEmpty()) {
                in.transferTo(OutputStream.nullOutputStream()); // the whole file counts towards its size and SHA-256
                return new ParsedFile(0, 0, List.of(), "Not a GIAS establishment file: no column " + missing);
            }
            long lineNumber = 1;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                rowsRead++;
                Object[] row = row(line, lineNumber, columns, refused);
                if (row == null) {
                    continue;
                }
                String urn = (String) row[2];
                Long first = firstLineOf.putIfAbsent(urn, lineNumber);
                if (first != null) {
                    refused.add(new RefusedRow(lineNumber, urn, "URN " + urn + " is listed again (first on line " + first + ")"));
                    continue;
                }
                row[0] = importId;
                batch.add(row);
                if (batch.size() == BATCH) {
                    insert(batch);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        insert(batch);
        return new ParsedFile(rowsRead, firstLineOf.size(), refused, null);
    }

    /** The row's values in {@code school_import_row}'s column order (the import id first, filled in later), or null. */
    private Object @Nullable [] row(String line, long lineNumber, Map<String, Integer> columns, List<RefusedRow> refused) {
        CSVRecord record;
        try {
            record = parse(line);
        } catch (IllegalStateException | UncheckedIOException e) {
            refused.add(new RefusedRow(lineNumber, urnAtStart(line, columns), "The row cannot be read as CSV (an unclosed quote?)"));
            return null;
        }
        if (record.size() != columns.size()) {
            String urn = columns.get("URN") < record.size() ? record.get(columns.get("URN")).strip() : "";
            refused.add(new RefusedRow(lineNumber, urn.matches(URN) ? urn : null,
                    "The row has " + record.size() + " fields; the header has " + columns.size()));
            return null;
        }
        String status = get(record, columns, "EstablishmentStatus (name)");
        if (!GiasClassification.OPEN_STATUSES.contains(status)) {
            return null; // closed or proposed: the register keeps open schools only
        }
        String urn = get(record, columns, "URN");
        String name = get(record, columns, "EstablishmentName");
        if (!urn.matches(URN)) {
            refused.add(new RefusedRow(lineNumber, null, "No valid URN: '" + urn + "'"));
            return null;
        }
        if (name.isBlank()) {
            refused.add(new RefusedRow(lineNumber, urn, "URN " + urn + " has no name"));
            return null;
        }
        String nameProblem = nameProblem(name);
        if (nameProblem != null) {
            refused.add(new RefusedRow(lineNumber, urn, "URN " + urn + " " + nameProblem + ": check the file"));
            return null;
        }
        Integer easting = integer(get(record, columns, "Easting"));
        Integer northing = integer(get(record, columns, "Northing"));
        if (easting == null || northing == null || easting <= 0 || northing <= 0) {
            refused.add(new RefusedRow(lineNumber, urn, "URN " + urn + " (" + name + ") has no grid reference, so it cannot be placed on the map"));
            return null;
        }
        String type = get(record, columns, "TypeOfEstablishment (name)");
        String typeGroup = get(record, columns, "EstablishmentTypeGroup (name)");
        var position = NationalGrid.toLatLon(new GridReference(easting, northing));
        var sen = new ArrayList<String>();
        for (int i = 1; i <= 13; i++) {
            String need = get(record, columns, "SEN" + i + " (name)");
            if (!need.isBlank()) {
                sen.add(need);
            }
        }
        String religion = get(record, columns, "ReligiousCharacter (name)");
        Object[] values = new Object[] {null, lineNumber, urn, name, type, typeGroup, status, get(record, columns, "PhaseOfEducation (name)"),
                integerOrZero(get(record, columns, "StatutoryLowAge")), integerOrZero(get(record, columns, "StatutoryHighAge")),
                orDefault(get(record, columns, "Gender (name)"), "Mixed"), get(record, columns, "AdmissionsPolicy (name)"),
                religion.isBlank() || "Does not apply".equals(religion) || "None".equals(religion) ? null : religion,
                String.join("|", sen), get(record, columns, "Postcode"), get(record, columns, "Town"), get(record, columns, "LA (name)"),
                easting, northing, position.latitude(), position.longitude(),
                GiasClassification.qualifying(type), GiasClassification.independent(type, typeGroup), GiasClassification.special(type),
                "Selective".equals(get(record, columns, "AdmissionsPolicy (name)"))};
        String problem = storageProblem(values);
        if (problem != null) {
            refused.add(new RefusedRow(lineNumber, urn, "URN " + urn + " (" + name + ") " + problem + ": check the file"));
            return null;
        }
        return values;
    }

    /** The file's column for each value of a row, in {@code school_import_row}'s order, and the width it is stored in. */
    private static final String[] STORED_AS = {null, null, "URN", "EstablishmentName", "TypeOfEstablishment (name)",
            "EstablishmentTypeGroup (name)", "EstablishmentStatus (name)", "PhaseOfEducation (name)", "StatutoryLowAge",
            "StatutoryHighAge", "Gender (name)", "AdmissionsPolicy (name)", "ReligiousCharacter (name)", "SEN1 to SEN13 (name)",
            "Postcode", "Town", "LA (name)"};
    private static final int AGE = -1;
    private static final int[] WIDTHS = {0, 0, 10, 200, 100, 100, 60, 60, AGE, AGE, 20, 60, 100, 2000, 10, 100, 100};

    /**
     * Why a row's values cannot be stored as they are, or null: a value longer than its column, an age that is not
     * one, or a NUL character (PostgreSQL's text holds none). Such a row is refused with the column named, like any
     * other broken row, instead of failing the whole upload (found by {@code HostileImportsIT}).
     */
    static @Nullable String storageProblem(Object[] values) {
        for (int i = 2; i < WIDTHS.length; i++) {
            if (WIDTHS[i] == AGE) {
                int age = (Integer) values[i];
                if (age < 0 || age > 99) {
                    return "has " + STORED_AS[i] + " " + age + ", which is not an age";
                }
            } else if (values[i] instanceof String text) {
                if (text.indexOf(0) >= 0) {
                    return "has a NUL character in " + STORED_AS[i];
                }
                if (text.length() > WIDTHS[i]) {
                    return "has " + STORED_AS[i] + " longer than " + WIDTHS[i] + " characters";
                }
            }
        }
        return null;
    }

    /** For a row that is not valid CSV: its URN if the fields up to the URN column still split cleanly. */
    private static @Nullable String urnAtStart(String line, Map<String, Integer> columns) {
        String[] fields = line.split(",", -1);
        int at = columns.get("URN");
        return at < fields.length && fields[at].strip().matches(URN) ? fields[at].strip() : null;
    }

    /**
     * Why a name cannot be a school's, or null. Names are shown on public pages and in letters: a control character
     * (Word pastes U+000B) breaks a letter's XML, and no school is named with angle brackets, which would be markup.
     */
    static @Nullable String nameProblem(String name) {
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return "has a control character in its name";
        }
        if (name.indexOf('<') >= 0 || name.indexOf('>') >= 0) {
            return "has < or > in its name, which looks like markup";
        }
        return null;
    }

    private void insert(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into school_import_row (import_id, line, urn, name, type_name, type_group, status, phase, low_age,
                    high_age, gender, admissions_policy, religious_character, sen_provision, postcode, town, la_name,
                    easting, northing, latitude, longitude, qualifying, independent, special, selective)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, batch);
        batch.clear();
    }

    private static CSVRecord parse(String line) {
        try (var parser = LINE.parse(new java.io.StringReader(line))) {
            var records = parser.getRecords();
            if (records.size() != 1) {
                throw new IllegalStateException("Expected one record, found " + records.size());
            }
            return records.getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header's columns by name; none when the first line is blank or not CSV. */
    private static Map<String, Integer> header(String line) {
        try {
            return line.isBlank() ? Map.of() : columns(parse(line));
        } catch (IllegalStateException | UncheckedIOException e) {
            return Map.of();
        }
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip(), i);
        }
        return columns;
    }

    private static String get(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? "" : record.get(index).strip();
    }

    private static @Nullable Integer integer(String value) {
        try {
            return value.isEmpty() ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int integerOrZero(String value) {
        Integer parsed = integer(value);
        return parsed == null ? 0 : parsed;
    }

    private static String orDefault(String value, String otherwise) {
        return value.isBlank() ? otherwise : value;
    }
}
