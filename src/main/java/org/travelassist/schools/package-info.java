/**
 * The school register: the DfE's Get Information About Schools (GIAS) establishment file, imported as published
 * (Windows-1252, 139 columns), with each school classified for the travel rules (qualifying under Schedule 35B
 * para 15(2), independent, special, selective) and placed on the map.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "places"})
@org.jspecify.annotations.NullMarked
package org.travelassist.schools;
