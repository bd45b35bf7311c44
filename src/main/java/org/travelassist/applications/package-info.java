/**
 * Applications for travel assistance and their life: submitted, assessed, decided, reviewed and appealed. For
 * now the officers' work queue, which is empty until families can apply.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security"})
@org.jspecify.annotations.NullMarked
package org.travelassist.applications;
