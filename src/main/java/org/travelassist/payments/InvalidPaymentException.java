package org.travelassist.payments;

/** A step that is not possible now, with a message for the person who tried it. */
public class InvalidPaymentException extends RuntimeException {

    public InvalidPaymentException(String message) {
        super(message);
    }
}
