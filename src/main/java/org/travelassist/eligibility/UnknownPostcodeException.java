package org.travelassist.eligibility;

import org.travelassist.shared.Postcode;

/** A well-formed postcode that is not in the postcode register (a new-build, a typing slip, outside the area). */
public class UnknownPostcodeException extends RuntimeException {

    public UnknownPostcodeException(Postcode postcode) {
        super("We do not know the postcode " + postcode);
    }
}
