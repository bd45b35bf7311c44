/**
 * Sign-in and roles: the OpenID Connect client registrations (families and advisers through GOV.UK One Login,
 * council staff through Microsoft Entra ID), the mapping of every identity to our own user record and to
 * {@link org.travelassist.security.AppRoles}, {@link org.travelassist.security.CurrentUser}, and the local identity
 * provider with demo accounts for the local profile. Account data comes through the
 * {@link org.travelassist.security.AppUserDirectory} SPI, implemented by {@code accounts}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.travelassist.security;
