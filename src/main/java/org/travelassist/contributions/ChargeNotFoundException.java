package org.travelassist.contributions;

/** No such charge or instalment (or not one the person may see): the page is "not found". */
public class ChargeNotFoundException extends RuntimeException {

    public ChargeNotFoundException(Object id) {
        super("No charge or instalment " + id);
    }
}
