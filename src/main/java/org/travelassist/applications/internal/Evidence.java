package org.travelassist.applications.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.travelassist.shared.AbstractEntity;

/** A file the family sent: its type is what its content is, whatever its name says. */
@Entity
@Table(name = "evidence")
public class Evidence extends AbstractEntity {

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

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

    protected Evidence() {
        this.applicationId = new UUID(0, 0);
        this.fileName = "";
        this.mediaType = "";
        this.content = new byte[0];
        this.scanResult = "";
        this.uploadedAt = Instant.EPOCH;
        this.uploadedBy = new UUID(0, 0);
    }

    public Evidence(UUID applicationId, String fileName, String mediaType, byte[] content, String scanResult, UUID uploadedBy, Instant now) {
        this.applicationId = applicationId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content;
        this.scanResult = scanResult;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public UUID getApplicationId() { return applicationId; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content; }
    public String getScanResult() { return scanResult; }
    public Instant getUploadedAt() { return uploadedAt; }
}
