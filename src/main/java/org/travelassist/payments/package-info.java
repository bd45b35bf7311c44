/**
 * Payments to families: instructions, payment runs, gateways and reconciliation. Budgets and claims publish events
 * implementing {@link org.travelassist.payments.PaymentDue}; payments pays each exactly once and publishes what
 * became of it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "accounts"})
@org.jspecify.annotations.NullMarked
package org.travelassist.payments;
