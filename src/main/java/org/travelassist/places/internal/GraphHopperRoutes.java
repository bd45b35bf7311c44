package org.travelassist.places.internal;

import static com.graphhopper.json.Statement.If;
import static com.graphhopper.json.Statement.Op.LIMIT;
import static com.graphhopper.json.Statement.Op.MULTIPLY;

import com.graphhopper.GHRequest;
import com.graphhopper.GraphHopper;
import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import com.graphhopper.util.RamerDouglasPeucker;
import com.graphhopper.util.shapes.BBox;
import com.graphhopper.util.TurnCostsConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
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

    /** Enough to keep a street's shape at the scale a route is shown. */
    static final double SIMPLIFY_METRES = 4;
    private static final double METRES_PER_DEGREE = 111_320;

    private final GraphHopper hopper;

    GraphHopperRoutes(Path osmFile, Path graphDirectory) {
        hopper = new GraphHopper();
        hopper.setOSMFile(osmFile.toString());
        hopper.setGraphHopperLocation(graphDirectory.toString());
        hopper.setEncodedValuesString("foot_access, car_access");
        hopper.setProfiles(
                new Profile(WALK).setCustomModel(shortest("foot_access")),
                new Profile(DRIVE).setCustomModel(shortest("car_access")).setTurnCostsConfig(TurnCostsConfig.car()));
        // Contraction hierarchies: a few seconds more to build, queries in a fraction of a millisecond, the same
        // distances as flexible routing (GRAPHHOPPER.md measured 1000 of 1000 pairs identical).
        hopper.getCHPreparationHandler().setCHProfiles(new CHProfile(WALK), new CHProfile(DRIVE));
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
    public Map<String, Double> walking(GridReference homeGrid, LatLon home, List<Destination> destinations) {
        return distances(WALK, home, destinations);
    }

    @Override
    public Map<String, Double> driving(GridReference homeGrid, LatLon home, List<Destination> destinations) {
        return distances(DRIVE, home, destinations);
    }

    private Map<String, Double> distances(String profile, LatLon home, List<Destination> destinations) {
        var metres = new LinkedHashMap<String, Double>();
        destinations.forEach(destination -> metres.put(destination.id(), distance(profile, home, destination.position())));
        return metres;
    }

    /**
     * One contraction-hierarchy query per destination (a fraction of a millisecond on a county graph), plus the
     * straight legs from each point to where it joins the network; NaN when the network has no route.
     */
    private double distance(String profile, LatLon from, LatLon to) {
        var request = new GHRequest(from.latitude(), from.longitude(), to.latitude(), to.longitude()).setProfile(profile);
        request.putHint("instructions", false);
        request.putHint("calc_points", false);
        var response = hopper.route(request);
        if (response.hasErrors()) {
            return Double.NaN;
        }
        var path = response.getBest();
        var snapped = path.getWaypoints();
        return DistanceCalcEarth.DIST_EARTH.calcDist(from.latitude(), from.longitude(), snapped.getLat(0), snapped.getLon(0))
                + path.getDistance()
                + DistanceCalcEarth.DIST_EARTH.calcDist(snapped.getLat(snapped.size() - 1), snapped.getLon(snapped.size() - 1),
                        to.latitude(), to.longitude());
    }

    @Override
    public Optional<RouteLine> walkingRoute(LatLon from, LatLon to) {
        return route(WALK, from, to);
    }

    @Override
    public Optional<RouteLine> drivingRoute(LatLon from, LatLon to) {
        return route(DRIVE, from, to);
    }

    private Optional<RouteLine> route(String profile, LatLon from, LatLon to) {
        var request = new GHRequest(from.latitude(), from.longitude(), to.latitude(), to.longitude()).setProfile(profile);
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

    /**
     * Every edge in the box, with its geometry simplified (Ramer-Douglas-Peucker, {@link #SIMPLIFY_METRES}) and its
     * points rounded to about a metre, so the lines stay small enough to keep in a session.
     */
    @Override
    public List<List<LatLon>> streetsAround(List<LatLon> points, double marginMetres) {
        if (points.isEmpty()) {
            return List.of();
        }
        double minLat = points.stream().mapToDouble(LatLon::latitude).min().orElseThrow();
        double maxLat = points.stream().mapToDouble(LatLon::latitude).max().orElseThrow();
        double minLon = points.stream().mapToDouble(LatLon::longitude).min().orElseThrow();
        double maxLon = points.stream().mapToDouble(LatLon::longitude).max().orElseThrow();
        double dLat = marginMetres / METRES_PER_DEGREE;
        double dLon = marginMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians((minLat + maxLat) / 2)));
        var box = new BBox(minLon - dLon, maxLon + dLon, minLat - dLat, maxLat + dLat);
        var graph = hopper.getBaseGraph();
        var edges = new BitSet(graph.getEdges());
        hopper.getLocationIndex().query(box, edges::set);
        var simplifier = new RamerDouglasPeucker().setMaxDistance(SIMPLIFY_METRES);
        var streets = new ArrayList<List<LatLon>>();
        for (int edge = edges.nextSetBit(0); edge >= 0; edge = edges.nextSetBit(edge + 1)) {
            PointList geometry = graph.getEdgeIteratorState(edge, Integer.MIN_VALUE).fetchWayGeometry(FetchMode.ALL);
            boolean inside = false;
            for (int i = 0; i < geometry.size() && !inside; i++) {
                inside = box.contains(geometry.getLat(i), geometry.getLon(i));
            }
            if (!inside) {
                continue; // the index visits whole tiles, which reach beyond the box
            }
            simplifier.simplify(geometry);
            var line = new ArrayList<LatLon>(geometry.size());
            for (int i = 0; i < geometry.size(); i++) {
                line.add(new LatLon(round(geometry.getLat(i)), round(geometry.getLon(i))));
            }
            streets.add(List.copyOf(line));
        }
        return List.copyOf(streets);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    /** Releases the graph's memory and files (after a build whose folder is then renamed). */
    void close() {
        hopper.close();
    }

    /** For tests: the same distance by flexible routing, without the contraction hierarchy. */
    double flexibleDistance(String profile, LatLon from, LatLon to) {
        var request = new GHRequest(from.latitude(), from.longitude(), to.latitude(), to.longitude()).setProfile(profile);
        request.putHint("ch.disable", true);
        request.putHint("instructions", false);
        return hopper.route(request).getBest().getDistance();
    }

    @Override
    public boolean measured() {
        return true;
    }

    @Override
    public String method(String from) {
        return "Measured along the shortest walking route on OpenStreetMap, including footpaths and bridleways, from "
                + from + " to the school. Limits of 6 and 15 miles are measured by the shortest road route.";
    }
}
