package org.travelassist.applications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One step in an application's life as the family and officers read it; written once, never changed. */
@Entity
@Table(name = "application_event")
public class TimelineEvent {

    @Id
    @Column(name = "id")
    private UUID id = UUID.randomUUID();

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "detail")
    private @Nullable String detail;

    @Column(name = "actor_name")
    private @Nullable String actorName;

    @Column(name = "for_family", nullable = false)
    private boolean forFamily;

    protected TimelineEvent() {
        this.applicationId = new UUID(0, 0);
        this.occurredAt = Instant.EPOCH;
        this.title = "";
    }

    public TimelineEvent(UUID applicationId, Instant occurredAt, String title, @Nullable String detail,
            @Nullable String actorName, boolean forFamily) {
        this.applicationId = applicationId;
        this.occurredAt = occurredAt;
        this.title = title;
        this.detail = detail;
        this.actorName = actorName;
        this.forFamily = forFamily;
    }

    public Instant getOccurredAt() { return occurredAt; }
    public String getTitle() { return title; }
    public @Nullable String getDetail() { return detail; }
    public @Nullable String getActorName() { return actorName; }
    public boolean isForFamily() { return forFamily; }
}
