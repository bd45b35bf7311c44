package org.travelassist.places;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walking and driving distances from a home, and the walking and road routes themselves. Measured on an OpenStreetMap network
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

    /** The shortest road route, as {@link #driving} measures it, for the map; empty when there is no network or no route. */
    Optional<RouteLine> drivingRoute(LatLon from, LatLon to);

    /**
     * The streets and paths of the network within the box around these points, widened by the margin, each as a
     * line simplified to a few metres: a background for a map with no tiles. Empty without a network.
     */
    List<List<LatLon>> streetsAround(List<LatLon> points, double marginMetres);

    /** False when distances are straight lines: then every answer is "indicative: not a measured route". */
    boolean measured();

    /** Where distances start when the family has not placed their home on the map. */
    String FROM_POSTCODE_CENTRE = "the centre of your postcode";

    /** Where distances start when the family has placed their home on the map. */
    String FROM_PLACED_POINT = "the point you placed on the map";

    /** How distances are measured, in plain English, from the centre of the postcode. */
    default String method() {
        return method(FROM_POSTCODE_CENTRE);
    }

    /** How distances are measured, in plain English, from the home point named (such as {@link #FROM_PLACED_POINT}). */
    String method(String from);
}
