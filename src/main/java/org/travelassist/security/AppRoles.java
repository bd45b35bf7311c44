package org.travelassist.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every role of the portal, and how identities become roles. Use these constants on both sides:
 * {@code @RolesAllowed(AppRoles.PARENT)} on views and {@code @PreAuthorize("hasRole('" + AppRoles.PARENT + "')")}
 * on services.
 */
public final class AppRoles {

    /** A parent or carer, signed in through the families identity provider. */
    public static final String PARENT = "PARENT";
    /** A SENDIAS adviser registered with the council, signed in through the families identity provider. */
    public static final String ADVISER = "ADVISER";
    /** A transport officer: assesses and decides applications. */
    public static final String OFFICER = "OFFICER";
    /** A senior officer: decides stage 1 reviews; also works the queue. */
    public static final String SENIOR_OFFICER = "SENIOR_OFFICER";
    /** A finance officer: runs payments and reconciles them. */
    public static final String FINANCE = "FINANCE";
    /** School office staff, linked by an officer to one or more schools: confirm their pupils' attendance. */
    public static final String SCHOOL_STAFF = "SCHOOL_STAFF";
    /** A manager: reads the council's dashboard and returns; changes nothing. */
    public static final String MANAGER = "MANAGER";

    /** Entra ID app roles (the {@code roles} claim of a staff ID token) and the portal roles each grants. */
    private static final Map<String, Set<String>> STAFF_APP_ROLES = Map.of(
            "TransportOfficer", Set.of(OFFICER),
            "SeniorTransportOfficer", Set.of(OFFICER, SENIOR_OFFICER),
            "FinanceOfficer", Set.of(FINANCE),
            "SchoolStaff", Set.of(SCHOOL_STAFF),
            "TransportManager", Set.of(MANAGER));

    /** Every portal role the staff provider grants: these people sign in for a working day, not a family's hour. */
    static final Set<String> STAFF = STAFF_APP_ROLES.values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    private AppRoles() {}

    /** The portal roles for a member of staff; app roles we do not know grant nothing. */
    public static Set<String> forStaff(Collection<String> entraAppRoles) {
        var roles = new LinkedHashSet<String>();
        entraAppRoles.forEach(appRole -> roles.addAll(STAFF_APP_ROLES.getOrDefault(appRole, Set.of())));
        return Set.copyOf(roles);
    }

    /** Where a person lands after signing in: the real page for their role. */
    public static String landingPath(Set<String> roles) {
        if (roles.contains(OFFICER)) {
            return "officer/queue";
        }
        if (roles.contains(FINANCE)) {
            return "finance/payments";
        }
        if (roles.contains(SCHOOL_STAFF)) {
            return "school/claims";
        }
        if (roles.contains(MANAGER)) {
            return "reports";
        }
        if (roles.contains(ADVISER)) {
            return "adviser";
        }
        return "household";
    }
}
