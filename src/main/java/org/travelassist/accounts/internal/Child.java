package org.travelassist.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.accounts.ChildDetails;
import org.travelassist.shared.AbstractEntity;
import org.travelassist.shared.Postcode;

@Entity
@Table(name = "child")
public class Child extends AbstractEntity {

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "full_name", nullable = false)
    private String fullName = "";

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth = LocalDate.EPOCH;

    @Column(name = "address_line1", nullable = false)
    private String addressLine1 = "";

    @Column(name = "town")
    private @Nullable String town;

    @Column(name = "postcode", nullable = false)
    private String postcode = "";

    @Column(name = "school_name")
    private @Nullable String schoolName;

    @Column(name = "has_ehc_plan", nullable = false)
    private boolean hasEhcPlan;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Child() {
        this.householdId = new UUID(0, 0);
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    /** The id is the parent's form's, so that a second click on "Save" finds the child it already made. */
    public Child(UUID id, UUID householdId, Instant now) {
        super(id);
        this.householdId = householdId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String fullName, LocalDate dateOfBirth, String addressLine1, @Nullable String town,
            Postcode postcode, @Nullable String schoolName, boolean hasEhcPlan, Instant now) {
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth;
        this.addressLine1 = addressLine1;
        this.town = town;
        this.postcode = postcode.value();
        this.schoolName = schoolName;
        this.hasEhcPlan = hasEhcPlan;
        this.updatedAt = now;
    }

    public UUID getHouseholdId() {
        return householdId;
    }

    public ChildDetails details() {
        return new ChildDetails(getId(), fullName, dateOfBirth, addressLine1, town, new Postcode(postcode), schoolName, hasEhcPlan, householdId);
    }

    /** The fields as the audit trail keeps them. */
    public Map<String, @Nullable String> snapshot() {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("fullName", fullName);
        fields.put("dateOfBirth", dateOfBirth.toString());
        fields.put("addressLine1", addressLine1);
        fields.put("town", town);
        fields.put("postcode", postcode);
        fields.put("schoolName", schoolName);
        fields.put("hasEhcPlan", String.valueOf(hasEhcPlan));
        return fields;
    }
}
