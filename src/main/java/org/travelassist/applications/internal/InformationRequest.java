package org.travelassist.applications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.AbstractEntity;

/** An officer's question to the family, and the family's answer. */
@Entity
@Table(name = "information_request")
public class InformationRequest extends AbstractEntity {

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "question", nullable = false)
    private String question;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "asked_by_name", nullable = false)
    private String askedByName;

    @Column(name = "answer")
    private @Nullable String answer;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    protected InformationRequest() {
        this.applicationId = new UUID(0, 0);
        this.question = "";
        this.askedAt = Instant.EPOCH;
        this.askedByName = "";
    }

    public InformationRequest(UUID applicationId, String question, String askedByName, Instant now) {
        this.applicationId = applicationId;
        this.question = question;
        this.askedByName = askedByName;
        this.askedAt = now;
    }

    public void answer(String answer, Instant now) {
        this.answer = answer;
        this.answeredAt = now;
    }

    public UUID getApplicationId() { return applicationId; }
    public String getQuestion() { return question; }
    public Instant getAskedAt() { return askedAt; }
    public String getAskedByName() { return askedByName; }
    public @Nullable String getAnswer() { return answer; }
    public @Nullable Instant getAnsweredAt() { return answeredAt; }
}
