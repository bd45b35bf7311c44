package org.travelassist.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.travelassist.accounts.internal.RecentReads;
import org.travelassist.accounts.internal.UserAccount;
import org.travelassist.accounts.internal.UserAccountRepository;
import org.travelassist.security.AppRoles;
import org.travelassist.security.SessionRevocations;
import org.travelassist.shared.RecordChanged;

/**
 * Ending a person's sessions, for a senior transport officer (a lost laptop, a member of staff who has left, a
 * family whose account is misused). Every session of the account signed in until then ends at its next request:
 * at once on this node, and within {@link Revocations#TRUSTED_FOR} on the others, which read the mark from the
 * database again after that long; signing in again works as before.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.SENIOR_OFFICER + "')")
public class AccountSessions {

    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Revocations revocations;

    AccountSessions(UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock, Revocations revocations) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.revocations = revocations;
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
        // Once committed, this node reads the new mark at the account's next request instead of the one it kept.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                revocations.forget(accountId);
            }
        });
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

    /**
     * Read on every request of a signed-in session (security's {@link SessionRevocations}): no role needed. Each node
     * keeps the mark it read for {@link #TRUSTED_FOR} (ASVS 7.4.5 allows ending sessions with a short delay) instead
     * of reading the account on every request: at the September peak that read was about 5% of the portal's CPU.
     */
    @Service
    static class Revocations implements SessionRevocations {

        /** How much longer an ended session may last on a node other than the one where it was ended. */
        static final Duration TRUSTED_FOR = Duration.ofSeconds(5);

        private final UserAccountRepository accounts;
        private final RecentReads<UUID, Optional<Instant>> marks = new RecentReads<>(TRUSTED_FOR, System::nanoTime);

        Revocations(UserAccountRepository accounts) {
            this.accounts = accounts;
        }

        // Not @Transactional: a mark kept here needs no connection; the repository reads in its own transaction.
        @Override
        public @Nullable Instant sessionsEndedAt(UUID accountId) {
            return marks.get(accountId, id -> accounts.findById(id).map(UserAccount::getSessionsEndedAt)).orElse(null);
        }

        void forget(UUID accountId) {
            marks.forget(accountId);
        }
    }
}
