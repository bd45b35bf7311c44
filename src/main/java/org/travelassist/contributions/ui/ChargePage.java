package org.travelassist.contributions.ui;

import org.travelassist.contributions.ChargeNotFoundException;
import org.travelassist.shared.ui.RecordPage;

/** A page about one charge, instalment or application (route parameter {@code id}), in the shared record frame. */
abstract class ChargePage extends RecordPage {

    ChargePage() {
        super("", ChargeNotFoundException.class);
        addClassName("ta-narrow");
    }
}
