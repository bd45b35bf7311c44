package org.travelassist.places;

/** A WGS84 (EPSG:4326) position, as maps and routing use. */
public record LatLon(double latitude, double longitude) {}
