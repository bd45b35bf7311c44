package org.travelassist.schools;

import java.util.UUID;
import org.travelassist.places.GridReference;
import org.travelassist.places.LatLon;

/** A gate pupils may use, which the council measures walking distances to. */
public record AccessPoint(UUID id, String name, GridReference grid, LatLon position) {}
