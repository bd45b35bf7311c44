package org.travelassist.claims.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.travelassist.claims.AllowanceDetails;
import org.travelassist.claims.ClaimDetails;
import org.travelassist.claims.ClaimPeriods;
import org.travelassist.claims.ClaimStatus;
import org.travelassist.claims.ClaimablePeriod;
import org.travelassist.claims.MileagePolicies;
import org.travelassist.claims.MileagePolicy;
import org.travelassist.claims.MileageRules;
import org.travelassist.claims.SchoolOpenDays;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.RecordChanged;

/**
 * The claims module's records for its services: the repositories, the policies, today, the school calendars, and
 * the one way to publish an audited change. Not for other modules (internal).
 */
@Component
public class ClaimRecords {

    public static final String ALLOWANCE = "MileageAllowance";
    public static final String CLAIM = "MileageClaim";

    public final MileageAllowanceRepository allowances;
    public final MileageClaimRepository claims;
    public final MileagePolicies policies;
    private final SchoolCalendars calendars;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClaimRecords(MileageAllowanceRepository allowances, MileageClaimRepository claims, MileagePolicies policies,
            SchoolCalendars calendars, ApplicationEventPublisher events, Clock clock) {
        this.allowances = allowances;
        this.claims = claims;
        this.policies = policies;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return GovukDates.today(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    public MileagePolicy policyToday() {
        return policies.inForce(today());
    }

    public SchoolOpenDays schoolDays(String urn, LocalDate from, LocalDate to) {
        return calendars.openDays(urn, from, to);
    }

    public List<ClaimPeriods.Term> terms(String urn, LocalDate from, LocalDate to) {
        return calendars.terms(urn, from, to);
    }

    /**
     * The periods that can be claimed on an allowance on {@code today}, the latest first: months, or the school's
     * terms where the policy in force pays by term. Without term dates for the school, months, so a family is never
     * stuck on the council's missing data.
     */
    public List<ClaimablePeriod> periods(MileageAllowance allowance, LocalDate today) {
        MileagePolicy policy = policies.inForce(today);
        List<ClaimPeriods.Term> terms = policy.claimPeriod() == MileagePolicy.ClaimPeriod.TERMLY
                ? terms(allowance.getSchoolUrn(), allowance.getStartsOn(), today)
                : List.of();
        return terms.isEmpty() ? ClaimPeriods.months(policy, allowance.getStartsOn(), today)
                : ClaimPeriods.terms(policy, allowance.getStartsOn(), today, terms);
    }

    public void publish(Object event) {
        events.publishEvent(event);
    }

    public MileageAllowance allowance(UUID id) {
        return allowances.findById(id).orElseThrow(() -> new org.travelassist.claims.ClaimNotFoundException(ALLOWANCE, id));
    }

    public MileageClaim claim(UUID id) {
        return claims.findById(id).orElseThrow(() -> new org.travelassist.claims.ClaimNotFoundException(CLAIM, id));
    }

    public String nextReference() {
        return "MC-" + today().getYear() + "-" + String.format("%06d", claims.nextReferenceNumber());
    }

    /** Days of the allowance held by its other claims. */
    public Set<LocalDate> heldElsewhere(MileageClaim claim) {
        return new HashSet<>(claims.daysHeldElsewhere(claim.getAllowanceId(), claim.getId()));
    }

    /** Miles already claimed on the allowance this school year (1 September to 31 August), before this claim. */
    public long milesBefore(MileageClaim claim) {
        LocalDate from = claim.getPeriodFrom();
        LocalDate yearStart = LocalDate.of(from.getMonthValue() >= 9 ? from.getYear() : from.getYear() - 1, 9, 1);
        return claims.findByAllowanceId(claim.getAllowanceId()).stream()
                .filter(other -> !other.getId().equals(claim.getId()) && other.getStatus().holdsItsDays())
                .filter(other -> !other.getPeriodFrom().isBefore(yearStart) && other.getPeriodFrom().isBefore(from))
                .flatMap(other -> other.lines().stream()).mapToLong(line -> line.milesHundredths()).sum();
    }

    public AllowanceDetails details(MileageAllowance allowance) {
        var policyRate = MileagePolicy.describeRate(allowance.terms().ratePence(), allowance.terms().higherRate());
        return new AllowanceDetails(allowance.getId(), allowance.getHouseholdId(), allowance.getSchoolUrn(), allowance.getSchoolName(),
                allowance.getChildren().stream().map(AllowanceChild::getChildName).toList(),
                allowance.getChildren().stream().map(AllowanceChild::getApplicationId).toList(), allowance.getRoadMetres(),
                allowance.getOneWayMilesHundredths(), allowance.getDistanceMethod(), allowance.isIndicative(), allowance.terms(),
                policyRate, allowance.getPolicyVersion(), allowance.getStatus(), allowance.getAcceptedAt(), allowance.getAcceptedByName());
    }

    public ClaimDetails details(MileageClaim claim) {
        MileageAllowance allowance = allowance(claim.getAllowanceId());
        return new ClaimDetails(claim.getId(), claim.getReference(), claim.getAllowanceId(), claim.getHouseholdId(), claim.getSchoolUrn(),
                allowance.getSchoolName(), allowance.getChildren().stream().map(AllowanceChild::getChildName).toList(),
                claim.getPeriodFrom(), claim.getPeriodTo(), claim.getStatus(), claim.getNote(), claim.amount(), claim.lines(),
                claim.getDays().stream().map(day -> new ClaimDetails.Day(day.getDay(), day.getJourneys(), day.getLegs(), day.getAttendance())).toList(),
                claim.rejectedDays(), claim.getSentAt(), claim.getSentByName(), claim.isSentByAdviser(), claim.getSchoolConfirmBy(),
                claim.getConfirmation().getConfirmedAt(), claim.getConfirmation().getConfirmedByName(),
                claim.getConfirmation().isConfirmedByOfficer(), claim.getQueryText(), claim.getQueryReply(), claim.getRejectedReason(),
                claim.getCorrection().getCorrectedByName(), claim.getCorrection().getCorrectionReason(),
                claim.getApprovals().getFirstApprovedByName(), claim.getApprovals().getApprovedByName(), claim.getApprovals().getApprovedAt(),
                claim.getPayment().getPaymentExpectedOn(), claim.getPayment().getPaidOn(), claim.getPayment().getPaymentProblem(),
                needsTwo(claim), claim.getPolicyVersion());
    }

    /** Four eyes: above the policy's limit, or corrected by an officer. */
    public boolean needsTwo(MileageClaim claim) {
        return claim.isCorrected() || claim.amount().isGreaterThan(policies.inForce(claim.getPeriodFrom()).secondApprovalAbove());
    }

    /** The claim's state for the audit trail. */
    public static Map<String, @Nullable String> state(MileageClaim claim) {
        var state = new LinkedHashMap<String, @Nullable String>();
        state.put("reference", claim.getReference());
        state.put("status", claim.getStatus().name());
        state.put("period", claim.getPeriodFrom() + "/" + claim.getPeriodTo());
        state.put("amountPence", String.valueOf(claim.amount().pence()));
        state.put("days", String.valueOf(claim.getDays().stream().map(day -> day.getDay() + ":" + day.getJourneys()
                + (day.getAttendance() == null ? "" : ":" + day.getAttendance())).toList()));
        return state;
    }

    public void changed(MileageClaim claim, Map<String, @Nullable String> before) {
        publish(RecordChanged.changed(CLAIM, claim.getId(), claim.getHouseholdId(), before, state(claim)));
    }

    public static Set<ClaimStatus> standing() {
        return Set.of(ClaimStatus.SENT, ClaimStatus.CONFIRMED, ClaimStatus.QUERIED, ClaimStatus.APPROVED, ClaimStatus.PAID,
                ClaimStatus.PAYMENT_FAILED);
    }

    /** For the allowance's audit record. */
    public static Map<String, @Nullable String> state(MileageAllowance allowance) {
        var state = new LinkedHashMap<String, @Nullable String>();
        state.put("schoolUrn", allowance.getSchoolUrn());
        state.put("status", allowance.getStatus().name());
        state.put("oneWayMiles", MileageRules.miles(allowance.getOneWayMilesHundredths()));
        state.put("ratePence", String.valueOf(allowance.terms().ratePence()));
        state.put("startsOn", String.valueOf(allowance.getStartsOn()));
        state.put("children", String.valueOf(allowance.getChildren().stream().map(AllowanceChild::getChildName).toList()));
        state.put("policyVersion", allowance.getPolicyVersion());
        return state;
    }
}
