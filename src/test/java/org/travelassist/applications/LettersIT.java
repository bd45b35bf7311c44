package org.travelassist.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.TestStatements;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/** The letters as the family reads them: the PDF's text read back with PDFBox. */
@IntegrationTest
class LettersIT {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired MovableClock clock;

    @AfterEach
    void tidy() {
        TestUsers.signOut();
        clock.reset();
    }

    @Test
    void the_decision_letter_is_addressed_to_the_parent_words_the_offer_in_full_and_names_the_schools_that_decided_it() throws Exception {
        UUID id = sent();
        TestUsers.newStaff(directory, "TransportOfficer");
        var decided = casework.decide(id, Decision.eligible(EligibilityResult.Category.A, Set.of(Offer.PERSONAL_TRANSPORT_BUDGET, Offer.TRAVEL_TRAINING),
                "Noor cannot walk to school safely because of autism."));
        byte[] pdf = casework.letter(id, decided.letters().getFirst().id());
        keep("decision-letter.pdf", pdf);

        String letter = text(pdf);
        assertThat(letter).contains("Test parent 2 Burley Road Oakham LE15 7HY").contains("Dear Test parent,")
                .contains("What we offer").contains("A personal transport budget").contains("Independent travel training")
                .contains("What happens next: we will send you a personal transport budget agreement")
                .contains("What happens next: a travel trainer will contact you")
                .contains("The schools that decided the outcome").contains("Catmose College")
                .contains("Annex: every school we considered")
                .doesNotContain("..");
        String letterBody = letter.substring(letter.indexOf("The schools that decided the outcome"), letter.indexOf("If you disagree"));
        String annex = letter.substring(letter.indexOf("Annex: every school we considered"));
        assertThat(rows(letterBody)).as("the letter names fewer schools than the annex").isLessThan(rows(annex));
        assertThat(annex).contains("Catmose College");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void a_page_about_the_application_lists_its_letters_and_files_without_reading_their_pdfs_or_contents() {
        UUID id = sent();
        var parent = TestUsers.current();
        TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(id, Decision.notEligible("Catmose College is 1.6 miles away, under the limit."));
        TestUsers.actAs(parent);

        TestStatements.reset();
        var application = applications.application(id);
        assertThat(application.letters()).extracting(ApplicationDetails.LetterFile::title).isNotEmpty();
        assertThat(TestStatements.onThisThread()).as("the letters' PDFs and the files' contents are read only when opened")
                .isNotEmpty().noneMatch(sql -> sql.contains(".pdf") || sql.contains(".content"));
        byte[] pdf = applications.letter(id, application.letters().getFirst().id());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void review_grounds_pasted_from_word_with_control_characters_are_accepted_decided_and_printed() throws Exception {
        UUID id = sent();
        var parent = TestUsers.current();
        TestUsers.newStaff(directory, "TransportOfficer");
        casework.decide(id, Decision.notEligible("Catmose College is 1.6 miles\u000Baway, under the limit."));
        TestUsers.actAs(parent);
        applications.requestReview(id, "The route along the A606\u000Bhas no pavement\u0000 and\u0007 no lights");
        assertThat(applications.application(id).review().grounds()).isEqualTo("The route along the A606\nhas no pavement and no lights");

        TestUsers.newStaff(directory, "SeniorTransportOfficer");
        var reviewed = casework.decideReview(id, ChallengeOutcome.UPHELD, "We walked the route\u000Bagain: it has a footway");
        assertThat(reviewed.status()).isEqualTo(ApplicationStatus.REVIEW_DECIDED);
        byte[] pdf = casework.letter(id, reviewed.letters().getLast().id());
        keep("review-letter.pdf", pdf);
        assertThat(text(pdf)).contains("The route along the A606 has no pavement and no lights")
                .contains("We walked the route again: it has a footway");
    }

    private UUID sent() {
        UUID child = ApplicationFixtures.parentWithChild(directory, households);
        UUID id = applications.start(child);
        ApplicationFixtures.answerEverything(applications, id);
        applications.submit(id, true);
        return id;
    }

    /** Each letter a test reads is also kept in {@code target/letters/}, to look at. */
    static void keep(String name, byte[] pdf) throws IOException {
        var directory = java.nio.file.Path.of("target", "letters");
        java.nio.file.Files.createDirectories(directory);
        java.nio.file.Files.write(directory.resolve(name), pdf);
    }

    /** Table rows in the text: each gives a walking distance in metres. */
    static long rows(String text) {
        return text.split(" metres\\)", -1).length - 1L;
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
