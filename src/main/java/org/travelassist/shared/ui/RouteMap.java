package org.travelassist.shared.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * A route from home to a school on a Leaflet map (free, open source). Everything the map shows must also be in
 * the page's text: the map is for looking, not the only way to know. Clicking the map moves the home point.
 */
@Tag("ta-route-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@JsModule("./components/ta-route-map.js")
public class RouteMap extends HtmlComponent {

    /** The attribution the OpenStreetMap licence asks for, on every map of its data. */
    public static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors";

    public record Point(double latitude, double longitude) {}

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private String routeName = "walking route";

    /**
     * @param streets the streets and paths around the route, each in Google's encoded polyline format (5 decimal
     *     places): a few characters a point, since the map's data goes to the browser with the page
     */
    record MapData(Point home, Point school, List<Point> route, String homeLabel, String schoolLabel, List<String> streets) {}

    /**
     * @param tileUrl a tile URL template such as {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}; empty for
     *     no tiles (the route on a plain background)
     */
    public RouteMap(String tileUrl, String attribution) {
        addClassName("ta-route-map");
        getElement().setAttribute("tile-url", tileUrl);
        getElement().setAttribute("attribution", attribution);
        getElement().setAttribute("role", "region");
    }

    /** What the route is, for the map's accessible name: "walking route" unless set, such as "road route". */
    public RouteMap routeName(String name) {
        this.routeName = name;
        return this;
    }

    /** @param route the route's points; empty to draw a dashed straight line */
    public void show(Point home, Point school, List<Point> route, String homeLabel, String schoolLabel) {
        show(home, school, route, homeLabel, schoolLabel, List.of());
    }

    /**
     * @param streets lines drawn thin and grey under the route, so that it can be recognised when there are no map
     *     tiles; empty for none
     */
    public void show(Point home, Point school, List<Point> route, String homeLabel, String schoolLabel, List<List<Point>> streets) {
        getElement().setAttribute("aria-label", "Map of the " + routeName + " from " + homeLabel + " to " + schoolLabel
                + ". The same route is described in words on this page.");
        // Sent to the browser once rather than kept as the element's property: a property stays in the session for
        // as long as the page is open, and the streets around a route were half of a checker session's heap
        // (docs/benchmarks.md, "Heap per session"). The server never reads the data back; a new answer sends it anew.
        getElement().executeJs("this.data = $0", JSON.valueToTree(new MapData(home, school, List.copyOf(route), homeLabel,
                schoolLabel, streets.stream().map(RouteMap::encode).toList())));
    }

    /** Google's encoded polyline algorithm: each coordinate as the change from the last, at 1e-5 degrees. */
    public static String encode(List<Point> line) {
        var encoded = new StringBuilder();
        long lastLat = 0;
        long lastLon = 0;
        for (Point point : line) {
            long lat = Math.round(point.latitude() * 1e5);
            long lon = Math.round(point.longitude() * 1e5);
            encodeSigned(lat - lastLat, encoded);
            encodeSigned(lon - lastLon, encoded);
            lastLat = lat;
            lastLon = lon;
        }
        return encoded.toString();
    }

    private static void encodeSigned(long value, StringBuilder to) {
        long shifted = value < 0 ? ~(value << 1) : value << 1;
        while (shifted >= 0x20) {
            to.append((char) ((0x20 | (shifted & 0x1f)) + 63));
            shifted >>= 5;
        }
        to.append((char) (shifted + 63));
    }

    public Registration addHomeMovedListener(ComponentEventListener<HomeMoved> listener) {
        return addListener(HomeMoved.class, listener);
    }

    @DomEvent("home-moved")
    public static class HomeMoved extends ComponentEvent<RouteMap> {

        private final Point point;

        public HomeMoved(RouteMap source, boolean fromClient,
                @EventData("event.detail.latitude") double latitude, @EventData("event.detail.longitude") double longitude) {
            super(source, fromClient);
            this.point = new Point(latitude, longitude);
        }

        public Point point() {
            return point;
        }
    }
}
