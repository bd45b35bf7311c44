package org.travelassist.applications;

/** A file that cannot be kept as evidence; the message says what to do, in GOV.UK's words. */
public class EvidenceRejectedException extends RuntimeException {

    public EvidenceRejectedException(String message) {
        super(message);
    }
}
