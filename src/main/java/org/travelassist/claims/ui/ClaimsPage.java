package org.travelassist.claims.ui;

import org.travelassist.claims.ClaimNotFoundException;
import org.travelassist.shared.ui.RecordPage;

/** A page about one allowance or claim (route parameter {@code id}), in the shared record frame. */
abstract class ClaimsPage extends RecordPage {

    ClaimsPage() {
        super("claims", ClaimNotFoundException.class);
    }
}
