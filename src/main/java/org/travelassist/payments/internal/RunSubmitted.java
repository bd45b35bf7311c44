package org.travelassist.payments.internal;

import java.util.UUID;

/** A gateway run was approved and sent: its payments are paid one by one after this commits (crash-safe). */
public record RunSubmitted(UUID runId) {}
