package org.travelassist.schools;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email addresses of a school's linked staff, for the system's own reminders (a scheduled job has nobody signed
 * in, so this is not on {@link SchoolStaff}, whose methods act for the person signed in). Only staff whose identity
 * provider gave an address at their latest sign-in are listed.
 */
@Component
public class SchoolStaffContacts {

    private final JdbcTemplate jdbc;

    SchoolStaffContacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<String> emailsOf(String urn) {
        return jdbc.queryForList("""
                select distinct m.email from school_staff_member m join school_staff_link l on l.user_id = m.user_id
                where l.school_urn = ? and m.email is not null order by m.email
                """, String.class, urn);
    }
}
