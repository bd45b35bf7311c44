package org.travelassist.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travelassist.applications.Offer;
import org.travelassist.applications.internal.LetterWriter.Addressee;
import org.travelassist.applications.internal.LetterWriter.AppealLetter;
import org.travelassist.applications.internal.LetterWriter.Council;
import org.travelassist.applications.internal.LetterWriter.DecisionLetter;
import org.travelassist.applications.internal.LetterWriter.Heading;
import org.travelassist.applications.internal.LetterWriter.HearingLetter;
import org.travelassist.applications.internal.LetterWriter.ReviewLetter;
import org.travelassist.applications.internal.LetterWriter.Route;
import org.travelassist.applications.internal.LetterWriter.SchoolRow;
import org.travelassist.shared.CouncilProfile;
import org.xml.sax.InputSource;

/** The letter templates escape everything they are given and always give well-formed XHTML, whatever was typed. */
class LetterTemplatesTest {

    static final String HOSTILE = "<script>alert('x')</script> & \"Tom\" \u000B the next line\u0000";

    final LetterTemplates templates = new LetterTemplates("");

    @Test
    void every_letter_escapes_what_people_typed_and_stays_well_formed() throws Exception {
        var rows = List.of(new SchoolRow(HOSTILE, "1 mile", false, HOSTILE));
        var route = new Route(HOSTILE, "2.04 miles (3,283 metres)", null, 11, "3", HOSTILE, "RUTLAND-2026-1", true, rows, rows, true);
        List<Map<String, Object>> offers = Arrays.stream(Offer.values()).map(o -> Map.<String, Object>of("label", HOSTILE, o.name(), true)).toList();
        var letters = List.of(
                templates.render("decision", new DecisionLetter(heading(), HOSTILE, offers, HOSTILE, route, "1 March 2027")),
                templates.render("review", new ReviewLetter(heading(), HOSTILE, HOSTILE, "1 March 2027", HOSTILE, HOSTILE, route, "2 April 2027")),
                templates.render("hearing", new HearingLetter(heading(), "1 March 2027", true, "15 February 2027", "8 March 2027")),
                templates.render("appeal", new AppealLetter(heading(), HOSTILE, HOSTILE)));
        for (String body : letters) {
            assertThat(body).doesNotContain("<script>").doesNotContain("\u000B").doesNotContain("\u0000")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Tom&quot; <br/> the next line")
                    .contains("Home to School Transport Team");
            wellFormed(body);
        }
    }

    @Test
    void an_eligible_decision_words_each_offer_in_full() {
        List<Map<String, Object>> offers = List.of(Map.of("label", "A mileage allowance", "MILEAGE_ALLOWANCE", true));

        String body = templates.render("decision", new DecisionLetter(heading(), "Eligible", offers, "Reasons", null, "1 March 2027"));

        assertThat(body).contains("What we offer").contains("A mileage allowance").contains("What it is:").contains("How it works:")
                .contains("What happens next:").contains("two return journeys").doesNotContain("personal transport budget agreement");
        assertThat(templates.render("decision", new DecisionLetter(heading(), "Not eligible", List.of(), "Reasons", null, "1 March 2027")))
                .doesNotContain("What we offer");
    }

    @Test
    void a_council_can_replace_one_template_and_keep_the_others(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("appeal.mustache"), "{{> header}}<p>Our own wording: {{reasons}}</p>{{> sign-off}}");
        var councils = new LetterTemplates(directory.toString());

        String body = councils.render("appeal", new AppealLetter(heading(), "Dismissed", "<b>Because</b>"));

        assertThat(body).contains("Our own wording: &lt;b&gt;Because&lt;/b&gt;").contains("Our reference: TA-2026-000001")
                .doesNotContain("Ombudsman");
        wellFormed(body);
    }

    @Test
    void the_letters_promise_the_working_day_windows_the_council_set() {
        var heading = heading(new CouncilProfile.WorkingDayWindows(20, 15, 18, 25, 35, 7, 3));

        assertThat(templates.render("decision", new DecisionLetter(heading, "Not eligible", List.of(), "Reasons", null, "1 March 2027")))
                .contains("within 15 working days of this letter").contains("write to you within 18 working days");
        assertThat(templates.render("review", new ReviewLetter(heading, "Upheld", "Grounds", "1 March 2027", "Reasons", "How", null, "2 April 2027")))
                .contains("within 25 working days of this letter").contains("hear your appeal within 35 working days");
        assertThat(templates.render("hearing", new HearingLetter(heading, "1 March 2027", true, "15 February 2027", "8 March 2027")))
                .contains("7 working days before the hearing").contains("within 3 working days of the hearing");
    }

    static Heading heading() {
        return heading(new CouncilProfile.WorkingDayWindows(20, 20, 20, 20, 40, 10, 5));
    }

    static Heading heading(CouncilProfile.WorkingDayWindows days) {
        return new Heading("Decision letter", "Decision on your application", new Addressee(HOSTILE, List.of(HOSTILE, "LE15 7HY")),
                "1 December 2026", "TA-2026-000001", HOSTILE, HOSTILE,
                new Council("Rutland County Council", "Home to School Transport Team", "Catmose, Oakham, Rutland LE15 6HP", "01572 722577", days));
    }

    static void wellFormed(String body) throws Exception {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader("<body>" + body + "</body>")));
    }
}
