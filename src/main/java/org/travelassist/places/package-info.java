/**
 * Where things are: postcodes (OS Code-Point Open), British National Grid to WGS84, and walking and driving
 * routes on an OpenStreetMap network (GraphHopper), with route geometry. Without a network, distances are
 * straight lines and every answer says they are indicative.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security"})
@org.jspecify.annotations.NullMarked
package org.travelassist.places;
