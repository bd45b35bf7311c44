package org.travelassist.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The application journey in a real browser, checked with axe-core on every page: a parent applies with an
 * evidence file, an officer asks for more information, the parent answers, the officer decides, and the parent
 * downloads the letter and asks for a stage 1 review before the deadline.
 */
class ApplicationJourneyE2EIT extends BrowserJourney {

    /** A real one-page letter, so the case page has something to draw. */
    static final byte[] PDF = org.travelassist.shared.PdfDocuments.render("Consultant's letter", "Leicester Royal Infirmary",
            "<h1>Consultant's letter</h1><p>Noor cannot walk more than 100 metres without help.</p>");

    @Test
    void a_parent_applies_an_officer_asks_and_decides_and_the_parent_asks_for_a_review() throws Exception {
        page.navigate(url("sign-in"));
        signInAs("families", "parent-priya");
        String child = addChild(this, "Noor Hussain " + UUID.randomUUID().toString().substring(0, 6));

        page.locator("#your-applications").click();
        assertThat(page.locator("h1")).hasText("Your applications");
        assertAccessible("your applications");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Apply for " + child)).click();
        answerEveryQuestion(this, child.split(" ")[0]);

        assertThat(page.locator("h1")).hasText("Add evidence");
        page.locator("#evidence-upload input[type=file]").setInputFiles(new FilePayload("gp-letter.pdf", "application/pdf",
                "MZ this is a program, not a letter".getBytes()));
        assertThat(page.locator("#error-summary")).containsText("gp-letter.pdf must be a PDF, JPG or PNG");
        assertAccessible("evidence page with a refused file");
        page.locator("#evidence-upload input[type=file]").setInputFiles(new FilePayload("consultant-letter.pdf", "application/pdf", PDF));
        assertThat(page.locator("#evidence-files")).containsText("consultant-letter.pdf");
        assertAccessible("evidence page");
        page.locator("#continue").click();

        assertThat(page.locator("h1")).hasText("Check your answers before sending your application");
        assertThat(page.locator("#answers")).containsText("Catmose College");
        assertThat(page.locator("#answers")).containsText("consultant-letter.pdf");
        assertAccessible("check your answers");
        page.locator("#send").click();
        assertThat(page.locator("#error-summary")).containsText("Confirm that the information you have given is correct");
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        page.locator("#declaration").click();
        page.locator("#send").dblclick();

        assertThat(page.locator("h1")).hasText("Application sent");
        String reference = page.locator("#reference").textContent();
        org.assertj.core.api.Assertions.assertThat(reference).as("TA, the year it was sent, a number").matches("TA-\\d{4}-\\d{6}");
        assertAccessible("confirmation");
        page.locator("#track").click();
        assertThat(page.locator("#status")).hasText("Received");
        assertAccessible("application tracker");
        String applicationUrl = page.url();

        newSession();
        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        assertThat(page.locator("h1")).hasText("Work queue");
        assertAccessible("work queue");
        page.locator("#open-" + reference).click();
        assertThat(page.locator("h1")).hasText(reference + ": " + child);
        assertAccessible("case page");
        page.locator("#evidence vaadin-button").first().click();
        Locator firstPage = page.locator("#evidence img.ta-evidence__page").first();
        assertThat(firstPage).hasAttribute("alt", "Page 1 of 1 of consultant-letter.pdf");
        // The officer really sees the letter: the browser decoded a whole A4 page, not a broken or blocked picture.
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", firstPage.elementHandle());
        var naturalSize = (java.util.List<?>) firstPage.evaluate("img => [img.naturalWidth, img.naturalHeight]");
        org.assertj.core.api.Assertions.assertThat(((Number) naturalSize.get(0)).intValue()).isGreaterThan(800);
        org.assertj.core.api.Assertions.assertThat(((Number) naturalSize.get(1)).intValue()).isGreaterThan(((Number) naturalSize.get(0)).intValue());
        assertThat(page.locator("#evidence a").first()).hasText("Download consultant-letter.pdf");
        assertAccessible("case page with evidence open");
        assertServedSandboxed((String) firstPage.evaluate("img => img.src"), "image/png");
        var original = assertServedSandboxed((String) page.locator("#evidence a").first().evaluate("a => a.href"), "application/pdf");
        org.assertj.core.api.Assertions.assertThat(original).isEqualTo(PDF);
        page.locator("#assign").click();
        assertThat(page.locator("#assign")).not().isAttached();
        page.locator("#information-question textarea").fill("Please tell us how far your child can walk, and send any letter from the GP.");
        page.locator("#ask-family").click();
        assertThat(page.locator("#status")).hasText("More information needed");

        newSession();
        page.navigate(applicationUrl);
        signInAs("families", "parent-priya");
        assertThat(page.locator("#information-request")).containsText("how far your child can walk");
        page.locator("#respond").click();
        assertThat(page.locator("h1")).hasText("Answer the council's question");
        assertAccessible("answer the council's question");
        page.locator("#text textarea").fill("About 100 metres, then he panics. The GP letter is attached.");
        page.locator("#evidence-upload input[type=file]").setInputFiles(new FilePayload("gp.pdf", "application/pdf", PDF));
        assertThat(page.locator("#evidence-files")).containsText("gp.pdf");
        page.locator("#send").click();
        assertThat(page.locator("#success-banner")).containsText("Your answer has been sent");
        assertThat(page.locator("#status")).hasText("Being assessed");

        newSession();
        page.navigate(url("sign-in"));
        signInAs("staff", "officer-olivia");
        page.locator("#open-" + reference).click();
        page.locator("#answers").getByText("About 100 metres").waitFor();
        page.locator("#cannot-walk").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Agree: the child cannot reasonably walk")).click();
        page.locator("#cannot-walk-reasons textarea").fill("GP confirms he cannot walk more than 100 metres.");
        page.locator("#save-assessment").click();
        assertThat(page.locator(".ta-timeline")).containsText("Assessment recorded");
        assertThat(page.locator("#recommendation")).containsText("The rules find the child eligible for free travel to Catmose College");
        page.locator("#decision-reasons textarea").fill("Your child cannot reasonably be expected to walk to school because of his needs.");
        page.locator("#decide").click();
        assertThat(page.locator("#error-summary")).containsText("Choose whether the child is eligible or not eligible");
        assertThat(page.locator("#decision-confirmation")).not().isVisible();
        page.locator("#decision-outcome").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Eligible").setExact(true)).click();
        page.locator("#decision-offers vaadin-checkbox", new Page.LocatorOptions().setHasText("personal transport budget")).click();
        page.locator("#decide").click();
        assertThat(page.locator("#decision-summary")).hasText("Eligible, category A, a personal transport budget");
        assertAccessible("case page asking to confirm the decision");
        assertThat(page.locator("#status")).hasText("Being assessed");
        page.locator("#confirm-decision").click();
        // Writing the letter takes a few seconds on a busy machine, as it always has.
        assertThat(page.locator("#step-done")).containsText("Decision sent",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(page.locator("#status")).hasText("Decided", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(page.locator("#letters")).containsText("Decision letter");
        assertAccessible("case page after the decision");

        newSession();
        page.navigate(applicationUrl);
        signInAs("families", "parent-priya");
        assertThat(page.locator("#status")).hasText("Decided");
        Download download = page.waitForDownload(() -> page.locator("#letters a").first().click());
        byte[] letter = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(new String(letter, 0, 5)).isEqualTo("%PDF-");
        assertThat(page.locator("#review-box")).containsText("You can ask for a review until");
        assertAccessible("tracker with a decision");
        page.locator("#ask-for-review").click();
        assertThat(page.locator("h1")).hasText("Ask for a review of the decision");
        assertAccessible("ask for a review");
        page.locator("#send").click();
        assertThat(page.locator("#error-summary")).containsText("Tell us why you think the decision is wrong");
        page.locator("#text textarea").fill("We would prefer a seat on the school bus to a budget.");
        page.locator("#send").click();
        assertThat(page.locator("#status")).hasText("Review requested");
        assertThat(page.locator("#timeline")).containsText("Review requested");
        assertAccessible("tracker with a review requested");
    }

    /** Adds a child of secondary school age (born 10 December 2014), from the household page, and returns the name. */
    static String addChild(BrowserJourney journey, String name) {
        journey.page.locator("#add-child").click();
        journey.fillChild(name, "le157hy");
        journey.page.locator("#dateOfBirth-year input").fill("2014");
        journey.page.locator("#save-child").click();
        assertThat(journey.page.locator("#success-banner")).containsText(name);
        return name;
    }

    /** Answers each question page in turn, scanning each with axe, and checks a missing answer is explained. */
    static void answerEveryQuestion(BrowserJourney journey, String firstName) {
        Page page = journey.page;
        assertThat(page.locator("h1")).hasText("Which school will " + firstName + " go to?");
        page.locator("#continue").click();
        assertThat(page.locator("#error-summary")).containsText("Choose the school your child goes to or will go to");
        journey.assertAccessible("school question with an error");
        // Text that matches no school stays, and Continue says so rather than saving nothing.
        page.locator("#answer input").fill("Hogwarts");
        page.locator("#answer input").press("Tab");
        assertThat(page.locator("#answer input")).hasValue("Hogwarts");
        page.locator("#continue").click();
        assertThat(page.locator("#error-summary")).containsText("No school matches \u201cHogwarts\u201d: choose one from the list");
        page.locator("#answer input").fill("Catmose Coll");
        // Typed and Enter, not a click on the list: the one school that matches is chosen.
        page.locator("#answer input").press("Enter");
        assertThat(page.locator("#answer input")).hasValue(java.util.regex.Pattern.compile("^Catmose College"));
        // Scan the page as the parent sees it after choosing, not Vaadin's list while it is still closing.
        assertThat(page.locator("#answer")).not().hasAttribute("opened", "");
        next(journey, "school question");
        choose(journey, "Yes", "home question");
        assertThat(page.locator("h1")).containsText("education, health and care");
        choose(journey, "Yes: the plan is final and names the school you chose", "EHC plan question");
        write(journey, "Autism. He cannot cope with traffic noise or crowds.", "needs question");
        choose(journey, "No", "walking question");
        next(journey, "medical question");
        next(journey, "equipment question");
        write(journey, "I do not drive, and his sister's school is in the other direction.", "family question");
        choose(journey, "No", "low income question");
        page.locator("#answer vaadin-checkbox", new Page.LocatorOptions().setHasText("personal transport budget")).click();
        next(journey, "kinds of help question");
    }

    private static void choose(BrowserJourney journey, String option, String where) {
        journey.page.locator("#answer").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(option).setExact(true)).click();
        next(journey, where);
    }

    private static void write(BrowserJourney journey, String text, String where) {
        journey.page.locator("#answer textarea").fill(text);
        next(journey, where);
    }

    private static void next(BrowserJourney journey, String where) {
        journey.assertAccessible(where);
        String before = journey.page.url();
        journey.page.locator("#continue").click();
        journey.page.waitForURL(url -> !url.equals(before));
    }

    /** Fetches a file the page links to, in this browser session, and checks it cannot run anything or be cached. */
    private byte[] assertServedSandboxed(String url, String mediaType) {
        var response = context.request().get(url);
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headers())
                .containsEntry("content-security-policy", "sandbox")
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("cache-control", "no-store")
                .hasEntrySatisfying("content-type", type -> org.assertj.core.api.Assertions.assertThat(type).startsWith(mediaType));
        return response.body();
    }
}
