/**
 * What every module may use: {@link org.travelassist.shared.Postcode}, {@link org.travelassist.shared.Money}, the clock, the base entity, the event
 * that feeds the audit trail, and the main layout with the shared UI parts (error summary, back link).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.travelassist.shared;
