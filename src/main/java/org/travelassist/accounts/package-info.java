/**
 * People and their households: accounts behind every sign-in (keyed on our own id), households and their
 * children, and the SENDIAS advisers the council recognises. Implements the
 * {@link org.travelassist.security.AppUserDirectory} SPI. A parent reaches only their own household's records:
 * {@link org.travelassist.accounts.HouseholdService} checks every record against the signed-in person.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security"})
@org.jspecify.annotations.NullMarked
package org.travelassist.accounts;
