package org.travelassist.schools;

import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.security.AppRoles;
import org.travelassist.security.SignedIn;

/**
 * Records each sign-in with the school staff role, under the person's latest name, so an officer can find them and
 * link them to schools, with the email address the provider gave (for the school's reminders). On its own, like the audit of the sign-in: it happens before the person has a session.
 */
@Component
class SchoolStaffSignIns {

    private static final Logger log = LoggerFactory.getLogger(SchoolStaffSignIns.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SchoolStaffSignIns(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The provider's email claim, when it looks like an address; a provider that sends none keeps the one held. */
    private static @Nullable String email(SignedIn signIn) {
        String email = signIn.email() == null ? "" : signIn.email().strip();
        return email.length() <= 320 && email.matches("[^@\\s]+@[^@\\s]+") ? email : null;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SignedIn signIn) {
        if (!AppRoles.SCHOOL_STAFF.equals(signIn.role())) {
            return;
        }
        var now = Timestamp.from(clock.instant());
        try {
            jdbc.update("""
                    insert into school_staff_member (user_id, display_name, email, first_seen_at, last_seen_at) values (?, ?, ?, ?, ?)
                    on conflict (user_id) do update set display_name = excluded.display_name, last_seen_at = excluded.last_seen_at,
                        email = coalesce(excluded.email, school_staff_member.email)
                    """, signIn.accountId(), signIn.displayName(), email(signIn), now, now);
        } catch (DataAccessException e) {
            // the sign-in itself must not fail for this: they are recorded at their next sign-in
            log.warn("Could not record the sign-in of school staff {}: {}", signIn.accountId(), e.getMessage());
        }
    }
}
