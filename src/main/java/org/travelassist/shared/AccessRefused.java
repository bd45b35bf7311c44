package org.travelassist.shared;

/**
 * Published when a service refuses a signed-in person a record that is not theirs (a guessed id in a URL or a
 * call). The audit trail records it in a transaction of its own, since the refusal rolls back the caller's.
 */
public record AccessRefused(String recordType, String recordId, String reason) {}
