package org.travelassist.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.AbstractEntity;

/** Everyone who has signed in, keyed on our own id; the identity provider's subject is only looked up. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(name = "identity_provider", nullable = false)
    private String identityProvider;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "email")
    private @Nullable String email;

    @Column(name = "display_name")
    private @Nullable String displayName;

    @Column(name = "household_id")
    private @Nullable UUID householdId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_signed_in_at", nullable = false)
    private Instant lastSignedInAt;

    @Column(name = "sessions_ended_at")
    private @Nullable Instant sessionsEndedAt;

    protected UserAccount() {
        this.identityProvider = "";
        this.subject = "";
        this.createdAt = Instant.EPOCH;
        this.lastSignedInAt = Instant.EPOCH;
    }

    public UserAccount(String identityProvider, String subject, Instant now) {
        this.identityProvider = identityProvider;
        this.subject = subject;
        this.createdAt = now;
        this.lastSignedInAt = now;
    }

    /** The identity provider is the source of contact details: take the latest at each sign-in. */
    public void signedIn(@Nullable String email, @Nullable String displayName, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.lastSignedInAt = now;
    }

    /** Ends every session signed in until now; the next sign-in starts a fresh one. */
    public void endSessions(Instant now) {
        this.sessionsEndedAt = now;
    }

    public @Nullable Instant getSessionsEndedAt() {
        return sessionsEndedAt;
    }

    public void joinHousehold(UUID householdId) {
        this.householdId = householdId;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public String getDisplayName() {
        if (displayName != null) {
            return displayName;
        }
        return email != null ? email : "Unnamed account";
    }

    public @Nullable UUID getHouseholdId() {
        return householdId;
    }

    public String getIdentityProvider() {
        return identityProvider;
    }
}
