package org.travelassist.accounts;

/** An adviser's invitation code that cannot be used; the message says what to do. */
public class InvalidCodeException extends RuntimeException {

    public InvalidCodeException(String message) {
        super(message);
    }
}
