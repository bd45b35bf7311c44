package org.travelassist.places.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.places.GridReference;
import org.travelassist.places.NationalGrid;
import org.travelassist.shared.ImportReport;
import org.travelassist.shared.ImportReport.Problem;
import org.travelassist.shared.Postcode;

/**
 * Reads postcode centroids: OS Code-Point Open as published (no header row; postcode, quality, easting, northing,
 * ..., district in fixed places), or any CSV whose header names those columns. Rows that cannot be used are
 * reported by line and the rest imported; a postcode seen again is updated.
 */
@Component
public class PostcodeImporter {

    private static final int BATCH = 1000;
    /** A GSS code, such as E06000017 (Rutland): what {@code postcode.district_code} holds. */
    private static final int DISTRICT_CODE_LENGTH = 9;
    /** Code-Point Open's column positions. */
    private static final Map<String, Integer> CODE_POINT = Map.of("postcode", 0, "quality", 1, "easting", 2, "northing", 3, "district", 8);
    private static final Map<String, List<String>> HEADER_NAMES = Map.of(
            "postcode", List.of("postcode", "pc", "pcd", "pcds"),
            "quality", List.of("positional_quality_indicator", "positional_quality", "pq", "osgrdind"),
            "easting", List.of("eastings", "easting", "ea", "oseast1m"),
            "northing", List.of("northings", "northing", "no", "osnrth1m"),
            "district", List.of("admin_district_code", "dc", "oslaua"));

    private final JdbcTemplate jdbc;

    PostcodeImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public ImportReport importCsv(String source, Reader reader) {
        var problems = new ArrayList<Problem>();
        var batch = new ArrayList<Object[]>();
        int imported = 0;
        Map<String, Integer> columns = null;
        try (var parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = Postcode.parse(record.get(0)).isPresent() ? CODE_POINT : headerColumns(record);
                    if (columns != CODE_POINT) {
                        if (columns.size() < 3) {
                            return new ImportReport(source, 0, 1, List.of(new Problem(line,
                                    "The header names no postcode, easting and northing columns: " + record)));
                        }
                        continue;
                    }
                }
                Object[] row = row(record, columns, line, problems);
                if (row != null) {
                    batch.add(row);
                    imported++;
                }
                if (batch.size() == BATCH) {
                    upsert(batch);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new Problem(-1, "The file could not be read to the end: " + e.getMessage()));
        }
        upsert(batch);
        return new ImportReport(source, imported, problems.size(), problems);
    }

    private static Map<String, Integer> headerColumns(CSVRecord header) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.UK);
            int index = i;
            HEADER_NAMES.forEach((column, names) -> {
                if (names.contains(name)) {
                    columns.putIfAbsent(column, index);
                }
            });
        }
        return columns.containsKey("postcode") && columns.containsKey("easting") && columns.containsKey("northing") ? columns : Map.of();
    }

    private static Object @Nullable [] row(CSVRecord record, Map<String, Integer> columns, long line, List<Problem> problems) {
        String typed = field(record, columns, "postcode");
        var postcode = typed == null ? java.util.Optional.<Postcode>empty() : Postcode.parse(typed);
        if (postcode.isEmpty()) {
            problems.add(new Problem(line, "Not a postcode: '" + typed + "'"));
            return null;
        }
        Integer easting = integer(field(record, columns, "easting"));
        Integer northing = integer(field(record, columns, "northing"));
        if (easting == null || northing == null || easting <= 0 || easting >= 700_000 || northing <= 0 || northing >= 1_300_000) {
            problems.add(new Problem(line, postcode.get() + " has no usable grid reference"));
            return null;
        }
        String district = field(record, columns, "district");
        if (district != null && (district.length() > DISTRICT_CODE_LENGTH || district.chars().anyMatch(Character::isISOControl))) {
            // Found by HostileImportsIT: one such row used to fail the whole import (the column holds 9 characters).
            problems.add(new Problem(line, postcode.get() + " has a district code that is not one (a GSS code has 9 characters)"));
            return null;
        }
        Integer quality = integer(field(record, columns, "quality"));
        var position = NationalGrid.toLatLon(new GridReference(easting, northing));
        return new Object[] {postcode.get().value(), easting, northing, position.latitude(), position.longitude(),
                quality == null || quality < 0 || quality > 100 ? 0 : quality, district}; // 0: unknown, as when unreadable
    }

    private static @Nullable String field(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? null : record.get(index).strip();
    }

    private static @Nullable Integer integer(@Nullable String value) {
        try {
            return value == null || value.isEmpty() ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void upsert(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into postcode (postcode, easting, northing, latitude, longitude, positional_quality, district_code)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (postcode) do update set easting = excluded.easting, northing = excluded.northing,
                    latitude = excluded.latitude, longitude = excluded.longitude,
                    positional_quality = excluded.positional_quality, district_code = excluded.district_code
                """, batch);
        batch.clear();
    }
}
