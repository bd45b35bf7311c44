package org.travelassist.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.travelassist.load.Vaadin.newTab;
import static org.travelassist.load.Vaadin.open;
import static org.travelassist.load.Vaadin.uidl;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
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

    /**
     * A family applies: their applications, "Apply for" their child, each question answered as a parent would (the
     * school and the EHC plan come from the child's record), no evidence, the declaration, Send.
     */
    public static ChainBuilder applicantApplies() {
        return exec(Vaadin.signIn("applicant signs in", "families", Vaadin::familyClaims))
                .exec(Vaadin.navigate("applicant: applications", "applications"))
                .exec(uidl("applicant: apply", ui -> ui.clickNode(ui.matching(node -> "vaadin-button".equals(node.tag)
                        && String.valueOf(node.attribute("id")).startsWith("apply-")).getFirst()), "the first question",
                        ui -> ui.byId("answer").isPresent()))
                .exec(asLongAs(session -> Vaadin.ui(session).byId("answer").isPresent(), "question").on(
                        exec(session -> session.getInt("question") > 12 ? session.markAsFailed() : session)
                                .exitHereIfFailed()
                                .exec(uidl("applicant: answer and continue", Scenarios::answer, "the next page",
                                        ui -> !ui.headingText().equals(ui.mark())))))
                .exec(uidl("applicant: evidence (none), continue", ui -> ui.click("continue"), "check your answers",
                        ui -> ui.byId("declaration").isPresent()))
                .exec(uidl("applicant: declare and send", ui -> ui.batch().check("declaration").click("send").send(), "the confirmation",
                        ui -> ui.byId("reference").isPresent()));
    }

    /** One question page: the answer a parent would give, then Continue. */
    static String answer(VaadinUi ui) {
        String heading = ui.headingText();
        ui.mark(heading);
        VaadinUi.Node field = ui.require("answer");
        var step = ui.batch();
        switch (field.tag) {
            case "vaadin-radio-group" -> {
                if (VaadinUi.value(field).isEmpty()) {
                    step.choose("answer", heading.contains("live at this address") ? "Yes" : "No");
                }
            }
            case "vaadin-text-area" -> {
                if (heading.startsWith("Tell us about")) {
                    step.type("answer", "Autism; cannot cope with crowds or traffic noise", "value-changed");
                } else if (heading.startsWith("Could you or another adult")) {
                    step.type("answer", "I do not drive and work shifts that start at 7am", "value-changed");
                }
            }
            case "vaadin-checkbox-group" -> step.tick("answer", "A mileage allowance");
            default -> { } // the school, from the child's record
        }
        return step.click("continue").send();
    }

    /**
     * An officer works the queue: signs in (Entra ID's role claim), the queue, the case of the family this officer is
     * given ({@code family}, a {@code load-waiting-NNNN} number, so no two officers take one case), then decides:
     * eligible, category B, a mileage allowance, the reasons, Check, Confirm and send.
     */
    public static ChainBuilder officerDecides() {
        return exec(Vaadin.signIn("officer signs in", "staff", Vaadin.staffClaims("TransportOfficer")))
                .exec(uidl("officer: work queue", ui -> ui.navigate("officer/queue"), "the work queue", ui -> ui.byId("work-queue").isPresent()))
                .exec(session -> session.set("child", "Child " + LoadAccounts.waiting(session.getInt("family"))))
                .exec(session -> {
                    Vaadin.ui(session).mark(session.getString("child"));
                    return session;
                })
                // The queue shows 50 at a time, soonest due first: the officer turns its pages until the child's row.
                .asLongAs(session -> !Vaadin.ui(session).hasRow(session.getString("child"))
                        && Vaadin.ui(session).byId("queue-next").filter(next -> next.attribute("disabled") == null).isPresent()
                        && session.getInt("queuePage") < 100, "queuePage")
                .on(uidl("officer: next page of the queue", ui -> ui.click("queue-next")))
                .exec(uidl("officer: open the case", ui -> ui.navigate(ui.hrefInRow(ui.mark(), href -> href.startsWith("officer/applications/"))),
                        "the case page", ui -> ui.byId("decision-outcome").isPresent()))
                .exec(uidl("officer: choose eligible", ui -> ui.batch().choose("decision-outcome", "Eligible").send()))
                .exec(uidl("officer: check the decision", ui -> ui.batch().select("decision-category", "B:")
                        .tick("decision-offers", "A mileage allowance")
                        .type("decision-reasons", "The walking route is unsafe.", "change").click("decide").send(),
                        "what the letter will say", ui -> ui.byId("confirm-decision").isPresent()))
                .exec(uidl("officer: confirm and send", ui -> ui.click("confirm-decision"), "the decision made",
                        ui -> ui.pageText().contains("Decision sent")));
    }

    /** Finance: signs in, the payments page, a run for the earliest date it offers. */
    public static ChainBuilder financeCreatesARun() {
        return exec(Vaadin.signIn("finance signs in", "staff", Vaadin.staffClaims("FinanceOfficer")))
                .exec(uidl("finance: payments", ui -> ui.navigate("finance/payments"), "the payments page", ui -> ui.byId("create-run").isPresent()))
                .exec(uidl("finance: create a run", ui -> {
                    var example = java.util.regex.Pattern.compile("for example (\\d{1,2}) (\\d{1,2}) (\\d{4})").matcher(ui.pageText());
                    if (!example.find()) {
                        throw new IllegalStateException("no earliest run date on the payments page");
                    }
                    return ui.batch().type("run-date-day", example.group(1), "change").type("run-date-month", example.group(2), "change")
                            .type("run-date-year", example.group(3), "change").click("create-run").send();
                }, "the run made, or why not", ui -> ui.pageText().contains("Another finance officer must approve it")
                        || ui.pageText().contains("There are no payments due")));
    }

    /** A signed-in parent who comes back every so often: payments, their claims, the tracker. */
    public static ChainBuilder keepBrowsing() {
        return exec(pause(Duration.ofSeconds(20), Duration.ofSeconds(40)))
                .exec(uidl("parent again: payments", ui -> ui.navigate("payments"), "the payments page", ui -> ui.headingText().contains("ayments")))
                .exec(pause(Duration.ofSeconds(20), Duration.ofSeconds(40)))
                .exec(uidl("parent again: claims", ui -> ui.navigate("claims"), "their claims",
                        ui -> ui.byId("allowances").isPresent() || ui.byId("no-allowance").isPresent()))
                .exec(pause(Duration.ofSeconds(20), Duration.ofSeconds(40)))
                .exec(Vaadin.navigate("parent again: applications", "applications"))
                .exec(uidl("parent again: tracker", ui -> ui.navigate(ui.href(Scenarios::isApplication)), "the tracker",
                        ui -> ui.byId("status").isPresent()));
    }

    static boolean isApplication(String href) {
        return href.matches("applications/[0-9a-f-]{36}");
    }

    public static ChainBuilder parent() {
        return exec(familySignsIn()).exec(parentLooksAround()).exec(parentClaimsAMonth());
    }

    /** The same tab, another check: "Change your answers", then Check again. */
    public static ChainBuilder checkAgain() {
        return exec(Vaadin.navigate("checker again: change answers", "check"))
                .exec(uidl("checker again: check", ui -> ui.click("check"), "the provisional answer", ui -> ui.byId("outcome").isPresent()));
    }

    public static ScenarioBuilder checkerScenario() {
        return scenario("A parent runs the checker").exec(checker());
    }
}
