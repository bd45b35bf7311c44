package org.travelassist.shared;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import java.time.Instant;
import java.util.UUID;

/**
 * A file a family sent, as kept in PostgreSQL once {@link UploadedFiles} has checked it: the safe name, the type its
 * content proved to be (whatever its name says), its size, the bytes as kept (photo metadata stripped), the virus
 * scanner's verdict, and who sent it when. Embedded in each module's own table (evidence, claim receipts), so each
 * keeps its own access rules and limits.
 */
@Embeddable
public class StoredFile {

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

    protected StoredFile() {
        this.fileName = "";
        this.mediaType = "";
        this.content = new byte[0];
        this.scanResult = "";
        this.uploadedAt = Instant.EPOCH;
        this.uploadedBy = new UUID(0, 0);
    }

    public StoredFile(String fileName, String mediaType, byte[] content, String scanResult, UUID uploadedBy, Instant now) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content;
        this.scanResult = scanResult;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public String fileName() { return fileName; }
    public String mediaType() { return mediaType; }
    public long sizeBytes() { return sizeBytes; }
    public byte[] content() { return content; }
    public String scanResult() { return scanResult; }
    public Instant uploadedAt() { return uploadedAt; }
    public UUID uploadedBy() { return uploadedBy; }
}
