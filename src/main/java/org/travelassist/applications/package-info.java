/**
 * Applications for travel assistance and their life: drafts saved as the family answers, evidence, submission
 * with the entitlement computed and stored, the officers' queue, assessment, requests for information,
 * decisions and letters, stage 1 reviews and stage 2 appeals with their working-day deadlines. Families act
 * through {@link org.travelassist.applications.ApplicationService}, officers through
 * {@link org.travelassist.applications.Casework}; both check every record against the person asking.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "accounts", "eligibility", "schools", "places"})
@org.jspecify.annotations.NullMarked
package org.travelassist.applications;
