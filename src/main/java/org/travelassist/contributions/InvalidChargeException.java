package org.travelassist.contributions;

/** A charge, payment or refund refused, with the field it is about and what to do, for the form to show. */
public class InvalidChargeException extends RuntimeException {

    private final String field;

    public InvalidChargeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
