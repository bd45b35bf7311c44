package org.travelassist.claims.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.travelassist.shared.AbstractEntity;

/** A ticket or receipt the family attached to a claim: its type is what its content is, whatever its name says. */
@Entity
@Table(name = "mileage_claim_receipt")
public class ClaimReceipt extends AbstractEntity {

    @Column(name = "claim_id", nullable = false)
    private UUID claimId;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;
    @Column(name = "scan_result", nullable = false)
    private String scanResult;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(name = "uploaded_by", nullable = false)
    private UUID uploadedBy;

    protected ClaimReceipt() {
        this.claimId = new UUID(0, 0);
        this.householdId = new UUID(0, 0);
        this.fileName = "";
        this.mediaType = "";
        this.content = new byte[0];
        this.scanResult = "";
        this.uploadedAt = Instant.EPOCH;
        this.uploadedBy = new UUID(0, 0);
    }

    public ClaimReceipt(MileageClaim claim, String fileName, String mediaType, byte[] content, String scanResult, UUID uploadedBy, Instant now) {
        this.claimId = claim.getId();
        this.householdId = claim.getHouseholdId();
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content;
        this.scanResult = scanResult;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public UUID getClaimId() { return claimId; }
    public UUID getHouseholdId() { return householdId; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content; }
    public String getScanResult() { return scanResult; }
    public Instant getUploadedAt() { return uploadedAt; }
}
