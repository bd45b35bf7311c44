package org.travelassist.schools;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.travelassist.places.GridReference;
import org.travelassist.places.LatLon;
import org.travelassist.schools.internal.GiasImporter;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ImportReport;

/**
 * The open schools. Reading is open to anyone (the public checker); importing is for officers. Open schools are
 * held in memory, replaced whole after each import, so checks never wait for the database.
 */
@Service
@PreAuthorize("permitAll()")
public class SchoolRegister {

    private final JdbcTemplate jdbc;
    private final GiasImporter importer;
    private volatile List<School> open = List.of();
    private volatile SchoolIndex index = new SchoolIndex(List.of());

    SchoolRegister(JdbcTemplate jdbc, GiasImporter importer) {
        this.jdbc = jdbc;
        this.importer = importer;
    }

    public List<School> openSchools() {
        return open;
    }

    public Optional<School> find(String urn) {
        return open.stream().filter(school -> school.urn().equals(urn)).findFirst();
    }

    /** Schools whose name contains every word typed, shortest names first, for search boxes. */
    public List<School> search(String typed, int limit) {
        String[] words = typed.toLowerCase(Locale.UK).split("\\s+");
        return open.stream()
                .filter(school -> Arrays.stream(words).allMatch(word -> school.name().toLowerCase(Locale.UK).contains(word)))
                .sorted(Comparator.comparing((School school) -> school.name().length()).thenComparing(School::name))
                .limit(limit)
                .toList();
    }

    /**
     * Schools within a straight-line radius, nearest first. A straight line is never longer than a route, so this
     * finds every school that could be within that distance by road or on foot.
     */
    public List<School> within(GridReference from, double metres) {
        return index.within(from, metres);
    }

    @PreAuthorize("hasAnyRole('" + AppRoles.OFFICER + "', '" + AppRoles.SENIOR_OFFICER + "')")
    public ImportReport importGias(String source, InputStream in) {
        return importAtStartUp(source, in);
    }

    /** The same import, for start-up configuration, when nobody is signed in. */
    ImportReport importAtStartUp(String source, InputStream in) {
        ImportReport report = importer.importCsv(source, in);
        reload();
        return report;
    }

    void reload() {
        List<School> schools = List.copyOf(jdbc.query("""
                select urn, name, type_name, phase, low_age, high_age, gender, religious_character, sen_provision,
                       postcode, town, easting, northing, latitude, longitude, qualifying, independent, special, selective
                from school where open order by name
                """, (rs, row) -> new School(rs.getString("urn"), rs.getString("name"), rs.getString("type_name"),
                rs.getString("phase"), rs.getInt("low_age"), rs.getInt("high_age"), rs.getString("gender"),
                rs.getString("religious_character"),
                rs.getString("sen_provision") == null || rs.getString("sen_provision").isEmpty()
                        ? List.of() : List.of(rs.getString("sen_provision").split("\\|")),
                rs.getString("postcode"), rs.getString("town"),
                new GridReference(rs.getInt("easting"), rs.getInt("northing")),
                new LatLon(rs.getDouble("latitude"), rs.getDouble("longitude")),
                rs.getBoolean("qualifying"), rs.getBoolean("independent"), rs.getBoolean("special"), rs.getBoolean("selective"))));
        index = new SchoolIndex(schools);
        open = schools;
    }
}
