package org.travelassist.budgets;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.accounts.ConsentScope;
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

/** A family, an application decided with a personal transport budget, and the draft offer the decision made. */
public final class BudgetFixtures {

    /**
     * Tuesday 1 December 2026, 10:00 in London: a school day in the autumn term of the 2026 to 2027 policy year, the
     * calendar the budget tests' data is written for (absences in January 2027, the renewal weeks in June, the year's
     * own dates). A test that names such dates moves the portal's clock here before the family applies, so that it
     * passes whatever day it runs.
     */
    public static final Instant IN_THE_AUTUMN_TERM = org.travelassist.TestClock.IN_THE_AUTUMN_TERM;

    private BudgetFixtures() {}

    public record Decided(AppUser parent, AppUser officer, UUID householdId, UUID applicationId, UUID budgetId) {}

    public static Decided decidedWithBudget(AppUserDirectory directory, HouseholdService households, ApplicationService applications,
            Casework casework, BudgetCasework budgets) {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        AppUser parent = TestUsers.current();
        UUID application = applications.start(child);
        ApplicationFixtures.answerEverything(applications, application);
        applications.submit(application, true);
        UUID household = applications.application(application).householdId();
        AppUser officer = TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(application, Decision.eligible(EligibilityResult.Category.A, Set.of(Offer.PERSONAL_TRANSPORT_BUDGET),
                "Cannot walk safely to school because of autism, as the paediatrician's letter explains."));
        UUID budget = Awaitility.await("the draft offer made from the decision").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100)).pollInSameThread().until(() -> budgets.forApplication(application), list -> !list.isEmpty())
                .getFirst().id();
        return new Decided(parent, officer, household, application, budget);
    }

    /** A registered adviser the household consented to, for these scopes. */
    public static AppUser adviserWithConsent(AppUserDirectory directory, JdbcTemplate jdbc, AdviserConsents consents, AppUser parent,
            EnumSet<ConsentScope> scopes) {
        String email = "adviser-" + UUID.randomUUID() + "@sendias.example.org";
        jdbc.update("insert into registered_adviser (id, email, organisation, registered_at) values (?, ?, 'Test SENDIAS', now())",
                UUID.randomUUID(), email);
        AppUser adviser = TestUsers.signIn(directory, "families", "adviser", email, Set.of());
        TestUsers.actAs(parent);
        String code = consents.invite(email, scopes, 12).code();
        TestUsers.actAs(adviser);
        consents.accept(code);
        return adviser;
    }
}
