package org.travelassist.claims;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.BankDetailsForm;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.applications.Offer;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** A family with a decided mileage allowance, for claim tests: fresh accounts each time. */
public final class ClaimFixtures {

    /**
     * Tuesday 1 December 2026, in the autumn term: the claim tests decide then (their allowance starts on the decision
     * day), so the December 2026 days they claim are after the start, whatever day the suite runs.
     */
    public static final Instant DECIDED = org.travelassist.TestClock.IN_THE_AUTUMN_TERM;

    /** Monday 4 January 2027: December 2026 can be claimed until the 5th. */
    public static final Instant NEW_YEAR = Instant.parse("2027-01-04T10:00:00Z");

    private ClaimFixtures() {}

    /**
     * @param parent signed in; the officer who decided
     */
    public record Family(AppUser parent, UUID householdId, UUID childId, UUID applicationId, AppUser officer) {}

    /** A parent with a child whose application an officer decided with a mileage allowance (Catmose College). */
    public static Family decided(AppUserDirectory directory, HouseholdService households, HouseholdAccess access,
            ApplicationService applications, Casework casework) {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        AppUser parent = TestUsers.current();
        UUID household = access.ownHousehold();
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.submit(id, true);
        AppUser officer = TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(id, Decision.eligible(EligibilityResult.Category.B, Set.of(Offer.MILEAGE_ALLOWANCE), "The walking route is unsafe."));
        TestUsers.actAs(parent);
        return new Family(parent, household, child, id, officer);
    }

    /** Waits for the decision's allowance to be set up (the listener runs after the decision commits). */
    public static AllowanceDetails awaitAllowance(MileageAllowances allowances, UUID householdId) {
        return Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> allowances.allowancesOf(householdId), found -> !found.isEmpty()).getFirst();
    }

    public static void giveBankDetails(BankAccounts bank, UUID householdId) {
        bank.save(householdId, new BankDetailsForm("Noor Hussain", "20-00-00", "55779911", ""));
    }

    public static List<ClaimedDay> both(LocalDate... days) {
        return java.util.Arrays.stream(days).map(day -> new ClaimedDay(day, Journeys.BOTH)).toList();
    }
}
