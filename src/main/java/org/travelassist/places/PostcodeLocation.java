package org.travelassist.places;

import org.travelassist.shared.Postcode;

/**
 * Where a postcode is: the centroid of its delivery points.
 *
 * @param positionalQuality Code-Point's indicator: 10 is within the building of a matched address, 50 and above less precise
 */
public record PostcodeLocation(Postcode postcode, GridReference grid, LatLon position, int positionalQuality) {}
