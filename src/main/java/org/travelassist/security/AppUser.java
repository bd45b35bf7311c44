package org.travelassist.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/** The person signed in: our own account id (never the identity provider's subject), name and roles. */
public record AppUser(UUID id, String displayName, Set<String> roles) implements Serializable {

    public AppUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The role recorded in the audit trail: the most senior one held. */
    public String mainRole() {
        for (String role : new String[] {
            AppRoles.SENIOR_OFFICER, AppRoles.OFFICER, AppRoles.FINANCE, AppRoles.SCHOOL_STAFF, AppRoles.MANAGER, AppRoles.ADVISER,
            AppRoles.PARENT
        }) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return "NONE";
    }
}
