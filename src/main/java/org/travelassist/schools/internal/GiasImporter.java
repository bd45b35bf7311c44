package org.travelassist.schools.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.places.GridReference;
import org.travelassist.places.NationalGrid;
import org.travelassist.shared.ImportReport;
import org.travelassist.shared.ImportReport.Problem;

/**
 * Imports the GIAS establishment CSV as the DfE publishes it: Windows-1252, a header row naming the columns (the
 * 2021 and 2026 layouts differ, so columns are found by name), about 50,000 rows, streamed a line at a time.
 * Open schools are kept; a row that cannot be used is reported with its line number and the rest import. A school
 * seen again is updated by URN, and a school the file no longer lists as open is closed.
 */
@Component
public class GiasImporter {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final List<String> REQUIRED = List.of("URN", "EstablishmentName", "TypeOfEstablishment (name)", "EstablishmentStatus (name)", "Easting", "Northing");

    private static final Logger log = LoggerFactory.getLogger(GiasImporter.class);
    private static final CSVFormat LINE = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    GiasImporter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public ImportReport importCsv(String source, InputStream in) {
        long started = System.nanoTime();
        var problems = new ArrayList<Problem>();
        var open = new HashSet<String>();
        var batch = new ArrayList<Object[]>();
        int imported = 0;
        try (var reader = new BufferedReader(new InputStreamReader(in, WINDOWS_1252))) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                return new ImportReport(source, 0, 0, List.of(new Problem(1, "The file is empty")));
            }
            Map<String, Integer> columns = columns(parse(headerLine.replace("\uFEFF", "")));
            List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
            if (!missing.isEmpty()) {
                return new ImportReport(source, 0, 0, List.of(new Problem(1, "Not a GIAS establishment file: no column " + missing)));
            }
            long lineNumber = 1;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Object[] row = row(line, lineNumber, columns, problems);
                if (row != null) {
                    open.add((String) row[0]);
                    batch.add(row);
                    imported++;
                    if (batch.size() == BATCH) {
                        upsert(batch);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        upsert(batch);
        int closed = closeSchoolsNoLongerOpen(open);
        log.info("Imported {} open schools from {} in {} ms ({} rows not used, {} schools closed)", imported, source,
                (System.nanoTime() - started) / 1_000_000, problems.size(), closed);
        return new ImportReport(source, imported, problems.size(), problems);
    }

    private Object @Nullable [] row(String line, long lineNumber, Map<String, Integer> columns, List<Problem> problems) {
        CSVRecord record;
        try {
            record = parse(line);
        } catch (IllegalStateException | UncheckedIOException e) {
            problems.add(new Problem(lineNumber, "The row cannot be read as CSV (an unclosed quote?)"));
            return null;
        }
        if (record.size() != columns.size()) {
            problems.add(new Problem(lineNumber, "The row has " + record.size() + " fields; the header has " + columns.size()));
            return null;
        }
        String status = get(record, columns, "EstablishmentStatus (name)");
        if (!GiasClassification.OPEN_STATUSES.contains(status)) {
            return null; // closed or proposed: the register keeps open schools only
        }
        String urn = get(record, columns, "URN");
        String name = get(record, columns, "EstablishmentName");
        if (!urn.matches("\\d{5,8}")) {
            problems.add(new Problem(lineNumber, "No valid URN: '" + urn + "'"));
            return null;
        }
        if (name.isBlank()) {
            problems.add(new Problem(lineNumber, "URN " + urn + " has no name"));
            return null;
        }
        String nameProblem = nameProblem(name);
        if (nameProblem != null) {
            problems.add(new Problem(lineNumber, "URN " + urn + " " + nameProblem + ": check the file"));
            return null;
        }
        Integer easting = integer(get(record, columns, "Easting"));
        Integer northing = integer(get(record, columns, "Northing"));
        if (easting == null || northing == null || easting <= 0 || northing <= 0) {
            problems.add(new Problem(lineNumber, "URN " + urn + " (" + name + ") has no grid reference, so it cannot be placed on the map"));
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
        return new Object[] {urn, name, type, typeGroup, status, get(record, columns, "PhaseOfEducation (name)"),
                integerOrZero(get(record, columns, "StatutoryLowAge")), integerOrZero(get(record, columns, "StatutoryHighAge")),
                orDefault(get(record, columns, "Gender (name)"), "Mixed"), get(record, columns, "AdmissionsPolicy (name)"),
                religion.isBlank() || "Does not apply".equals(religion) || "None".equals(religion) ? null : religion,
                String.join("|", sen), get(record, columns, "Postcode"), get(record, columns, "Town"), get(record, columns, "LA (name)"),
                easting, northing, position.latitude(), position.longitude(),
                GiasClassification.qualifying(type), GiasClassification.independent(type, typeGroup), GiasClassification.special(type),
                "Selective".equals(get(record, columns, "AdmissionsPolicy (name)")), Timestamp.from(clock.instant())};
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

    private void upsert(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into school (urn, name, type_name, type_group, status, phase, low_age, high_age, gender,
                    admissions_policy, religious_character, sen_provision, postcode, town, la_name, easting, northing,
                    latitude, longitude, qualifying, independent, special, selective, open, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)
                on conflict (urn) do update set name = excluded.name, type_name = excluded.type_name,
                    type_group = excluded.type_group, status = excluded.status, phase = excluded.phase,
                    low_age = excluded.low_age, high_age = excluded.high_age, gender = excluded.gender,
                    admissions_policy = excluded.admissions_policy, religious_character = excluded.religious_character,
                    sen_provision = excluded.sen_provision, postcode = excluded.postcode, town = excluded.town,
                    la_name = excluded.la_name, easting = excluded.easting, northing = excluded.northing,
                    latitude = excluded.latitude, longitude = excluded.longitude, qualifying = excluded.qualifying,
                    independent = excluded.independent, special = excluded.special, selective = excluded.selective,
                    open = true, updated_at = excluded.updated_at
                """, batch);
        batch.clear();
    }

    private int closeSchoolsNoLongerOpen(Set<String> open) {
        return jdbc.update("update school set open = false, updated_at = ? where open and not (urn = any (?))",
                Timestamp.from(clock.instant()), open.toArray(String[]::new));
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
