package org.travelassist.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.travelassist.shared.AbstractEntity;

/** A home: the parents and carers who sign in for it, and its children. */
@Entity
@Table(name = "household")
public class Household extends AbstractEntity {

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Household() {
        this.createdAt = Instant.EPOCH;
    }

    public Household(Instant now) {
        this.createdAt = now;
    }
}
