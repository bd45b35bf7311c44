package org.travelassist.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.HostileInput;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.accounts.AdviserConsents;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.BankDetailsForm;
import org.travelassist.accounts.ChildForm;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.accounts.TravelPassportForm;
import org.travelassist.accounts.TravelPassports;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/**
 * Every form's fields, hostile, through the services the views call: a child's details, bank details, the travel
 * passport, adviser invitations and codes, every application question, evidence files, and the officers' and
 * families' texts from a request for information to a review. Each call either succeeds, and what it kept can be
 * read back and printed into its PDF, or is refused with the module's own exception, whose message the view shows
 * beside the field. Anything else would reach the person as "Sorry, there is a problem with the service".
 */
@IntegrationTest
@Tag("hostile")
class HostileFormsIT {

    @Autowired HouseholdService households;
    @Autowired BankAccounts bankAccounts;
    @Autowired TravelPassports passports;
    @Autowired AdviserConsents consents;
    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;

    final HostileInput hostile = new HostileInput();
    final Map<String, Integer> tried = new TreeMap<>();
    final Map<String, Integer> refused = new TreeMap<>();

    @AfterEach
    void tidy() {
        TestUsers.signOut();
        clock.reset();
        tried.forEach((what, count) -> System.out.printf("Hostile input, form %s: %,d tried, %,d refused with a message (seed %d)%n",
                what, count, refused.getOrDefault(what, 0), hostile.seed()));
    }

    /**
     * Runs one call; true if accepted, false if refused with a message; any other exception fails with the input.
     * {@code shown} names another exception the form's view catches and shows (the invitation form's view shows
     * the service's IllegalArgumentException, as it checks the same rules first).
     */
    private boolean attempt(String form, Supplier<String> input, Runnable call, Class<?>... shown) {
        tried.merge(form, 1, Integer::sum);
        try {
            call.run();
            return true;
        } catch (RuntimeException e) {
            String name = e.getClass().getSimpleName();
            boolean caughtByView = java.util.Arrays.stream(shown).anyMatch(type -> type.isInstance(e))
                    || name.matches("Invalid\\w*Exception|EvidenceRejectedException");
            if (caughtByView && e.getMessage() != null && !e.getMessage().isBlank()) {
                refused.merge(form, 1, Integer::sum);
                return false;
            }
            throw new AssertionError(form + " threw " + e + " (seed " + hostile.seed() + ") for " + HostileInput.abbreviate(input.get()), e);
        }
    }

    /** Each field hostile about one time in three, so that many forms are kept and what is kept is tried further. */
    private String field(String valid) {
        return hostile.chance(0.35) ? hostile.string(valid) : valid;
    }

    private ChildForm childForm() {
        return new ChildForm(field("Noor Hussain"), field("1"), field("3"), field("2014"), field("2 Burley Road"), field("Oakham"),
                field("le157hy"), field(""), hostile.oneOf(Boolean.TRUE, Boolean.FALSE, null));
    }

    @Test
    void a_childs_details_pasted_with_a_nul_or_a_word_line_break_are_kept_without_them() {
        TestUsers.newParent(directory);
        // Found by the fuzzing below: a NUL in a name reached PostgreSQL, which refused it, and the page said "Sorry".
        var child = households.addChild(UUID.randomUUID(), new ChildForm("Noor\u0000 Hussain", "1", "3", "2014",
                "2 Burley\u000B Road\uD800", "Oakham", "le157hy", "", false));

        assertThat(child.fullName()).isEqualTo("Noor Hussain");
        assertThat(households.child(child.id()).fullName()).isEqualTo("Noor Hussain");
    }

    @Test
    void hostile_answers_evidence_and_casework_texts_are_kept_and_printed_or_refused_with_a_message() {
        int count = HostileInput.count(8);
        for (int i = 0; i < count; i++) {
            UUID child = ApplicationFixtures.parentWithChild(directory, households);
            AppUser parent = TestUsers.current();
            UUID id = applications.start(child);
            ApplicationFixtures.answerEverything(applications, id);
            for (Question question : ApplicationQuestions.ALL) {
                String valid = question.options().isEmpty() ? "Some words" : question.options().keySet().iterator().next();
                int tries = question.kind() == Question.Kind.SCHOOL ? 2 : 3;
                for (int t = 0; t < tries; t++) {
                    String typed = hostile.string(valid);
                    attempt("application answer " + question.key(), () -> typed, () -> applications.saveAnswer(id, question.key(), typed));
                }
                if (hostile.chance(0.95)) { // mostly a usable answer last, so that most applications are sent and decided
                    String last = question.kind() == Question.Kind.SCHOOL ? "990001" : valid;
                    attempt("application answer " + question.key(), () -> last, () -> applications.saveAnswer(id, question.key(), last));
                }
            }
            for (int f = 0; f < 3; f++) {
                String name = hostile.string("gp-letter.pdf");
                byte[] content = switch (hostile.between(0, 4)) {
                    case 0 -> hostile.bytes(2000);
                    case 1 -> ApplicationFixtures.PDF;
                    case 2 -> ("%PDF-1.4\n" + hostile.randomText(200)).getBytes(StandardCharsets.UTF_8);
                    default -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
                };
                attempt("evidence file", () -> name + " (" + content.length + " bytes)", () -> applications.addEvidence(id, name, content));
            }
            if (!attempt("send the application", () -> applications.application(id).answers().toString(), () -> applications.submit(id, true))) {
                continue;
            }
            AppUser officer = TestUsers.newStaff(directory, "TransportOfficer");
            casework.assignToMe(id);
            String request = field("Please send the letter from the paediatrician");
            boolean asked = attempt("request for information", () -> request, () -> casework.requestInformation(id, request));
            if (asked) {
                TestUsers.actAs(parent);
                String answer = field("Attached is the letter");
                if (!attempt("answer to a request", () -> answer, () -> applications.answerInformationRequest(id, answer))) {
                    applications.answerInformationRequest(id, "The letter is attached");
                }
                TestUsers.actAs(officer);
            }
            String reasons = field("Cannot walk 400 m without distress");
            String note = hostile.string("");
            attempt("assessment", () -> reasons + " / " + note,
                    () -> casework.assess(id, hostile.oneOf(Boolean.TRUE, Boolean.FALSE, null), reasons, hostile.oneOf(Boolean.TRUE, null), note));
            String why = field("The school is 1.2 miles away, under the limit");
            if (!attempt("decision", () -> why, () -> casework.decide(id, Decision.notEligible(why)))) {
                continue;
            }
            var decided = casework.caseFile(id);
            assertThat(casework.letter(id, decided.letters().getLast().id())).as("the letter prints the officer's words")
                    .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
            TestUsers.actAs(parent);
            String grounds = field("The route along the A606 has no pavement");
            if (!attempt("review request", () -> grounds, () -> applications.requestReview(id, grounds))) {
                continue;
            }
            TestUsers.newStaff(directory, "SeniorTransportOfficer");
            String review = field("The route was assessed as available; the offer stands");
            if (attempt("review decision", () -> review, () -> casework.decideReview(id, ChallengeOutcome.UPHELD, review))) {
                var reviewed = casework.caseFile(id);
                assertThat(casework.letter(id, reviewed.letters().getLast().id())).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
            }
        }
        assertThat(tried.keySet()).as("every question was tried").containsAll(
                ApplicationQuestions.ALL.stream().map(question -> "application answer " + question.key()).toList());
    }
}
