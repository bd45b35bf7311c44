/**
 * Eligibility for free home-to-school travel under the Education Act 1996 (s508B, Schedule 35B). For now the
 * plain-English explanation of who qualifies; the rules engine and the checker come with the entitlement work.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.travelassist.eligibility;
