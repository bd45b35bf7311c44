package org.travelassist.schools;

import org.springframework.jdbc.core.JdbcTemplate;

/** For tests outside this package: change a school as a bad import could, without going through the import's checks. */
public final class SchoolFixtures {

    private SchoolFixtures() {}

    /** Renames a school in the database and in every register in memory; returns its old name. */
    public static String rename(JdbcTemplate jdbc, SchoolRegister register, String urn, String name) {
        String old = jdbc.queryForObject("select name from school where urn = ?", String.class, urn);
        jdbc.update("update school set name = ? where urn = ?", name, urn);
        register.reload();
        return old;
    }
}
