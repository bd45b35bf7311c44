/**
 * Payments to families: instructions, payment runs, gateways and reconciliation. For now the finance
 * officers' payments page, which is empty until budgets and claims are approved.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security"})
@org.jspecify.annotations.NullMarked
package org.travelassist.payments;
