package org.travelassist.claims;

/** A claim or allowance step refused, with a message for the person at the field it concerns. */
public class InvalidClaimException extends RuntimeException {

    private final String field;

    public InvalidClaimException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
