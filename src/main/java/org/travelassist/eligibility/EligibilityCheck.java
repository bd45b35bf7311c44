package org.travelassist.eligibility;

import org.jspecify.annotations.Nullable;
import org.travelassist.places.PostcodeLocation;
import org.travelassist.places.Routes.RouteLine;

/**
 * A provisional answer for a family: the rules' result, where home was taken to be (and whether that was the
 * postcode's centre or a pin the family placed), and the walking route to the school the answer is about (empty
 * when distances are straight lines or no route was found).
 */
public record EligibilityCheck(EligibilityResult result, PostcodeLocation home, HomePoint homePoint, @Nullable RouteLine walkingRoute) {

    public static final String MAP_ATTRIBUTION = org.travelassist.shared.ui.RouteMap.OSM_ATTRIBUTION;

    public enum HomePoint {
        POSTCODE_CENTROID,
        PIN
    }
}
