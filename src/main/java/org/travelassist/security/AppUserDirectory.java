package org.travelassist.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** SPI: finds or creates our own account for an identity at each sign-in. Implemented by {@code accounts}. */
public interface AppUserDirectory {

    /**
     * @param provider the client registration the person came through: {@code families} or {@code staff}
     * @param subject the identity provider's {@code sub}, stored but never used as our key
     * @param staffRoles portal roles from the staff identity provider; empty for families
     */
    AppUser signIn(String provider, String subject, @Nullable String email, @Nullable String displayName, Set<String> staffRoles);
}
