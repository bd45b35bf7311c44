package org.travelassist.applications;

import org.travelassist.shared.FileRejectedException;

/** A file that cannot be kept as evidence; the message says what to do, in GOV.UK's words. */
public class EvidenceRejectedException extends FileRejectedException {

    public EvidenceRejectedException(String message) {
        super(message);
    }
}
