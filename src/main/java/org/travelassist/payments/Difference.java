package org.travelassist.payments;

/**
 * Something reconciliation found that does not agree, and what finance should do about it.
 *
 * @param what what disagrees, with the figures
 * @param whatToDo the next step, for a finance officer
 */
public record Difference(String what, String whatToDo) {}
