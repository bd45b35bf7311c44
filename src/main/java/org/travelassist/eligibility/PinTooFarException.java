package org.travelassist.eligibility;

import org.travelassist.shared.Postcode;

/** A pin placed more than a kilometre from the centre of the home postcode: probably a slip of the hand. */
public class PinTooFarException extends RuntimeException {

    public PinTooFarException(Postcode postcode) {
        super("Place your home within 1 km of the centre of " + postcode + ", or check your postcode");
    }
}
