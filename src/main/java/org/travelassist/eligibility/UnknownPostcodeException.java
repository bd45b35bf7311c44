package org.travelassist.eligibility;

import org.jspecify.annotations.Nullable;
import org.travelassist.places.LocalAuthorities.LocalAuthority;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.Postcode;

/**
 * A well-formed postcode that is not in the postcode register: a new-build or a typing slip in the council's own
 * area, or a home in another council's area.
 *
 * @param council the council that looks after the postcode's district, when known
 */
public class UnknownPostcodeException extends RuntimeException {

    private static final String FIND_YOUR_COUNCIL = "https://www.gov.uk/find-local-council";

    private final Postcode postcode;
    private final @Nullable LocalAuthority council;

    public UnknownPostcodeException(Postcode postcode, @Nullable LocalAuthority council) {
        super("We do not know the postcode " + postcode);
        this.postcode = postcode;
        this.council = council;
    }

    public Postcode postcode() {
        return postcode;
    }

    public @Nullable LocalAuthority council() {
        return council;
    }

    /** What the family can do, in one sentence or three: check it, call us about a new home, or ask their council. */
    public String explain(CouncilProfile ours) {
        String newHome = "If your home is new and in " + ours.area() + ", call " + ours.name() + " on " + ours.phone() + ".";
        if (council != null && council.name().equals(ours.name())) {
            return "We cannot find " + postcode + ". Check it, or if your home is new, call " + ours.name() + " on " + ours.phone() + ".";
        }
        if (council != null) {
            return postcode + " is not in " + ours.area() + ". Contact " + council.name() + " about travel to school: "
                    + council.website() + ". " + newHome;
        }
        return postcode + " is not in our area. Contact the council where you live about travel to school: " + FIND_YOUR_COUNCIL
                + ". " + newHome;
    }
}
