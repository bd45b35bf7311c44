package org.travelassist.eligibility.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.travelassist.eligibility.EligibilityCheck;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.eligibility.EligibilityResult.CategoryFinding;
import org.travelassist.eligibility.EligibilityService;
import org.travelassist.eligibility.PinTooFarException;
import org.jspecify.annotations.Nullable;
import org.travelassist.security.RoutingQuota;
import org.travelassist.places.LatLon;
import org.travelassist.places.Routes;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.shared.ui.RouteMap;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.ui.MainLayout;
import org.travelassist.shared.ui.SummaryList;

/** The checker's provisional answer, with how it was worked out: the rules, the distances and the schools. */
@Route(CheckResultView.ROUTE)
@PageTitle("Your provisional answer - " + MainLayout.SERVICE_NAME)
@AnonymousAllowed
class CheckResultView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "check/result";
    static final int SCHOOLS_SHOWN = 10;

    private final Paragraph pinProblem = pinProblem();

    private static Paragraph pinProblem() {
        var problem = new Paragraph();
        problem.setId("pin-problem");
        problem.addClassName("ta-error-message");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        return problem;
    }

    /** Says what a move of home did; outside the answer, so screen readers hear it when the answer is redrawn. */
    private final Paragraph homeStatus = homeStatus();

    private static Paragraph homeStatus() {
        var status = new Paragraph();
        status.setId("home-status");
        status.addClassName("ta-visually-hidden");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        return status;
    }

    /** How far around the route the map draws the network's streets when there are no tiles. */
    static final double STREETS_MARGIN_METRES = 250;

    private final EligibilityService eligibility;
    private final SchoolRegister schools;
    private final Routes routes;
    private final String tileUrl;
    private final CouncilProfile council;
    private @Nullable HomeMover mover; // the buttons on the answer shown now

    private final RoutingQuota quota;

    private final org.springframework.beans.factory.ObjectProvider<org.travelassist.eligibility.CheckEstimates> estimates;

    CheckResultView(EligibilityService eligibility, SchoolRegister schools, Routes routes,
            @Value("${travelassist.map.tile-url:}") String tileUrl, CouncilProfile council, RoutingQuota quota,
            org.springframework.beans.factory.ObjectProvider<org.travelassist.eligibility.CheckEstimates> estimates) {
        this.estimates = estimates;
        this.eligibility = eligibility;
        this.schools = schools;
        this.routes = routes;
        this.tileUrl = tileUrl;
        this.council = council;
        this.quota = quota;
        addClassName("ta-narrow");
        add(homeStatus);
    }

    /** Removes the answer, keeping the status message that tells screen readers what changed. */
    private void clearAnswer() {
        getChildren().filter(child -> child != homeStatus).toList().forEach(this::remove);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clearAnswer();
        homeStatus.setText("");
        var check = CheckAnswers.result();
        if (check.isEmpty()) {
            event.forwardTo(CheckView.class);
            return;
        }
        show(check.get());
    }

    private void show(EligibilityCheck check) {
        EligibilityResult result = check.result();
        var back = new Anchor(CheckView.ROUTE, "Change your answers");
        back.addClassName("ta-back-link");
        var heading = new H1(headline(result.outcome()));
        heading.setId("outcome");
        var provisional = new Paragraph("This is a provisional answer, not a decision. " + council.name()
                + " decides when you apply, using the same rules.");
        provisional.addClassName("ta-inset");
        add(back, heading, provisional);
        if (result.indicative()) {
            var warning = new Paragraph(result.distanceMethod()); // it begins "Indicative: not a measured route."
            warning.setId("indicative");
            warning.addClassName("ta-warning");
            add(warning);
        }
        var summary = new Paragraph(result.summary());
        summary.setId("summary");
        add(summary);
        // Other modules' estimates (a travel budget's worth), each labelled as an estimate by the module that makes it.
        estimates.orderedStream().map(source -> source.estimate(result)).flatMap(java.util.Optional::stream).forEach(estimate -> {
            var box = new Div(new H2(estimate.heading()), new Paragraph(estimate.text()));
            box.setId("estimate");
            box.addClassName("ta-inset");
            add(box);
        });

        add(new H2("How we worked this out"));
        String home = check.homePoint() == EligibilityCheck.HomePoint.PIN
                ? "The point you placed on the map, near " + check.home().postcode().value()
                : check.home().postcode().value() + " (the centre of the postcode)";
        var facts = new SummaryList().row("Home", home)
                .row("Age used", result.ageUsed() + ", so the walking distance is " + result.walkingLimit().milesRounded().stripTrailingZeros().toPlainString() + " miles");
        if (result.school() != null) {
            facts.row("School", result.school().name()).row("Walking distance", result.school().walking().describe());
            if (result.school().road() != null) {
                facts.row("Road distance", result.school().road().describe());
            }
        }
        facts.row("How distances are measured", result.distanceMethod()).row("Policy", result.policyVersion());
        facts.setId("facts");
        add(facts);

        if (result.school() != null) {
            add(new H2("The walking route"));
            var route = new Paragraph(check.walkingRoute() == null
                    ? "We could not draw a walking route to " + result.school().name() + "."
                    : "The shortest walking route we found from " + (check.homePoint() == EligibilityCheck.HomePoint.PIN
                            ? "the point you placed on the map near " : "") + check.home().postcode() + " to " + result.school().name()
                            + " is " + result.school().walking().describe() + ", along "
                            + check.walkingRoute().points().size() + " points of the OpenStreetMap network.");
            route.setId("route");
            var attribution = new Paragraph("Map data " + EligibilityCheck.MAP_ATTRIBUTION);
            attribution.addClassName("ta-hint");
            add(route, map(check), attribution, pinProblem);
            var pinHelp = new Paragraph("Is your home in the wrong place? The centre of a postcode can be some way from a house. "
                    + "Click the map where your home is and we will measure again.");
            pinHelp.addClassName("ta-hint");
            pinHelp.setId("pin-help");
            var mover = new HomeMover(direction -> moveHome(HomeMover.moved(check.home().position(), direction),
                    "Home moved " + HomeMover.STEP_METRES + " metres " + direction.word + ". ", direction));
            add(pinHelp, mover);
            this.mover = mover;
        }

        if (!result.categories().isEmpty()) {
            add(new H2("The rules, one by one"));
            var rules = new Div();
            rules.setId("categories");
            result.categories().forEach(finding -> rules.add(category(finding)));
            add(rules);
        }

        add(new H2("Schools we considered"), new SchoolsConsidered(result, SCHOOLS_SHOWN));
        var apply = new Anchor("sign-in", "Sign in to apply");
        apply.setId("apply");
        apply.addClassName("ta-button");
        add(new H2("What to do next"),
                new Paragraph("Apply for travel assistance: the council looks at your child's circumstances and writes to "
                        + "you with its decision and the reasons. You can ask for a review if you disagree."),
                apply);
    }

    private RouteMap map(EligibilityCheck check) {
        var map = new RouteMap(tileUrl, EligibilityCheck.MAP_ATTRIBUTION);
        map.setId("route-map");
        var school = schools.find(check.result().school().urn()).orElseThrow();
        var route = check.walkingRoute() == null ? List.<RouteMap.Point>of()
                : check.walkingRoute().points().stream().map(p -> new RouteMap.Point(p.latitude(), p.longitude())).toList();
        var home = new RouteMap.Point(check.home().position().latitude(), check.home().position().longitude());
        var schoolPoint = new RouteMap.Point(school.position().latitude(), school.position().longitude());
        map.show(home, schoolPoint, route, "Your home", school.name(), tileUrl.isBlank() ? streets(check, school) : List.of());
        map.addHomeMovedListener(moved -> moveHome(new LatLon(moved.point().latitude(), moved.point().longitude()),
                "Home placed where you clicked. ", null));
        return map;
    }

    /** Measures again from a new home point, from a click on the map or a button; says what changed. */
    private void moveHome(LatLon to, String moved, HomeMover.@Nullable Direction direction) {
        CheckAnswers.request().ifPresent(request -> {
            var tooMany = quota.refusal();
            if (tooMany.isPresent()) {
                pinProblem.setText(tooMany.get());
                pinProblem.setVisible(true);
                return;
            }
            try {
                var pinned = eligibility.check(request, to);
                CheckAnswers.keepResult(request, pinned);
                clearAnswer();
                show(pinned);
                var school = pinned.result().school();
                homeStatus.setText(moved + (school == null ? "" : "The walking distance to " + school.name() + " is now "
                        + school.walking().describe() + "."));
                if (direction != null && mover != null) {
                    mover.focus(direction);
                }
            } catch (PinTooFarException e) {
                pinProblem.setText(e.getMessage());
                pinProblem.setVisible(true);
            }
        });
    }

    /** The network's streets around the route, for a map with no tiles to show where it goes. */
    private List<List<RouteMap.Point>> streets(EligibilityCheck check, org.travelassist.schools.School school) {
        var around = new java.util.ArrayList<LatLon>(check.walkingRoute() == null ? List.of() : check.walkingRoute().points());
        around.add(check.home().position());
        around.add(school.position());
        return routes.streetsAround(around, STREETS_MARGIN_METRES).stream()
                .map(street -> street.stream().map(p -> new RouteMap.Point(p.latitude(), p.longitude())).toList())
                .toList();
    }

    private static String headline(EligibilityResult.Outcome outcome) {
        return switch (outcome) {
            case ELIGIBLE -> "Your child is likely to get free travel to school";
            case COUNCIL_TO_ASSESS -> "Your child may get free travel to school";
            case NOT_ELIGIBLE -> "Your child is not likely to get free travel to school";
            case DISCRETIONARY -> "Help is at the council's discretion";
        };
    }

    private static Div category(CategoryFinding finding) {
        var title = new H3(finding.category().title);
        var tag = new Span(switch (finding.finding()) {
            case MET -> "Met";
            case NOT_MET -> "Not met";
            case FOR_THE_COUNCIL_TO_ASSESS -> "For the council to assess";
        });
        tag.addClassNames("ta-tag", "ta-tag--" + finding.finding().name().toLowerCase(Locale.UK).replace('_', '-'));
        var block = new Div(title, tag, new Paragraph(finding.reason()));
        block.addClassName("ta-category");
        block.setId("category-" + finding.category().name());
        return block;
    }

}
