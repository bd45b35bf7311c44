package org.travelassist.claims;

import java.util.UUID;

/** No such allowance or claim: the page says "Page not found", as for a record that is not the person's. */
public class ClaimNotFoundException extends RuntimeException {

    public ClaimNotFoundException(String type, UUID id) {
        super("No " + type + " " + id);
    }
}
