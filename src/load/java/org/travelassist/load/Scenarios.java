package org.travelassist.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.travelassist.load.Vaadin.newTab;
import static org.travelassist.load.Vaadin.open;
import static org.travelassist.load.Vaadin.uidl;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.util.LinkedHashMap;

/** What people do in the portal, as Gatling chains; the simulations choose how many do it and how fast. */
public final class Scenarios {

    private Scenarios() {}

    /** Ketton, a Rutland postcode with a walking route to its schools. */
    static final String POSTCODE = "PE9 3TE";

    /** Anyone: the public checker, its answer on screen. */
    public static ChainBuilder checker() {
        var answers = new LinkedHashMap<String, String>();
        answers.put("postcode", POSTCODE);
        answers.put("dateOfBirth-day", "1");
        answers.put("dateOfBirth-month", "5");
        answers.put("dateOfBirth-year", "2014");
        return exec(newTab())
                .exec(open("checker", "check"))
                .exec(uidl("checker: answer and check", ui -> ui.typeAndClick(answers, "check"), "the provisional answer",
                        ui -> ui.byId("outcome").isPresent()));
    }

    /** A family signs in with One Login (the local provider) and lands on their household page. */
    public static ChainBuilder familySignsIn() {
        return exec(Vaadin.signIn("parent signs in", "families", Vaadin::familyClaims))
                .exec(Vaadin.uidl("parent: household", ui -> ui.navigate("household"), "their household",
                        ui -> ui.headingText().startsWith("Your household")));
    }

    /** The tracker of their application, from the list of applications, then the payments page. */
    public static ChainBuilder parentLooksAround() {
        return exec(Vaadin.navigate("parent: applications", "applications"))
                .exec(Vaadin.uidl("parent: tracker", ui -> ui.navigate(ui.href(Scenarios::isApplication)), "the tracker",
                        ui -> ui.byId("status").isPresent()))
                .exec(Vaadin.uidl("parent: payments", ui -> ui.navigate("payments"), "the payments page",
                        ui -> ui.headingText().contains("ayments")));
    }

    /** Mileage: the allowance, "Claim for December 2026" (the school's days are ticked), then Send. */
    public static ChainBuilder parentClaimsAMonth() {
        return exec(Vaadin.navigate("parent: mileage claims", "claims"))
                .exec(Vaadin.uidl("parent: allowance", ui -> ui.navigate(ui.href(href -> href.startsWith("claims/allowance/"))),
                        "the allowance's months", ui -> ui.byId("claim-months").isPresent()))
                .exec(Vaadin.uidl("parent: claim for December", ui -> ui.click("claim-2026-12"), "the claim calendar",
                        ui -> ui.byId("claim-calendar").isPresent()))
                .exec(Vaadin.uidl("parent: send claim", ui -> ui.click("send"), "the sent claim",
                        ui -> ui.byId("status").isPresent() && ui.byId("claim-calendar").isEmpty()));
    }

    static boolean isApplication(String href) {
        return href.matches("applications/[0-9a-f-]{36}");
    }

    public static ChainBuilder parent() {
        return exec(familySignsIn()).exec(parentLooksAround()).exec(parentClaimsAMonth());
    }

    public static ScenarioBuilder checkerScenario() {
        return scenario("A parent runs the checker").exec(checker());
    }
}
