package org.travelassist.places;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walking and driving distances from a home, and the walking route itself. Measured on an OpenStreetMap network
 * when one is configured; otherwise straight lines, and {@link #measured()} says so.
 */
public interface Routes {

    /** A place to route to: a school, or one of its gates. */
    record Destination(String id, GridReference grid, LatLon position) {}

    record RouteLine(List<LatLon> points, double metres) {}

    /** The shortest walking route from home to each destination, in metres, by id; NaN where the network has none. */
    Map<String, Double> walking(GridReference homeGrid, LatLon home, List<Destination> destinations);

    /** The shortest road route from home to each destination, in metres, by id; NaN where the network has none. */
    Map<String, Double> driving(GridReference homeGrid, LatLon home, List<Destination> destinations);

    /** The walking route, for the map; empty when there is no network or no route. */
    Optional<RouteLine> walkingRoute(LatLon from, LatLon to);

    /** False when distances are straight lines: then every answer is "indicative: not a measured route". */
    boolean measured();

    /** How distances are measured, in plain English. */
    String method();
}
