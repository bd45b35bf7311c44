package org.travelassist.applications;

import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** People and answers for application tests: fresh accounts each time, so tests never see each other's data. */
public final class ApplicationFixtures {

    /** A tiny real PDF header is all the content check looks at. */
    public static final byte[] PDF = "%PDF-1.4\n% a letter from the GP\n%%EOF\n".getBytes();

    private ApplicationFixtures() {}

    /** A new parent with one child, aged 12, who lives in Oakham (LE15 7HY). */
    public static UUID parentWithChild(AppUserDirectory directory, HouseholdService households) {
        TestUsers.newParent(directory);
        return households.addChild(UUID.randomUUID(),
                new ChildForm("Noor Hussain", "1", "3", "2014", "2 Burley Road", "Oakham", "le157hy", "", false)).id();
    }

    static AppUser newAdviser(AppUserDirectory directory, JdbcTemplate jdbc) {
        String email = "adviser-" + UUID.randomUUID() + "@sendias.example.org";
        jdbc.update("insert into registered_adviser (id, email, organisation, registered_at) values (?, ?, 'Test SENDIAS', now())",
                UUID.randomUUID(), email);
        return TestUsers.signIn(directory, "families", "adviser", email, Set.of());
    }

    /** Answers every question, choosing Catmose College (URN 990001). */
    public static void answerEverything(ApplicationService applications, UUID id) {
        applications.saveAnswer(id, ApplicationQuestions.SCHOOL, "990001");
        applications.saveAnswer(id, ApplicationQuestions.HOME, "yes");
        applications.saveAnswer(id, ApplicationQuestions.EHC_PLAN, "final");
        applications.saveAnswer(id, ApplicationQuestions.NEEDS, "Autism; cannot cope with crowds or traffic noise");
        applications.saveAnswer(id, ApplicationQuestions.WALKING, "no");
        applications.saveAnswer(id, ApplicationQuestions.MEDICAL, "");
        applications.saveAnswer(id, ApplicationQuestions.EQUIPMENT, "");
        applications.saveAnswer(id, ApplicationQuestions.FAMILY, "I do not drive and work shifts that start at 7am");
        applications.saveAnswer(id, ApplicationQuestions.LOW_INCOME, "no");
        applications.saveAnswer(id, ApplicationQuestions.HELP, "budget,training");
    }
}
