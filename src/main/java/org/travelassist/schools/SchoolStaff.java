package org.travelassist.schools;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.security.AppRoles;
import org.travelassist.security.AppUser;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.AccessRefused;
import org.travelassist.shared.RecordChanged;

/**
 * Which schools each member of school office staff works for. Staff sign in through the staff identity provider
 * with the school staff role; an officer then links them to one or more schools, and unlinks them. A school user
 * sees a school's records only through {@link #requireStaffOf}, which refuses (and audits) anyone not linked to it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SchoolStaff {

    private static final Logger log = LoggerFactory.getLogger(SchoolStaff.class);
    private static final String OFFICERS = "hasAnyRole('" + AppRoles.OFFICER + "', '" + AppRoles.SENIOR_OFFICER + "')";

    private final JdbcTemplate jdbc;
    private final SchoolRegister register;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SchoolStaff(JdbcTemplate jdbc, SchoolRegister register, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The URNs of the schools a person is linked to (empty for anyone who is not school staff). A person may ask
     * about themself; officers about anyone.
     */
    @Transactional(readOnly = true)
    public Set<String> schoolsOf(UUID userId) {
        AppUser user = currentUser.require();
        if (!user.id().equals(userId) && !user.hasRole(AppRoles.OFFICER) && !user.hasRole(AppRoles.SENIOR_OFFICER)) {
            throw refused("SchoolStaffLinks", userId, "another person's schools");
        }
        return linkedSchools(userId);
    }

    /** The schools the signed-in school user is linked to; empty for anyone without the school staff role. */
    @Transactional(readOnly = true)
    public Set<String> mySchools() {
        AppUser user = currentUser.require();
        return user.hasRole(AppRoles.SCHOOL_STAFF) ? linkedSchools(user.id()) : Set.of();
    }

    /**
     * @throws AccessDeniedException (audited) unless the signed-in person has the school staff role and an officer
     *     linked them to this school
     */
    @Transactional(readOnly = true)
    public void requireStaffOf(String urn) {
        AppUser user = currentUser.require();
        if (!user.hasRole(AppRoles.SCHOOL_STAFF)) {
            throw refused("School", urn, "not school staff");
        }
        if (!linkedSchools(user.id()).contains(urn)) {
            throw refused("School", urn, "school staff not linked to this school");
        }
    }

    /** Everyone who has signed in as school staff, by name, with their schools: for the officer's links page. */
    @PreAuthorize(OFFICERS)
    @Transactional(readOnly = true)
    public List<SchoolStaffMember> members() {
        Map<UUID, Set<String>> links = new HashMap<>();
        jdbc.query("select user_id, school_urn from school_staff_link", rs -> {
            links.computeIfAbsent(rs.getObject("user_id", UUID.class), id -> new TreeSet<>()).add(rs.getString("school_urn"));
        });
        return jdbc.query("select user_id, display_name, last_seen_at from school_staff_member order by display_name, user_id",
                (rs, row) -> new SchoolStaffMember(rs.getObject("user_id", UUID.class), rs.getString("display_name"),
                        rs.getTimestamp("last_seen_at").toInstant(), links.getOrDefault(rs.getObject("user_id", UUID.class), Set.of())));
    }

    /** Links a member of school staff to a school; linking them again changes nothing. */
    @PreAuthorize(OFFICERS)
    @Transactional
    public void link(UUID userId, String urn) {
        School school = register.find(urn).orElseThrow(() -> new IllegalArgumentException("No open school with URN " + urn));
        String name = memberName(userId);
        if (linkedSchools(userId).contains(urn)) {
            return;
        }
        AppUser officer = currentUser.require();
        UUID id = UUID.randomUUID();
        int linked = jdbc.update("insert into school_staff_link (id, user_id, school_urn, linked_by, linked_by_name, linked_at) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict (user_id, school_urn) do nothing",
                id, userId, urn, officer.id(), officer.displayName(), Timestamp.from(clock.instant()));
        if (linked == 0) {
            return; // another officer linked them a moment ago: one link, audited once
        }
        events.publishEvent(RecordChanged.created("SchoolStaffLink", id, null, snapshot(userId, name, school.urn(), school.name())));
    }

    /** Ends a member of school staff's link to a school: from now on they see nothing of it. */
    @PreAuthorize(OFFICERS)
    @Transactional
    public void unlink(UUID userId, String urn) {
        String name = memberName(userId);
        List<UUID> ids = jdbc.queryForList("select id from school_staff_link where user_id = ? and school_urn = ?", UUID.class, userId, urn);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(name + " is not linked to the school with URN " + urn);
        }
        if (jdbc.update("delete from school_staff_link where id = ?", ids.getFirst()) == 0) {
            return; // another officer unlinked them a moment ago
        }
        String schoolName = register.find(urn).map(School::name).orElse(urn);
        events.publishEvent(RecordChanged.deleted("SchoolStaffLink", ids.getFirst(), null, snapshot(userId, name, urn, schoolName)));
    }

    private Set<String> linkedSchools(UUID userId) {
        return new HashSet<>(jdbc.queryForList("select school_urn from school_staff_link where user_id = ?", String.class, userId));
    }

    private String memberName(UUID userId) {
        return jdbc.queryForList("select display_name from school_staff_member where user_id = ?", String.class, userId).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No member of school staff " + userId + " has signed in"));
    }

    private AccessDeniedException refused(String recordType, Object recordId, String reason) {
        log.warn("Refused {} access to {} {}: {}", currentUser.find().map(AppUser::id).orElse(null), recordType, recordId, reason);
        events.publishEvent(new AccessRefused(recordType, String.valueOf(recordId), reason));
        return new AccessDeniedException("Not your school: " + recordType + " " + recordId);
    }

    private static Map<String, @Nullable String> snapshot(UUID userId, String name, String urn, String schoolName) {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("staffUserId", userId.toString());
        fields.put("staffName", name);
        fields.put("schoolUrn", urn);
        fields.put("school", schoolName);
        return fields;
    }
}
