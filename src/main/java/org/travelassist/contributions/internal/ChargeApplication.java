package org.travelassist.contributions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A decided application a charge can be set on, as {@code ApplicationDecided} said it was. */
@Entity
@Table(name = "contribution_application")
public class ChargeApplication {

    @Id
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "reference", nullable = false)
    private String reference;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Column(name = "child_name", nullable = false)
    private String childName;
    @Column(name = "school_name")
    private @Nullable String schoolName;
    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    protected ChargeApplication() {}

    public ChargeApplication(UUID applicationId, String reference, UUID householdId, String childName, @Nullable String schoolName,
            LocalDate decidedOn) {
        this.applicationId = applicationId;
        this.reference = reference;
        this.householdId = householdId;
        this.childName = childName;
        this.schoolName = schoolName;
        this.decidedOn = decidedOn;
    }

    /** A revised offer after a review or appeal decides again. */
    public void decidedAgain(@Nullable String school, LocalDate on) {
        schoolName = school;
        decidedOn = on;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public String reference() {
        return reference;
    }

    public UUID householdId() {
        return householdId;
    }

    public String childName() {
        return childName;
    }

    public @Nullable String schoolName() {
        return schoolName;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }
}
