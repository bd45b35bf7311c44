package org.travelassist.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in session may last, however busy: the idle limit ({@code server.servlet.session.timeout})
 * ends quiet sessions, this ends old ones. One Login keeps its own session for an hour, so families get no longer;
 * staff get a working day. A session also ends when an administrator has ended the account's sessions since it
 * began.
 */
@ConfigurationProperties("travelassist.sessions")
public record SessionPolicy(@DefaultValue("8h") Duration staffLifetime, @DefaultValue("1h") Duration familiesLifetime) {

    Duration lifetimeFor(AppUser user) {
        boolean staff = user.roles().stream().anyMatch(AppRoles.STAFF::contains);
        return staff ? staffLifetime : familiesLifetime;
    }

    /** Why this session must end now, or empty while it may go on. */
    Optional<String> reasonToEnd(AppUser user, Instant signedInAt, Instant now, @Nullable Instant sessionsEndedAt) {
        if (sessionsEndedAt != null && !sessionsEndedAt.isBefore(signedInAt)) {
            return Optional.of("an administrator ended this account's sessions");
        }
        Duration lifetime = lifetimeFor(user);
        if (!now.isBefore(signedInAt.plus(lifetime))) {
            return Optional.of("it reached its lifetime of " + lifetime.toHours() + " hours");
        }
        return Optional.empty();
    }
}
