package org.travelassist.claims;

import java.util.List;
import org.travelassist.places.LatLon;

/**
 * The road route an allowance's miles were measured on, for the map: from the home point the decision measured
 * from to the school point it measured to, as the routing draws it now.
 *
 * @param route the road's points, home first; empty when the routing has no network (a straight line is drawn)
 */
public record AllowanceRoute(LatLon home, LatLon school, String schoolName, List<LatLon> route) {

    public AllowanceRoute {
        route = List.copyOf(route);
    }
}
