package org.travelassist.shared;

/** A file a family sent that cannot be kept (evidence, a receipt); the message says what to do, in GOV.UK's words. */
public class FileRejectedException extends RuntimeException {

    public FileRejectedException(String message) {
        super(message);
    }
}
