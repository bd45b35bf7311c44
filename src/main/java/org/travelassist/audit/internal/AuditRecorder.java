package org.travelassist.audit.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.audit.AuditEntry;
import org.travelassist.security.AppRoles;
import org.travelassist.security.AppUser;
import org.travelassist.security.CurrentUser;
import org.travelassist.security.SignedIn;
import org.travelassist.shared.AccessRefused;
import org.travelassist.shared.RecordChanged;
import org.travelassist.shared.RecordRead;

/**
 * Writes the audit trail from the events every module publishes. An adviser only ever acts for a family, so
 * whatever an adviser changes is recorded as done on behalf of that household.
 */
@Component
class AuditRecorder {

    static final String SYSTEM = "SYSTEM";

    private final AuditRecordRepository records;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditRecorder(AuditRecordRepository records, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** In the caller's transaction: the change and its record commit together, or neither does. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RecordChanged change) {
        record(change.change().name(), change.recordType(), change.recordId().toString(), change.householdId(),
                change.before(), change.after());
    }

    /** On its own: the refusal rolls back the caller's transaction, but must still be recorded. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccessRefused refusal) {
        record("REFUSED", refusal.recordType(), refusal.recordId(), null, Map.of(), Map.of("reason", refusal.reason()));
    }

    /**
     * On its own, and written even when the caller's transaction is read-only: reading a case or a file does not
     * change it, but who read it is recorded.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RecordRead read) {
        record("READ", read.recordType(), read.recordId(), read.householdId(), Map.of(), Map.of("read", read.what()));
    }

    /** On its own, like a refusal: the person's own act, with them as the actor even before their session exists. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SignedIn signIn) {
        records.save(new AuditRecord(new AuditEntry(clock.instant(), signIn.accountId(), signIn.displayName(), signIn.role(), null,
                "SIGNED_IN", "UserAccount", signIn.accountId().toString(), null, Map.of(), Map.of("through", signIn.provider()))));
    }

    private void record(String action, String type, String id, @Nullable UUID household,
            Map<String, @Nullable String> before, Map<String, @Nullable String> after) {
        var actor = currentUser.find();
        records.save(new AuditRecord(new AuditEntry(clock.instant(),
                actor.map(AppUser::id).orElse(null),
                actor.map(AppUser::displayName).orElse(null),
                actor.map(AppUser::mainRole).orElse(SYSTEM),
                actor.filter(user -> user.hasRole(AppRoles.ADVISER)).map(user -> household).orElse(null),
                action, type, id, household, before, after)));
    }
}
