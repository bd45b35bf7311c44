package org.travelassist.schools;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.travelassist.places.NationalGrid;
import org.travelassist.shared.RecordChanged;
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
import org.travelassist.security.AppRoles;

/**
 * The open schools. Reading is open to anyone (the public checker); changes are for officers ({@link SchoolImports}
 * for the GIAS file). Open schools are held in memory, replaced whole after each change on any node, so checks never
 * wait for the database.
 */
@Service
@PreAuthorize("permitAll()")
public class SchoolRegister {

    /** The PostgreSQL channel on which a node that changed the register tells the others to reload it. */
    static final String CHANNEL = "school_register";

    /** Tells this node's own notifications from other nodes'. */
    final String node = UUID.randomUUID().toString();

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile List<School> open = List.of();
    private volatile SchoolIndex index = new SchoolIndex(List.of());
    private volatile Map<String, School> byUrn = Map.of();

    SchoolRegister(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public List<School> openSchools() {
        return open;
    }

    public Optional<School> find(String urn) {
        return Optional.ofNullable(byUrn.get(urn));
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

    /** Records a gate; from then on, walking distances to the school run to its nearest gate. */
    @PreAuthorize("hasAnyRole('" + AppRoles.OFFICER + "', '" + AppRoles.SENIOR_OFFICER + "')")
    @Transactional
    public AccessPoint addAccessPoint(String urn, String name, GridReference grid) {
        if (find(urn).isEmpty()) {
            throw new IllegalArgumentException("No open school with URN " + urn);
        }
        if (name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("Name the gate in 100 characters or fewer");
        }
        var point = new AccessPoint(UUID.randomUUID(), name.strip(), grid, NationalGrid.toLatLon(grid));
        jdbc.update("insert into school_access_point (id, urn, name, easting, northing, latitude, longitude, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)",
                point.id(), urn, point.name(), (int) Math.round(grid.easting()), (int) Math.round(grid.northing()),
                point.position().latitude(), point.position().longitude(), Timestamp.from(clock.instant()));
        events.publishEvent(RecordChanged.created("SchoolAccessPoint", point.id(), null, snapshot(urn, point)));
        changedInThisTransaction();
        return point;
    }

    @PreAuthorize("hasAnyRole('" + AppRoles.OFFICER + "', '" + AppRoles.SENIOR_OFFICER + "')")
    @Transactional
    public void removeAccessPoint(String urn, UUID id) {
        var point = find(urn).stream().flatMap(s -> s.accessPoints().stream()).filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No gate " + id + " at school " + urn));
        jdbc.update("delete from school_access_point where id = ?", id);
        events.publishEvent(RecordChanged.deleted("SchoolAccessPoint", id, null, snapshot(urn, point)));
        changedInThisTransaction();
    }

    private static Map<String, @Nullable String> snapshot(String urn, AccessPoint point) {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("urn", urn);
        fields.put("name", point.name());
        fields.put("easting", String.valueOf(Math.round(point.grid().easting())));
        fields.put("northing", String.valueOf(Math.round(point.grid().northing())));
        return fields;
    }

    /**
     * The register's tables changed in the current transaction: when it commits, this node reloads, and every other
     * node hears it on {@link #CHANNEL} (PostgreSQL delivers a NOTIFY only on commit, and never on rollback).
     */
    void changedInThisTransaction() {
        jdbc.query("select pg_notify(?, ?)", rs -> {}, CHANNEL, node);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                reload();
            }
        });
    }

    void reload() {
        Map<String, List<AccessPoint>> gates = new HashMap<>();
        jdbc.query("select id, urn, name, easting, northing, latitude, longitude from school_access_point order by name", rs -> {
            gates.computeIfAbsent(rs.getString("urn"), urn -> new ArrayList<>()).add(new AccessPoint(rs.getObject("id", UUID.class),
                    rs.getString("name"), new GridReference(rs.getInt("easting"), rs.getInt("northing")),
                    new LatLon(rs.getDouble("latitude"), rs.getDouble("longitude"))));
        });
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
                rs.getBoolean("qualifying"), rs.getBoolean("independent"), rs.getBoolean("special"), rs.getBoolean("selective"),
                gates.getOrDefault(rs.getString("urn"), List.of()))));
        index = new SchoolIndex(schools);
        byUrn = schools.stream().collect(Collectors.toUnmodifiableMap(School::urn, school -> school));
        open = schools;
    }
}
