package org.travelassist.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.EligibilityCheck.HomePoint;
import org.travelassist.places.GridReference;
import org.travelassist.places.LatLon;
import org.travelassist.places.NationalGrid;
import org.travelassist.places.PostcodeLocation;
import org.travelassist.places.PostcodeRegister;
import org.travelassist.places.Routes;
import org.travelassist.places.Routes.Destination;
import org.travelassist.schools.AccessPoint;
import org.travelassist.schools.School;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.shared.GovukDates;

/**
 * Answers "can my child get help?" for anyone, signed in or not: finds home from the postcode, the schools within
 * reach, their walking and road distances, and applies the rules under the policy in force today.
 */
@Service
@PreAuthorize("permitAll()")
@EnableConfigurationProperties(EligibilityPolicies.class)
public class EligibilityService {

    /** Every school that could matter is within 15 miles by road, so within 15 miles in a straight line. */
    static final double SEARCH_RADIUS_METRES = Distance.FIFTEEN_MILES.metres();
    public static final double PIN_LIMIT_METRES = 1000;

    private final PostcodeRegister postcodes;
    private final SchoolRegister schools;
    private final Routes routes;
    private final EligibilityPolicies policies;
    private final Clock clock;

    EligibilityService(PostcodeRegister postcodes, SchoolRegister schools, Routes routes, EligibilityPolicies policies, Clock clock) {
        this.postcodes = postcodes;
        this.schools = schools;
        this.routes = routes;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * Routes what the rules need: walking to every school within reach (the nearest decides), and by road either
     * to every school (the low-income rules' 6- and 15-mile limits) or only to the school the answer is about.
     */
    public EligibilityCheck check(CheckRequest request) {
        return check(request, null);
    }

    /**
     * The same check from a pin the family placed on the map, which must be within {@link #PIN_LIMIT_METRES} of
     * the postcode's centre: a postcode centre can be a few hundred metres from a rural home.
     */
    public EligibilityCheck check(CheckRequest request, @Nullable LatLon pin) {
        return check(request, pin, null, null);
    }

    /**
     * The check an officer runs on an application, with their judgements: whether the child cannot reasonably be
     * expected to walk (category A) and whether the walking route is unsafe (category B); null until judged.
     */
    public EligibilityCheck check(CheckRequest request, @Nullable LatLon pin, @Nullable Boolean officerFindsCannotWalk,
            @Nullable Boolean officerFindsRouteUnsafe) {
        PostcodeLocation centre = postcodes.find(request.postcode()).orElseThrow(() -> new UnknownPostcodeException(request.postcode()));
        PostcodeLocation home = pin == null ? centre : pinned(centre, pin);
        LocalDate today = GovukDates.today(clock);
        Map<String, School> nearby = new LinkedHashMap<>();
        schools.within(home.grid(), SEARCH_RADIUS_METRES).forEach(school -> nearby.put(school.urn(), school));
        if (request.schoolUrn() != null && !nearby.containsKey(request.schoolUrn())) {
            School chosen = schools.find(request.schoolUrn())
                    .orElseThrow(() -> new IllegalArgumentException("No open school with URN " + request.schoolUrn()));
            nearby.put(chosen.urn(), chosen);
        }
        Map<String, Double> walkingToEntrances = routes.walking(home.grid(), home.position(), entrances(nearby.values()));
        Map<String, Double> walking = nearestEntrance(walkingToEntrances);
        var question = new EligibilityQuestion(request.dateOfBirth(), today, request.schoolUrn(), request.senDisabilityOrMobility(),
                officerFindsCannotWalk, officerFindsRouteUnsafe, request.lowIncome(), request.religionOrBelief(), List.of(), null);

        List<School> reachable = nearby.values().stream().filter(s -> !Double.isNaN(walking.get(s.urn()))).toList();
        List<School> needRoad = request.lowIncome() ? reachable : schoolInQuestion(question, reachable, walking, Map.of());
        Map<String, Double> road = nearestEntrance(routes.driving(home.grid(), home.position(), entrances(needRoad)));
        List<CandidateSchool> candidates = candidates(reachable, walking, road);

        EligibilityResult result = EligibilityRules.assess(question, candidates, policies.inForce(today), routes.method(), !routes.measured());
        var route = result.school() == null ? null
                : nearby.get(result.school().urn()).entrances().stream()
                        .min(java.util.Comparator.comparingDouble(gate -> walkingToEntrances.getOrDefault(entranceId(result.school().urn(), gate), Double.MAX_VALUE)))
                        .flatMap(gate -> routes.walkingRoute(home.position(), gate.position())).orElse(null);
        return new EligibilityCheck(result, home, pin == null ? HomePoint.POSTCODE_CENTROID : HomePoint.PIN, route);
    }

    private static PostcodeLocation pinned(PostcodeLocation centre, LatLon pin) {
        GridReference grid = NationalGrid.toGrid(pin);
        if (grid.metresTo(centre.grid()) > PIN_LIMIT_METRES) {
            throw new PinTooFarException(centre.postcode());
        }
        return new PostcodeLocation(centre.postcode(), grid, pin, centre.positionalQuality());
    }

    /** The chosen school, or else the nearest suitable one, as the rules will pick it. */
    private static List<School> schoolInQuestion(EligibilityQuestion question, List<School> reachable, Map<String, Double> walking,
            Map<String, Double> road) {
        String urn = question.chosenSchoolUrn() != null ? question.chosenSchoolUrn()
                : EligibilityRules.consider(question, candidates(reachable, walking, road)).stream()
                        .filter(EligibilityResult.SchoolFinding::suitable).map(EligibilityResult.SchoolFinding::urn).findFirst().orElse(null);
        return reachable.stream().filter(s -> s.urn().equals(urn)).toList();
    }

    private static List<CandidateSchool> candidates(List<School> schools, Map<String, Double> walking, Map<String, Double> road) {
        return schools.stream().map(school -> {
            Double roadMetres = road.get(school.urn());
            return new CandidateSchool(school.urn(), school.name(), school.qualifying(), school.independent(), school.special(),
                    school.selective(), school.lowAge(), school.highAge(), school.gender(), school.religiousCharacter(),
                    Distance.metres(walking.get(school.urn())),
                    roadMetres == null || Double.isNaN(roadMetres) ? null : Distance.metres(roadMetres));
        }).toList();
    }

    /** Every school's entrances: the gates officers recorded, or the school's GIAS point. */
    private static List<Destination> entrances(java.util.Collection<School> schools) {
        return schools.stream().flatMap(school -> school.entrances().stream()
                .map(gate -> new Destination(entranceId(school.urn(), gate), gate.grid(), gate.position()))).toList();
    }

    private static String entranceId(String urn, AccessPoint gate) {
        return urn + "#" + gate.id();
    }

    /** The distance to each school is the distance to its nearest entrance; NaN when no entrance can be reached. */
    private static Map<String, Double> nearestEntrance(Map<String, Double> byEntrance) {
        var byUrn = new LinkedHashMap<String, Double>();
        byEntrance.forEach((id, metres) -> byUrn.merge(id.substring(0, id.indexOf('#')),
                Double.isNaN(metres) ? Double.POSITIVE_INFINITY : metres, Math::min));
        byUrn.replaceAll((urn, metres) -> metres.isInfinite() ? Double.NaN : metres);
        return byUrn;
    }

    /** The religious characters of schools in the register, for the checker's religion or belief question. */
    public List<String> religiousCharacters() {
        return schools.openSchools().stream().map(School::religiousCharacter).filter(r -> r != null).distinct().sorted().toList();
    }
}
