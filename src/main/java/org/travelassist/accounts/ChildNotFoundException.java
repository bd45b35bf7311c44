package org.travelassist.accounts;

import java.util.UUID;

/** No child with this id in the signed-in parent's household: it does not exist, or it is not theirs. */
public class ChildNotFoundException extends RuntimeException {

    public ChildNotFoundException(UUID childId) {
        super("No child " + childId + " in this household");
    }
}
