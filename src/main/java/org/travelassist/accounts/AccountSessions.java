package org.travelassist.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.internal.UserAccount;
import org.travelassist.accounts.internal.UserAccountRepository;
import org.travelassist.security.AppRoles;
import org.travelassist.security.SessionRevocations;
import org.travelassist.shared.RecordChanged;

/**
 * Ending a person's sessions, for a senior transport officer (a lost laptop, a member of staff who has left, a
 * family whose account is misused). Every session of the account signed in until then ends at its next request,
 * on every node, because the mark is in the database; signing in again works as before.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.SENIOR_OFFICER + "')")
public class AccountSessions {

    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountSessions(UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** @param reason why, for the audit trail; required */
    @Transactional
    public void endSessions(UUID accountId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why this person's sessions are being ended");
        }
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        Instant before = account.getSessionsEndedAt();
        Instant now = clock.instant();
        account.endSessions(now);
        Map<String, @Nullable String> after = new LinkedHashMap<>();
        after.put("sessionsEndedAt", now.toString());
        after.put("reason", reason.strip());
        Map<String, @Nullable String> was = new LinkedHashMap<>();
        was.put("sessionsEndedAt", before == null ? null : before.toString());
        events.publishEvent(RecordChanged.changed("UserAccount", accountId, account.getHouseholdId(), was, after));
    }

    /**
     * Ends the sessions of every account signed in with this email address (one person may have a family account
     * and a staff one).
     *
     * @return how many accounts had their sessions ended; 0 when no account has that address
     */
    @Transactional
    public int endSessionsOf(String email, String reason) {
        var found = accounts.findByEmailIgnoreCase(email.strip());
        found.forEach(account -> endSessions(account.getId(), reason));
        return found.size();
    }

    /** Read on every request of a signed-in session (security's {@link SessionRevocations}): no role needed. */
    @Service
    static class Revocations implements SessionRevocations {

        private final UserAccountRepository accounts;

        Revocations(UserAccountRepository accounts) {
            this.accounts = accounts;
        }

        @Override
        @Transactional(readOnly = true)
        public @Nullable Instant sessionsEndedAt(UUID accountId) {
            return accounts.findById(accountId).map(UserAccount::getSessionsEndedAt).orElse(null);
        }
    }
}
