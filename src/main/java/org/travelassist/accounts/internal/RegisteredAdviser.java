package org.travelassist.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.travelassist.shared.AbstractEntity;

/** A SENDIAS adviser the council recognises, by the email address their sign-in account verifies. */
@Entity
@Table(name = "registered_adviser")
public class RegisteredAdviser extends AbstractEntity {

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "organisation", nullable = false)
    private String organisation;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected RegisteredAdviser() {
        this.email = "";
        this.organisation = "";
        this.registeredAt = Instant.EPOCH;
    }

    public RegisteredAdviser(String email, String organisation, Instant now) {
        this.email = email;
        this.organisation = organisation;
        this.registeredAt = now;
    }
}
