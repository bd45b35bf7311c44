package org.travelassist.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A child's travel passport: what drivers and passenger assistants need to know, in the family's words.
 *
 * @param updatedAt null until first saved
 */
public record TravelPassportForm(
        String communication,
        String whatHelps,
        String whatUpsets,
        String medical,
        String equipment,
        String emergencyContacts,
        @Nullable Instant updatedAt) {

    public static final int MAX_LENGTH = 2000;

    public static TravelPassportForm empty() {
        return new TravelPassportForm("", "", "", "", "", "", null);
    }
}
