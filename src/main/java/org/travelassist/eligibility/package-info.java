/**
 * Eligibility for free home-to-school travel under the Education Act 1996 (s508B, Schedule 35B): the rules
 * ({@link org.travelassist.eligibility.EligibilityRules}, pure), the council's versioned policies, and the public
 * checker that applies them to a postcode, a date of birth and the schools within reach.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "schools", "places"})
@org.jspecify.annotations.NullMarked
package org.travelassist.eligibility;
