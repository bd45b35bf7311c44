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

    /**
     * @param walkingMetres the shortest walking route, or NaN when the network has no route
     * @param drivingMetres the shortest road route, or NaN when the network has no route
     */
    record Journey(double walkingMetres, double drivingMetres) {}

    record RouteLine(List<LatLon> points, double metres) {}

    /** One journey per destination id, all from the same home. */
    Map<String, Journey> fromHome(GridReference homeGrid, LatLon home, List<Destination> destinations);

    /** The walking route, for the map; empty when there is no network or no route. */
    Optional<RouteLine> walkingRoute(LatLon from, LatLon to);

    /** False when distances are straight lines: then every answer is "indicative: not a measured route". */
    boolean measured();

    /** How distances are measured, in plain English. */
    String method();
}
