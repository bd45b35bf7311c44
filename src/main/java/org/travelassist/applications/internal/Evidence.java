package org.travelassist.applications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.travelassist.shared.AbstractEntity;
import org.travelassist.shared.StoredFile;

/** A file the family sent with an application, kept as a checked {@link StoredFile}. */
@Entity
@Table(name = "evidence")
public class Evidence extends AbstractEntity {

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Embedded
    private StoredFile file;

    protected Evidence() {
        this.applicationId = new UUID(0, 0);
        this.file = new StoredFile("", "", new byte[0], "", new UUID(0, 0), java.time.Instant.EPOCH);
    }

    public Evidence(UUID applicationId, StoredFile file) {
        this.applicationId = applicationId;
        this.file = file;
    }

    public UUID getApplicationId() { return applicationId; }
    public StoredFile file() { return file; }
}
