package org.travelassist.applications.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A letter as sent, kept as its PDF so the family can always read exactly what they were told. */
@Entity
@Table(name = "letter")
public class Letter {

    @Id
    @Column(name = "id")
    private UUID id = UUID.randomUUID();

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false)
    private byte[] pdf;

    protected Letter() {
        this.applicationId = new UUID(0, 0);
        this.title = "";
        this.createdAt = Instant.EPOCH;
        this.pdf = new byte[0];
    }

    public Letter(UUID applicationId, String title, byte[] pdf, Instant now) {
        this.applicationId = applicationId;
        this.title = title;
        this.pdf = pdf;
        this.createdAt = now;
    }

    public UUID getId() { return id; }
    public UUID getApplicationId() { return applicationId; }
    public String getTitle() { return title; }
    public Instant getCreatedAt() { return createdAt; }
    public byte[] getPdf() { return pdf; }
}
