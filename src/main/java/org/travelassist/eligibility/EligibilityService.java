package org.travelassist.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.EligibilityCheck.HomePoint;
import org.travelassist.eligibility.EligibilityResult.Measure;
import org.travelassist.places.GridReference;
import org.travelassist.places.LatLon;
import org.travelassist.places.LocalAuthorities;
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
    private final LocalAuthorities councils;
    private final SchoolRegister schools;
    private final Routes routes;
    private final EligibilityPolicies policies;
    private final Clock clock;

    EligibilityService(PostcodeRegister postcodes, LocalAuthorities councils, SchoolRegister schools, Routes routes,
            EligibilityPolicies policies, Clock clock) {
        this.postcodes = postcodes;
        this.councils = councils;
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
        return check(request, pin, CaseInputs.NONE, Audience.FAMILY);
    }

    /**
     * The check an officer runs on an application, with their judgements: whether the child cannot reasonably be
     * expected to walk (category A) and whether the walking route is unsafe (category B); null until judged.
     */
    public EligibilityCheck check(CheckRequest request, @Nullable LatLon pin, @Nullable Boolean officerFindsCannotWalk,
            @Nullable Boolean officerFindsRouteUnsafe) {
        return check(request, pin, CaseInputs.judged(officerFindsCannotWalk, officerFindsRouteUnsafe));
    }

    /**
     * The check for an application: the family's answers, the schools the EHC plan names and the officer's
     * judgements, with the reasons written for the officer (they are also quoted in the decision letter).
     */
    public EligibilityCheck check(CheckRequest request, @Nullable LatLon pin, CaseInputs inputs) {
        return check(request, pin, inputs, Audience.OFFICER);
    }

    private EligibilityCheck check(CheckRequest request, @Nullable LatLon pin, CaseInputs inputs, Audience audience) {
        PostcodeLocation centre = postcodes.find(request.postcode()).orElseThrow(
                () -> new UnknownPostcodeException(request.postcode(), councils.find(request.postcode()).orElse(null)));
        PostcodeLocation home = pin == null ? centre : pinned(centre, pin);
        LocalDate today = GovukDates.today(clock);
        Map<String, School> nearby = new LinkedHashMap<>();
        schools.within(home.grid(), SEARCH_RADIUS_METRES).forEach(school -> nearby.put(school.urn(), school));
        for (String urn : wanted(request, inputs)) {
            if (!nearby.containsKey(urn)) {
                School named = schools.find(urn).orElseThrow(() -> new IllegalArgumentException("No open school with URN " + urn));
                nearby.put(named.urn(), named);
            }
        }
        Map<String, Double> walkingToEntrances = routes.walking(home.grid(), home.position(), entrances(nearby.values()));
        Map<String, Double> walking = nearestEntrance(walkingToEntrances);
        Set<String> noWalkingRoute = straightLinesWhereNoRoute(nearby.values(), walking, home.grid());
        var question = new EligibilityQuestion(request.dateOfBirth(), today, request.schoolUrn(), request.senDisabilityOrMobility(),
                inputs.cannotWalk(), inputs.routeUnsafe(), request.lowIncome(), request.religionOrBelief(), inputs.ehcpNamedSchoolUrns(),
                inputs.sex() != null ? inputs.sex() : request.sex(), inputs.suitableForSelectiveSchool(), inputs.schoolMarks());

        List<School> all = List.copyOf(nearby.values());
        List<School> needRoad = request.lowIncome() ? all : schoolInQuestion(question, all, walking, noWalkingRoute);
        Map<String, Double> road = nearestEntrance(routes.driving(home.grid(), home.position(), entrances(needRoad)));
        List<CandidateSchool> candidates = candidates(all, walking, road, noWalkingRoute);

        EligibilityResult result = EligibilityRules.assess(question, candidates, policies.inForce(today),
                routes.method(pin == null ? Routes.FROM_POSTCODE_CENTRE : Routes.FROM_PLACED_POINT), !routes.measured(),
                audience);
        var route = result.school() == null ? null
                : nearby.get(result.school().urn()).entrances().stream()
                        .min(java.util.Comparator.comparingDouble(gate -> walkingToEntrances.getOrDefault(entranceId(result.school().urn(), gate), Double.MAX_VALUE)))
                        .flatMap(gate -> routes.walkingRoute(home.position(), gate.position())).orElse(null);
        return new EligibilityCheck(result, home, pin == null ? HomePoint.POSTCODE_CENTROID : HomePoint.PIN, route);
    }

    /**
     * A school the router cannot reach on foot stays a candidate: the straight line to its nearest entrance stands
     * in (in {@code walking}), labelled, and the result asks the officer to check it. Dropping the school could make a
     * further one "the nearest" without anyone knowing.
     *
     * @return the schools whose walking distance is now a straight line
     */
    static Set<String> straightLinesWhereNoRoute(java.util.Collection<School> schools, Map<String, Double> walking, GridReference home) {
        Set<String> noWalkingRoute = new HashSet<>();
        for (School school : schools) {
            if (Double.isNaN(walking.getOrDefault(school.urn(), Double.NaN))) {
                noWalkingRoute.add(school.urn());
                walking.put(school.urn(), school.entrances().stream().mapToDouble(gate -> gate.grid().metresTo(home)).min().orElseThrow());
            }
        }
        return noWalkingRoute;
    }

    /** The school asked about and those the EHC plan names: candidates even when further than the search radius. */
    private static List<String> wanted(CheckRequest request, CaseInputs inputs) {
        var urns = new java.util.ArrayList<String>();
        if (request.schoolUrn() != null) {
            urns.add(request.schoolUrn());
        }
        urns.addAll(inputs.ehcpNamedSchoolUrns());
        return urns;
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
            Set<String> noWalkingRoute) {
        String urn = question.chosenSchoolUrn() != null ? question.chosenSchoolUrn()
                : EligibilityRules.consider(question, candidates(reachable, walking, Map.of(), noWalkingRoute)).stream()
                        .filter(EligibilityResult.SchoolFinding::suitable).map(EligibilityResult.SchoolFinding::urn).findFirst().orElse(null);
        return reachable.stream().filter(s -> s.urn().equals(urn)).toList();
    }

    private static List<CandidateSchool> candidates(List<School> schools, Map<String, Double> walking, Map<String, Double> road,
            Set<String> noWalkingRoute) {
        return schools.stream().map(school -> {
            Double roadMetres = road.get(school.urn());
            return new CandidateSchool(school.urn(), school.name(), school.qualifying(), school.independent(), school.special(),
                    school.selective(), school.lowAge(), school.highAge(), school.gender(), school.religiousCharacter(),
                    Distance.metres(walking.get(school.urn())),
                    roadMetres == null || Double.isNaN(roadMetres) ? null : Distance.metres(roadMetres),
                    noWalkingRoute.contains(school.urn()) ? Measure.STRAIGHT_LINE : Measure.ROUTE);
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

    /**
     * The religious characters of schools in the register, for the checker's religion or belief question; a
     * joint-denomination school adds each of its denominations.
     */
    public List<String> religiousCharacters() {
        return schools.openSchools().stream().flatMap(school -> CandidateSchool.religiousCharacters(school.religiousCharacter()).stream())
                .distinct().sorted().toList();
    }
}
