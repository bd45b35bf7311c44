package org.travelassist.claims;

/** Where a mileage allowance stands: offered by the decision, then accepted by a parent with bank details. */
public enum AllowanceStatus {
    OFFERED("Offered: accept it to start claiming"),
    ACCEPTED("Accepted: you can claim");

    public final String label;

    AllowanceStatus(String label) {
        this.label = label;
    }
}
