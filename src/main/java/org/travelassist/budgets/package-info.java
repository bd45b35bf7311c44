/**
 * Personal transport budgets: the council's budget policy, the offer worked out line by line, the agreement the
 * parent accepts, the instalment schedule, attendance adjustments, changes and ending. Publishes
 * {@link org.travelassist.budgets.InstalmentDue} for payments.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "accounts", "applications", "schools", "payments", "eligibility"})
@org.jspecify.annotations.NullMarked
package org.travelassist.budgets;
