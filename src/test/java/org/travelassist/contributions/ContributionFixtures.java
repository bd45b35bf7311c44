package org.travelassist.contributions;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationFixtures;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.applications.Decision;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** A family whose application an officer decided (not eligible: a spare seat may be charged), for charge tests. */
public final class ContributionFixtures {

    private ContributionFixtures() {}

    /** @param officer signed in when this returns */
    public record Decided(AppUser parent, UUID householdId, UUID applicationId, String reference, AppUser officer) {}

    public static Decided decided(AppUserDirectory directory, HouseholdService households, HouseholdAccess access,
            ApplicationService applications, Casework casework, Charges charges) {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        AppUser parent = TestUsers.current();
        UUID household = access.ownHousehold();
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        String reference = applications.submit(id, true).reference();
        AppUser officer = TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(id, Decision.notEligible("The school is not the nearest suitable school."));
        // The charge's copy of the decision arrives after the decision commits.
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(() -> charges.application(id) != null);
        return new Decided(parent, household, id, reference, officer);
    }

    public static ChargeForm form(ChargeKind kind, String amount, int instalments, LocalDate firstDue, String reason) {
        return new ChargeForm(kind, amount, String.valueOf(instalments), String.valueOf(firstDue.getDayOfMonth()),
                String.valueOf(firstDue.getMonthValue()), String.valueOf(firstDue.getYear()), reason);
    }
}
