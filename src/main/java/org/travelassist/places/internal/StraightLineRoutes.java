package org.travelassist.places.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.travelassist.places.GridReference;
import org.travelassist.places.LatLon;
import org.travelassist.places.Routes;

/** With no network configured: straight lines on the National Grid, labelled indicative everywhere. */
class StraightLineRoutes implements Routes {

    @Override
    public Map<String, Double> walking(GridReference homeGrid, LatLon home, List<Destination> destinations) {
        var metres = new LinkedHashMap<String, Double>();
        destinations.forEach(destination -> metres.put(destination.id(), homeGrid.metresTo(destination.grid())));
        return metres;
    }

    @Override
    public Map<String, Double> driving(GridReference homeGrid, LatLon home, List<Destination> destinations) {
        return walking(homeGrid, home, destinations);
    }

    @Override
    public Optional<RouteLine> walkingRoute(LatLon from, LatLon to) {
        return Optional.empty();
    }

    @Override
    public Optional<RouteLine> drivingRoute(LatLon from, LatLon to) {
        return Optional.empty();
    }

    @Override
    public List<List<LatLon>> streetsAround(List<LatLon> points, double marginMetres) {
        return List.of();
    }

    @Override
    public boolean measured() {
        return false;
    }

    @Override
    public String method(String from) {
        return "Indicative: not a measured route. Distances are straight lines from " + from + " to the school, "
                + "which is shorter than any real route.";
    }
}
