package org.travelassist.claims.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A child an allowance covers, from the decision that offered it. */
@Entity
@Table(name = "mileage_allowance_child")
public class AllowanceChild {

    @Id
    @Column(name = "id")
    private UUID id = UUID.randomUUID();
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "child_name", nullable = false)
    private String childName;
    @Column(name = "application_id", nullable = false)
    private UUID applicationId;
    @Column(name = "application_reference", nullable = false)
    private String applicationReference;
    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    protected AllowanceChild() {}

    AllowanceChild(UUID childId, String childName, UUID applicationId, String applicationReference, LocalDate decidedOn) {
        this.childId = childId;
        this.childName = childName;
        this.applicationId = applicationId;
        this.applicationReference = applicationReference;
        this.decidedOn = decidedOn;
    }

    public UUID getChildId() { return childId; }
    public String getChildName() { return childName; }
    public UUID getApplicationId() { return applicationId; }
    public String getApplicationReference() { return applicationReference; }
    public LocalDate getDecidedOn() { return decidedOn; }
}
