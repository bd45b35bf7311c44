package org.travelassist.claims.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.travelassist.claims.AllowanceRoute;
import org.travelassist.places.LatLon;
import org.travelassist.shared.ui.RouteMap;

/**
 * The road route an allowance's miles were measured on, on the route map. The distance and how it was measured are
 * in words on the page; the map is for looking.
 */
class AllowanceRouteMap extends Div {

    AllowanceRouteMap(AllowanceRoute route, String tileUrl) {
        setId("allowance-route");
        var map = new RouteMap(tileUrl, RouteMap.OSM_ATTRIBUTION).routeName("road route");
        map.show(point(route.home()), point(route.school()), route.route().stream().map(AllowanceRouteMap::point).toList(), "Home",
                route.schoolName());
        var words = new Paragraph(route.route().isEmpty()
                ? "The map shows a straight line from home to " + route.schoolName() + ": the road route could not be drawn now."
                : "The map shows the road route from home to " + route.schoolName() + " that the distance was measured on.");
        words.addClassName("ta-hint");
        add(new H2("The route"), words, map);
    }

    private static RouteMap.Point point(LatLon point) {
        return new RouteMap.Point(point.latitude(), point.longitude());
    }
}
