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

    /** Puts the Rutland register back as the start-up import does, superseding any file left waiting. */
    public static void restoreRutland(SchoolImports imports) throws java.io.IOException {
        SchoolRegisterIT.restoreRutland(imports);
    }

    /** The Rutland file with one school renamed, as a GIAS upload would bring it. */
    public static java.nio.file.Path rutlandWithRename(String from, String to) throws java.io.IOException {
        var lines = new java.util.ArrayList<>(SchoolRegisterIT.lines(SchoolRegisterIT.RUTLAND));
        lines.replaceAll(line -> line.replace("," + from + ",", "," + to + ","));
        var file = java.nio.file.Path.of("target", "gias-" + java.util.UUID.randomUUID() + ".csv");
        java.nio.file.Files.write(file, String.join("\r\n", lines).getBytes(SchoolRegisterIT.WINDOWS_1252));
        return file;
    }
}
