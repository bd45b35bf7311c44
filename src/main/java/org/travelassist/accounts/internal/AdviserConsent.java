package org.travelassist.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.travelassist.accounts.ConsentDetails;
import org.travelassist.accounts.ConsentDetails.Status;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.shared.AbstractEntity;

/** A family's consent for a SENDIAS adviser: invited, accepted, in force until it expires or is revoked. */
@Entity
@Table(name = "adviser_consent")
public class AdviserConsent extends AbstractEntity {

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "adviser_email", nullable = false)
    private String adviserEmail;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "code_expires_at", nullable = false)
    private Instant codeExpiresAt;

    @Column(name = "scopes", nullable = false)
    private String scopes;

    @Column(name = "months", nullable = false)
    private int months;

    @Column(name = "invited_by", nullable = false)
    private UUID invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "adviser_id")
    private @Nullable UUID adviserId;

    @Column(name = "starts_at")
    private @Nullable Instant startsAt;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected AdviserConsent() {
        this.householdId = new UUID(0, 0);
        this.adviserEmail = "";
        this.codeHash = "";
        this.codeExpiresAt = Instant.EPOCH;
        this.scopes = "";
        this.invitedBy = new UUID(0, 0);
        this.invitedAt = Instant.EPOCH;
    }

    public AdviserConsent(UUID householdId, String adviserEmail, String codeHash, Instant codeExpiresAt,
            Set<ConsentScope> scopes, int months, UUID invitedBy, Instant now) {
        this.householdId = householdId;
        this.adviserEmail = adviserEmail;
        this.codeHash = codeHash;
        this.codeExpiresAt = codeExpiresAt;
        this.scopes = scopes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.months = months;
        this.invitedBy = invitedBy;
        this.invitedAt = now;
    }

    /** The adviser accepts: consent runs from now for the months the family chose. */
    public void accept(UUID adviser, Instant now) {
        this.adviserId = adviser;
        this.startsAt = now;
        this.expiresAt = now.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    public void revoke(Instant now) {
        this.revokedAt = now;
    }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        if (adviserId == null) {
            return now.isBefore(codeExpiresAt) ? Status.INVITED : Status.INVITATION_EXPIRED;
        }
        return expiresAt != null && now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
    }

    public boolean allows(UUID adviser, ConsentScope scope, Instant now) {
        return adviser.equals(adviserId) && status(now) == Status.ACTIVE && scopes().contains(scope);
    }

    public Set<ConsentScope> scopes() {
        var set = EnumSet.noneOf(ConsentScope.class);
        Arrays.stream(scopes.split(",")).filter(s -> !s.isBlank()).map(ConsentScope::valueOf).forEach(set::add);
        return set;
    }

    public ConsentDetails details(String familyName, @Nullable String adviserName, Instant now, @Nullable String code) {
        return new ConsentDetails(getId(), householdId, familyName, adviserEmail, adviserName, scopes(), status(now),
                codeExpiresAt, startsAt, expiresAt, revokedAt, code);
    }

    public Map<String, @Nullable String> snapshot() {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("adviserEmail", adviserEmail);
        fields.put("scopes", scopes);
        fields.put("months", String.valueOf(months));
        fields.put("adviserId", Objects.toString(adviserId, null));
        fields.put("startsAt", Objects.toString(startsAt, null));
        fields.put("expiresAt", Objects.toString(expiresAt, null));
        fields.put("revokedAt", Objects.toString(revokedAt, null));
        return fields;
    }

    public UUID getHouseholdId() {
        return householdId;
    }

    public String getAdviserEmail() {
        return adviserEmail;
    }

    public Instant getCodeExpiresAt() {
        return codeExpiresAt;
    }

    public @Nullable UUID getAdviserId() {
        return adviserId;
    }
}
