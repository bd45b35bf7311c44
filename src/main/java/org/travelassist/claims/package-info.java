/**
 * Mileage allowances and claims: the council's mileage policy, the allowance a parent accepts, monthly claims of
 * days and legs, the school's attendance confirmation, and officers' approval (four eyes above a limit). Publishes
 * {@link org.travelassist.claims.ClaimApproved} for payments.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "accounts", "applications", "schools", "places", "payments"})
@org.jspecify.annotations.NullMarked
package org.travelassist.claims;
