package org.travelassist.places.internal;

import static com.graphhopper.json.Statement.If;
import static com.graphhopper.json.Statement.Op.LIMIT;
import static com.graphhopper.json.Statement.Op.MULTIPLY;

import com.graphhopper.GHRequest;
import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.PMap;
import com.graphhopper.util.TurnCostsConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.travelassist.places.GridReference;
import org.travelassist.places.LatLon;
import org.travelassist.places.Routes;

/**
 * Routes on an OpenStreetMap extract with GraphHopper. Two models of our own, not GraphHopper's foot.json and
 * car.json, which prefer quiet or fast roads over short ones: "walk" is the shortest way on anything a person may
 * walk (footpaths and bridleways included, private ways and motorways excluded by OSM access), "drive" the
 * shortest way a car may go, with turn restrictions. Distances include the straight legs from the postcode to
 * the network and from the network to the school.
 */
class GraphHopperRoutes implements Routes {

    static final String WALK = "walk";
    static final String DRIVE = "drive";

    private static final Logger log = LoggerFactory.getLogger(GraphHopperRoutes.class);

    private final GraphHopper hopper;

    GraphHopperRoutes(Path osmFile, Path graphDirectory) {
        hopper = new GraphHopper();
        hopper.setOSMFile(osmFile.toString());
        hopper.setGraphHopperLocation(graphDirectory.toString());
        hopper.setEncodedValuesString("foot_access, car_access");
        hopper.setProfiles(
                new Profile(WALK).setCustomModel(shortest("foot_access")),
                new Profile(DRIVE).setCustomModel(shortest("car_access")).setTurnCostsConfig(TurnCostsConfig.car()));
        long started = System.nanoTime();
        log.info("Loading the routing graph from {} (building it from {} if it is not there yet)", graphDirectory, osmFile);
        hopper.importOrLoad();
        log.info("Routing graph ready in {} ms: {} nodes, {} edges", (System.nanoTime() - started) / 1_000_000,
                hopper.getBaseGraph().getNodes(), hopper.getBaseGraph().getEdges());
    }

    /** Constant speed and no distance influence: the cheapest route is the shortest one. */
    private static CustomModel shortest(String access) {
        return new CustomModel()
                .addToPriority(If("!" + access, MULTIPLY, "0"))
                .addToSpeed(If("true", LIMIT, "5"))
                .setDistanceInfluence(0d);
    }

    @Override
    public Map<String, Journey> fromHome(GridReference homeGrid, LatLon home, List<Destination> destinations) {
        Map<String, Double> walking = tree(WALK, home, destinations);
        Map<String, Double> driving = tree(DRIVE, home, destinations);
        var journeys = new LinkedHashMap<String, Journey>();
        for (Destination destination : destinations) {
            journeys.put(destination.id(), new Journey(
                    walking.getOrDefault(destination.id(), Double.NaN), driving.getOrDefault(destination.id(), Double.NaN)));
        }
        return journeys;
    }

    /**
     * One shortest-path tree from home over the whole graph gives every destination at once (GraphHopper's own
     * matrix API is not open source). Snaps are made afresh for each home, since a query graph rewrites them.
     */
    private Map<String, Double> tree(String profileName, LatLon home, List<Destination> destinations) {
        Profile profile = hopper.getProfile(profileName);
        Weighting weighting = hopper.createWeighting(profile, new PMap());
        var snapFilter = new DefaultSnapFilter(weighting,
                hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(profileName)));
        Snap origin = hopper.getLocationIndex().findClosest(home.latitude(), home.longitude(), snapFilter);
        if (!origin.isValid()) {
            return Map.of();
        }
        var snaps = new ArrayList<Snap>();
        snaps.add(origin);
        var snapped = new LinkedHashMap<String, Snap>();
        for (Destination destination : destinations) {
            Snap snap = hopper.getLocationIndex().findClosest(destination.position().latitude(), destination.position().longitude(), snapFilter);
            if (snap.isValid()) {
                snaps.add(snap);
                snapped.put(destination.id(), snap);
            }
        }
        QueryGraph graph = QueryGraph.create(hopper.getBaseGraph(), snaps);
        var mode = profile.hasTurnCosts() ? TraversalMode.EDGE_BASED : TraversalMode.NODE_BASED;
        var tree = new ShortestPathTree(graph, graph.wrapWeighting(weighting), false, mode);
        tree.setWeightLimit(Double.MAX_VALUE);
        var nearest = new HashMap<Integer, Double>();
        tree.search(origin.getClosestNode(), label -> nearest.putIfAbsent(label.node, label.distance));
        var distances = new HashMap<String, Double>();
        snapped.forEach((id, snap) -> {
            Double onNetwork = nearest.get(snap.getClosestNode());
            if (onNetwork != null) {
                distances.put(id, origin.getQueryDistance() + onNetwork + snap.getQueryDistance());
            }
        });
        return distances;
    }

    @Override
    public Optional<RouteLine> walkingRoute(LatLon from, LatLon to) {
        var request = new GHRequest(from.latitude(), from.longitude(), to.latitude(), to.longitude()).setProfile(WALK);
        request.putHint("instructions", false);
        var response = hopper.route(request);
        if (response.hasErrors()) {
            return Optional.empty();
        }
        var best = response.getBest();
        var points = new ArrayList<LatLon>();
        best.getPoints().forEach(point -> points.add(new LatLon(point.getLat(), point.getLon())));
        return Optional.of(new RouteLine(List.copyOf(points), best.getDistance()));
    }

    @Override
    public boolean measured() {
        return true;
    }

    @Override
    public String method() {
        return "Measured along the shortest walking route on OpenStreetMap, including footpaths and bridleways, from the "
                + "centre of your postcode to the school. Limits of 6 and 15 miles are measured by the shortest road route.";
    }
}
