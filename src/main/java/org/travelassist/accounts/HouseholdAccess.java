package org.travelassist.accounts;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.travelassist.accounts.internal.AdviserConsentRepository;
import org.travelassist.accounts.internal.UserAccount;
import org.travelassist.accounts.internal.UserAccountRepository;
import org.travelassist.security.AppRoles;
import org.travelassist.security.AppUser;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.AccessRefused;

/**
 * The one answer, for every module, to "may the signed-in person act on this household's records?": a parent of
 * the household may do anything; an adviser only within a consent in force that covers the scope. Anyone else is
 * refused, logged and audited, whatever the page showed them.
 */
@Component
public class HouseholdAccess {

    private static final Logger log = LoggerFactory.getLogger(HouseholdAccess.class);

    private final CurrentUser currentUser;
    private final UserAccountRepository accounts;
    private final AdviserConsentRepository consents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HouseholdAccess(CurrentUser currentUser, UserAccountRepository accounts, AdviserConsentRepository consents,
            ApplicationEventPublisher events, Clock clock) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param recordType and {@code recordId}: what was asked for, for the audit trail if refused
     * @throws AccessDeniedException unless the person is a parent of the household or an adviser it consented to
     *     for this scope
     */
    public Acting require(UUID householdId, ConsentScope scope, String recordType, Object recordId) {
        AppUser user = currentUser.require();
        if (user.hasRole(AppRoles.PARENT) && householdId.equals(ownHousehold())) {
            return new Acting(householdId, user.id(), user.displayName(), false);
        }
        if (user.hasRole(AppRoles.ADVISER) && consents.findByHouseholdIdAndAdviserId(householdId, user.id()).stream()
                .anyMatch(consent -> consent.allows(user.id(), scope, clock.instant()))) {
            return new Acting(householdId, user.id(), user.displayName(), true);
        }
        throw refused(recordType, recordId, user.hasRole(AppRoles.ADVISER)
                ? "adviser without consent in force for " + scope : "record of another household");
    }

    /** Only a parent of the household: what advisers may never do for a family (bank details, budget agreements). */
    public Acting requireParent(UUID householdId, String recordType, Object recordId) {
        AppUser user = currentUser.require();
        if (user.hasRole(AppRoles.PARENT) && householdId.equals(ownHousehold())) {
            return new Acting(householdId, user.id(), user.displayName(), false);
        }
        throw refused(recordType, recordId, "only a parent of the household may do this");
    }

    /** The signed-in parent's household; null for anyone else, or a parent who has not added a child yet. */
    public @Nullable UUID ownHousehold() {
        return currentUser.find().flatMap(user -> accounts.findById(user.id())).map(UserAccount::getHouseholdId).orElse(null);
    }

    /** The email addresses of a household's parents, for letters and notices. */
    public List<String> parentEmails(UUID householdId) {
        return accounts.findByHouseholdId(householdId).stream().map(UserAccount::getEmail)
                .filter(email -> email != null && !email.isBlank()).map(String::valueOf).toList();
    }

    /** A name for a household that staff and advisers recognise: its parents' names. */
    public String familyName(UUID householdId) {
        var names = parentNames(householdId);
        return names.isEmpty() ? "Family without a parent account" : String.join(" and ", names);
    }

    /** The names of a household's parents, as their accounts give them, for the addressee of a letter. */
    public List<String> parentNames(UUID householdId) {
        return accounts.findByHouseholdId(householdId).stream().map(UserAccount::getDisplayName)
                .filter(name -> !name.isBlank()).toList();
    }

    public AccessDeniedException refused(String recordType, Object recordId, String reason) {
        log.warn("Refused {} access to {} {}: {}", currentUser.find().map(AppUser::id).orElse(null), recordType, recordId, reason);
        events.publishEvent(new AccessRefused(recordType, String.valueOf(recordId), reason));
        return new AccessDeniedException("Not yours: " + recordType);
    }
}
