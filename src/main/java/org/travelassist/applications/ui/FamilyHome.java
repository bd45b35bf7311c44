package org.travelassist.applications.ui;

import java.util.UUID;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;

/** Where a family's application pages lead back to: the parent's applications, or the adviser's page of that family. */
final class FamilyHome {

    private FamilyHome() {}

    static String path(CurrentUser currentUser, UUID householdId) {
        // "Your applications" is the parent's own page; an adviser came from the family's page and may not open it.
        return currentUser.require().hasRole(AppRoles.ADVISER) ? "adviser/families/" + householdId : "applications";
    }
}
