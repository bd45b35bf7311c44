package org.travelassist.places;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * British National Grid to WGS84 with proj4j. EPSG:27700 carries the 7-parameter Helmert shift to WGS84, good to
 * a few metres (OSTN15 would give sub-metre accuracy); ample for finding schools and drawing routes.
 */
public final class NationalGrid {

    private static final CoordinateTransform TO_WGS84;
    private static final CoordinateTransform TO_GRID;

    static {
        var crs = new CRSFactory();
        var factory = new CoordinateTransformFactory();
        TO_WGS84 = factory.createTransform(crs.createFromName("epsg:27700"), crs.createFromName("epsg:4326"));
        TO_GRID = factory.createTransform(crs.createFromName("epsg:4326"), crs.createFromName("epsg:27700"));
    }

    private NationalGrid() {}

    public static LatLon toLatLon(GridReference grid) {
        var result = new ProjCoordinate();
        // proj4j transforms are not thread-safe.
        synchronized (TO_WGS84) {
            TO_WGS84.transform(new ProjCoordinate(grid.easting(), grid.northing()), result);
        }
        return new LatLon(result.y, result.x);
    }

    public static GridReference toGrid(LatLon position) {
        var result = new ProjCoordinate();
        synchronized (TO_GRID) {
            TO_GRID.transform(new ProjCoordinate(position.longitude(), position.latitude()), result);
        }
        return new GridReference(result.x, result.y);
    }
}
