package org.travelassist.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.travelassist.places.PostcodeLocation;
import org.travelassist.places.PostcodeRegister;
import org.travelassist.places.Routes;
import org.travelassist.places.Routes.Destination;
import org.travelassist.places.Routes.Journey;
import org.travelassist.schools.School;
import org.travelassist.schools.SchoolRegister;

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

    public EligibilityCheck check(CheckRequest request) {
        PostcodeLocation home = postcodes.find(request.postcode()).orElseThrow(() -> new UnknownPostcodeException(request.postcode()));
        LocalDate today = LocalDate.now(clock);
        List<School> nearby = new ArrayList<>(schools.within(home.grid(), SEARCH_RADIUS_METRES));
        if (request.schoolUrn() != null && nearby.stream().noneMatch(s -> s.urn().equals(request.schoolUrn()))) {
            nearby.add(schools.find(request.schoolUrn())
                    .orElseThrow(() -> new IllegalArgumentException("No open school with URN " + request.schoolUrn())));
        }
        Map<String, Journey> journeys = routes.fromHome(home.grid(), home.position(),
                nearby.stream().map(s -> new Destination(s.urn(), s.grid(), s.position())).toList());
        var candidates = new ArrayList<CandidateSchool>();
        for (School school : nearby) {
            Journey journey = journeys.get(school.urn());
            if (journey == null || Double.isNaN(journey.walkingMetres())) {
                continue; // no walking route on the network: it cannot be the nearest by walking route
            }
            double road = Double.isNaN(journey.drivingMetres()) ? journey.walkingMetres() : journey.drivingMetres();
            candidates.add(new CandidateSchool(school.urn(), school.name(), school.qualifying(), school.independent(),
                    school.special(), school.selective(), school.lowAge(), school.highAge(), school.gender(),
                    school.religiousCharacter(), Distance.metres(journey.walkingMetres()), Distance.metres(road)));
        }
        var question = new EligibilityQuestion(request.dateOfBirth(), today, request.schoolUrn(), request.senDisabilityOrMobility(),
                null, null, request.lowIncome(), request.religionOrBelief(), List.of(), null);
        EligibilityResult result = EligibilityRules.assess(question, candidates, policies.inForce(today), routes.method(), !routes.measured());
        var route = result.school() == null ? null
                : schools.find(result.school().urn()).flatMap(s -> routes.walkingRoute(home.position(), s.position())).orElse(null);
        return new EligibilityCheck(result, home, route);
    }

    /** The religious characters of schools in the register, for the checker's religion or belief question. */
    public List<String> religiousCharacters() {
        var seen = new LinkedHashMap<String, Boolean>();
        schools.openSchools().stream().map(School::religiousCharacter).filter(r -> r != null).sorted().forEach(r -> seen.put(r, true));
        return List.copyOf(seen.keySet());
    }
}
