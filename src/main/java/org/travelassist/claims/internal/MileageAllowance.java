package org.travelassist.claims.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.claims.AllowanceStatus;
import org.travelassist.claims.AllowanceTerms;
import org.travelassist.claims.InvalidClaimException;
import org.travelassist.claims.MileagePolicy;
import org.travelassist.shared.AbstractEntity;

/**
 * A household's mileage allowance for one school: the terms copied from the decision and the policy in force then
 * (an accepted allowance never changes when the policy does), and the children it covers.
 */
@Entity
@Table(name = "mileage_allowance")
public class MileageAllowance extends AbstractEntity {

    @Column(name = "household_id", nullable = false)
    private UUID householdId;
    @Column(name = "school_urn", nullable = false)
    private String schoolUrn;
    @Column(name = "school_name", nullable = false)
    private String schoolName;
    @Column(name = "road_metres", nullable = false)
    private long roadMetres;
    @Column(name = "one_way_miles_hundredths", nullable = false)
    private long oneWayMilesHundredths;
    @Column(name = "distance_method", nullable = false)
    private String distanceMethod;
    @Column(name = "indicative", nullable = false)
    private boolean indicative;
    @Column(name = "rate_pence", nullable = false)
    private int ratePence;
    @Column(name = "higher_rate_above_miles")
    private @Nullable Integer higherRateAboveMiles;
    @Column(name = "higher_rate_pence")
    private @Nullable Integer higherRatePence;
    @Column(name = "full_day_legs", nullable = false)
    private int fullDayLegs;
    @Column(name = "half_day_legs", nullable = false)
    private int halfDayLegs;
    @Column(name = "policy_version", nullable = false)
    private String policyVersion;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AllowanceStatus status = AllowanceStatus.OFFERED;
    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;
    @Column(name = "accepted_by")
    private @Nullable UUID acceptedBy;
    @Column(name = "accepted_by_name")
    private @Nullable String acceptedByName;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "allowance_id", nullable = false)
    @OrderBy("childName")
    private List<AllowanceChild> children = new ArrayList<>();

    protected MileageAllowance() {}

    public MileageAllowance(UUID householdId, String schoolUrn, String schoolName, long roadMetres, long oneWayMilesHundredths,
            String distanceMethod, boolean indicative, MileagePolicy policy, LocalDate startsOn, Instant now) {
        this.householdId = householdId;
        this.schoolUrn = schoolUrn;
        this.schoolName = schoolName;
        this.roadMetres = roadMetres;
        this.oneWayMilesHundredths = oneWayMilesHundredths;
        this.distanceMethod = distanceMethod;
        this.indicative = indicative;
        this.ratePence = policy.ratePence();
        this.higherRateAboveMiles = policy.higherRate() == null ? null : policy.higherRate().aboveMiles();
        this.higherRatePence = policy.higherRate() == null ? null : policy.higherRate().ratePence();
        this.fullDayLegs = policy.fullDayLegs();
        this.halfDayLegs = policy.halfDayLegs();
        this.policyVersion = policy.version();
        this.startsOn = startsOn;
        this.createdAt = now;
    }

    /** Adds a child the decision covers; false when the application was already seen (events can come twice). */
    public boolean cover(UUID childId, String childName, UUID applicationId, String reference, LocalDate decidedOn) {
        if (children.stream().anyMatch(child -> child.getApplicationId().equals(applicationId))) {
            return false;
        }
        if (children.stream().anyMatch(child -> child.getChildId().equals(childId))) {
            // A later decision for the same child at the same school: keep the child once, with the later application.
            children.removeIf(child -> child.getChildId().equals(childId));
        }
        children.add(new AllowanceChild(childId, childName, applicationId, reference, decidedOn));
        return true;
    }

    public void accept(UUID by, String byName, Instant at) {
        if (status == AllowanceStatus.ACCEPTED) {
            throw new InvalidClaimException("accept", "This allowance has already been accepted.");
        }
        status = AllowanceStatus.ACCEPTED;
        acceptedBy = by;
        acceptedByName = byName;
        acceptedAt = at;
    }

    public AllowanceTerms terms() {
        return new AllowanceTerms(oneWayMilesHundredths, ratePence, higherRateAboveMiles == null || higherRatePence == null ? null
                : new MileagePolicy.HigherRate(higherRateAboveMiles, higherRatePence), fullDayLegs, halfDayLegs, startsOn);
    }

    public UUID getHouseholdId() { return householdId; }
    public String getSchoolUrn() { return schoolUrn; }
    public String getSchoolName() { return schoolName; }
    public long getRoadMetres() { return roadMetres; }
    public long getOneWayMilesHundredths() { return oneWayMilesHundredths; }
    public String getDistanceMethod() { return distanceMethod; }
    public boolean isIndicative() { return indicative; }
    public String getPolicyVersion() { return policyVersion; }
    public LocalDate getStartsOn() { return startsOn; }
    public AllowanceStatus getStatus() { return status; }
    public @Nullable Instant getAcceptedAt() { return acceptedAt; }
    public @Nullable String getAcceptedByName() { return acceptedByName; }
    public Instant getCreatedAt() { return createdAt; }
    public List<AllowanceChild> getChildren() { return List.copyOf(children); }
}
