package org.travelassist.payments;

/** A card payment or refund could not be made; the message says so in words the person can act on. */
public class CardPaymentException extends RuntimeException {

    public CardPaymentException(String message) {
        super(message);
    }

    public CardPaymentException(String message, Throwable cause) {
        super(message, cause);
    }
}
