package org.travelassist.places;

/** A British National Grid (EPSG:27700) easting and northing in metres, as GIAS and Code-Point give them. */
public record GridReference(double easting, double northing) {

    /** Straight-line distance in metres: a lower bound on any route between the two points. */
    public double metresTo(GridReference other) {
        return Math.hypot(easting - other.easting, northing - other.northing);
    }
}
