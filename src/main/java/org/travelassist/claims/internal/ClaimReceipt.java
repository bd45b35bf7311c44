package org.travelassist.claims.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.travelassist.shared.AbstractEntity;
import org.travelassist.shared.StoredFile;

/** A ticket or receipt the family attached to a claim, kept as a checked {@link StoredFile}. */
@Entity
@Table(name = "mileage_claim_receipt")
public class ClaimReceipt extends AbstractEntity {

    @Column(name = "claim_id", nullable = false)
    private UUID claimId;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Embedded
    private StoredFile file;

    protected ClaimReceipt() {
        this.claimId = new UUID(0, 0);
        this.householdId = new UUID(0, 0);
        this.file = new StoredFile("", "", new byte[0], "", new UUID(0, 0), java.time.Instant.EPOCH);
    }

    public ClaimReceipt(MileageClaim claim, StoredFile file) {
        this.claimId = claim.getId();
        this.householdId = claim.getHouseholdId();
        this.file = file;
    }

    public UUID getClaimId() { return claimId; }
    public UUID getHouseholdId() { return householdId; }
    public StoredFile file() { return file; }
}
