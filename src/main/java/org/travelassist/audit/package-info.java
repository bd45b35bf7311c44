/**
 * The append-only audit trail: who did what, in which role, on whose behalf, when, with the record before and
 * after. It listens to {@link org.travelassist.shared.RecordChanged} inside the transaction that made the change,
 * so a change and its audit record commit or roll back together; refusals are recorded on their own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security"})
@org.jspecify.annotations.NullMarked
package org.travelassist.audit;
