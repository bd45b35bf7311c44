package org.travelassist.schools.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.travelassist.schools.SchoolImport;
import org.travelassist.schools.SchoolImport.Listed;
import org.travelassist.schools.SchoolImport.RefusedRow;
import org.travelassist.schools.SchoolImport.Status;

/**
 * The SQL of a staged GIAS import: parse the file into {@code school_import_row}, compare it with the register,
 * decide whether it may be applied, and apply it. Callers hold the transaction (and {@link #lock()} it), publish
 * the audit events and reload the register; this class checks nobody's role.
 */
@Component
public class StagedImports {

    /** The fields a change is described by, as the officer reads them: column, then the word shown. */
    private static final String[][] COMPARED = {
            {"name", "name"}, {"type_name", "type"}, {"type_group", "type group"}, {"status", "status"},
            {"phase", "phase"}, {"low_age", "ages"}, {"high_age", "ages"}, {"gender", "gender"},
            {"admissions_policy", "admissions"}, {"religious_character", "religious character"},
            {"sen_provision", "SEN provision"}, {"postcode", "postcode"}, {"town", "town"}, {"la_name", "local authority"},
            {"easting", "grid reference"}, {"northing", "grid reference"}};

    private static final int BLOCKERS_LISTED = 20;

    private final JdbcTemplate jdbc;
    private final GiasImporter importer;
    private final Clock clock;

    StagedImports(JdbcTemplate jdbc, GiasImporter importer, Clock clock) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.clock = clock;
    }

    /** One import at a time, across every node: staging and applying wait for each other. */
    public void lock() {
        jdbc.query("select pg_advisory_xact_lock(hashtext('school_import'))", rs -> {});
    }

    /**
     * Reads and checks a file; the register is not changed. The import is STAGED when nothing stands against it,
     * otherwise REFUSED with the reasons; a file over {@code maxBytes} is refused without being kept.
     */
    public SchoolImport stage(String source, InputStream in, long maxBytes, double maxClosingShare,
            @Nullable UUID actorId, String actorName) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into school_import (id, source, sha256, bytes, rows_read, open_before, added, changed, closed, refused,
                    blockers, status, staged_by, staged_by_name, staged_at)
                values (?, ?, '', 0, 0, 0, 0, 0, 0, 0, '{}', 'REFUSED', ?, ?, ?)
                """, id, truncate(source, 500), actorId, truncate(actorName, 200), Timestamp.from(clock.instant()));
        var counted = new CountingInputStream(in, maxBytes);
        var digest = sha256();
        GiasImporter.ParsedFile parsed;
        var blockers = new ArrayList<String>();
        try {
            parsed = importer.stage(id, new DigestInputStream(counted, digest));
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof FileTooLarge)) {
                throw e;
            }
            jdbc.update("delete from school_import_row where import_id = ?", id);
            parsed = new GiasImporter.ParsedFile(0, 0, List.of(), null);
            blockers.add("The file is larger than " + maxBytes / (1024 * 1024) + " MB, the most an import may be. "
                    + "The national GIAS file is about 65 MB: check it is the establishment file (edubasealldata).");
        }
        String sha = counted.tooLarge ? "" : HexFormat.of().formatHex(digest.digest());
        int openBefore = count("select count(*) from school where open");
        int added = count("select count(*) from school_import_row r where r.import_id = ? and not exists "
                + "(select 1 from school s where s.urn = r.urn and s.open)", id);
        int closed = count("select count(*) from school s where s.open and not exists "
                + "(select 1 from school_import_row r where r.import_id = ? and r.urn = s.urn)", id);
        int changed = count("select count(*) from (" + changedQuery() + ") c", id);
        if (parsed.fileProblem() != null) {
            blockers.add(parsed.fileProblem());
        } else if (!counted.tooLarge && parsed.staged() == 0) {
            blockers.add("The file lists no open school that can be used, so applying it would close every school.");
        }
        if (openBefore > 0 && parsed.staged() > 0 && (double) closed / openBefore > maxClosingShare) {
            blockers.add(String.format("Applying it would close %,d of the %,d open schools (%.1f%%). More than %s%% closing at once "
                    + "is refused: check that the file is the complete, current GIAS download.",
                    closed, openBefore, 100.0 * closed / openBefore, percent(maxClosingShare)));
        }
        blockers.addAll(refusedOpenSchools(parsed.refused()));
        var refusedRows = parsed.refused();
        jdbc.batchUpdate("insert into school_import_refused_row (import_id, line, urn, reason) values (?, ?, ?, ?)",
                refusedRows.stream().map(r -> new Object[] {id, r.line(), r.urn(), truncate(r.reason(), 1000)}).toList());
        Status status = blockers.isEmpty() ? Status.STAGED : Status.REFUSED;
        if (status == Status.STAGED) {
            jdbc.update("update school_import set status = 'SUPERSEDED' where status = 'STAGED'");
        } else {
            jdbc.update("delete from school_import_row where import_id = ?", id);
        }
        jdbc.update("""
                update school_import set sha256 = ?, bytes = ?, rows_read = ?, open_before = ?, added = ?, changed = ?,
                    closed = ?, refused = ?, blockers = ?, status = ? where id = ?
                """, sha, counted.bytes, parsed.rowsRead(), openBefore, added, changed, closed, refusedRows.size(),
                textArray(blockers.stream().map(blocker -> truncate(blocker, 2000)).toList()), status.name(), id);
        return find(id).orElseThrow();
    }

    /** Pending imports whose comparison the given import's application makes stale. */
    public List<UUID> supersededBy(UUID applied) {
        return jdbc.queryForList("select id from school_import where status = 'STAGED' and id <> ?", UUID.class, applied);
    }

    /** Whether checking the file again now would give the same counts: nothing else changed the register meanwhile. */
    public boolean stillAsStaged(SchoolImport staged) {
        return count("select count(*) from school where open") == staged.openBefore()
                && count("select count(*) from school_import_row r where r.import_id = ? and not exists "
                        + "(select 1 from school s where s.urn = r.urn and s.open)", staged.id()) == staged.added()
                && count("select count(*) from school s where s.open and not exists "
                        + "(select 1 from school_import_row r where r.import_id = ? and r.urn = s.urn)", staged.id()) == staged.closed()
                && count("select count(*) from (" + changedQuery() + ") c", staged.id()) == staged.changed();
    }

    /** Adds and updates the staged schools by URN and closes every open school the file does not list. */
    public void apply(UUID id) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into school (urn, name, type_name, type_group, status, phase, low_age, high_age, gender,
                    admissions_policy, religious_character, sen_provision, postcode, town, la_name, easting, northing,
                    latitude, longitude, qualifying, independent, special, selective, open, updated_at)
                select urn, name, type_name, type_group, status, phase, low_age, high_age, gender,
                    admissions_policy, religious_character, sen_provision, postcode, town, la_name, easting, northing,
                    latitude, longitude, qualifying, independent, special, selective, true, ?
                from school_import_row where import_id = ?
                on conflict (urn) do update set name = excluded.name, type_name = excluded.type_name,
                    type_group = excluded.type_group, status = excluded.status, phase = excluded.phase,
                    low_age = excluded.low_age, high_age = excluded.high_age, gender = excluded.gender,
                    admissions_policy = excluded.admissions_policy, religious_character = excluded.religious_character,
                    sen_provision = excluded.sen_provision, postcode = excluded.postcode, town = excluded.town,
                    la_name = excluded.la_name, easting = excluded.easting, northing = excluded.northing,
                    latitude = excluded.latitude, longitude = excluded.longitude, qualifying = excluded.qualifying,
                    independent = excluded.independent, special = excluded.special, selective = excluded.selective,
                    open = true, updated_at = excluded.updated_at
                """, now, id);
        jdbc.update("update school s set open = false, updated_at = ? where s.open and not exists "
                + "(select 1 from school_import_row r where r.import_id = ? and r.urn = s.urn)", now, id);
    }

    /** Records the decision on an import and drops its staged rows, which are no longer needed. */
    public void decide(UUID id, Status status, @Nullable UUID actorId, @Nullable String actorName) {
        jdbc.update("update school_import set status = ?, decided_by = ?, decided_by_name = ?, decided_at = ? where id = ?",
                status.name(), actorId, actorName == null ? null : truncate(actorName, 200), Timestamp.from(clock.instant()), id);
        jdbc.update("delete from school_import_row where import_id = ?", id);
    }

    public Optional<SchoolImport> pending() {
        return jdbc.queryForList("select id from school_import where status = 'STAGED'", UUID.class).stream().findFirst()
                .flatMap(this::find);
    }

    public Optional<SchoolImport> find(UUID id) {
        return jdbc.query("select * from school_import where id = ?", (rs, row) -> read(rs), id).stream().findFirst();
    }

    /** Reads the import and locks its row, so two confirmations cannot both apply it. */
    public Optional<SchoolImport> findForUpdate(UUID id) {
        return jdbc.query("select * from school_import where id = ? for update", (rs, row) -> read(rs), id).stream().findFirst();
    }

    private SchoolImport read(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Status status = Status.valueOf(rs.getString("status"));
        boolean staged = status == Status.STAGED;
        List<RefusedRow> refused = jdbc.query("select line, urn, reason from school_import_refused_row where import_id = ? "
                + "order by line limit " + SchoolImport.LISTED, (r, n) -> new RefusedRow(r.getLong("line"), r.getString("urn"), r.getString("reason")), id);
        return new SchoolImport(id, rs.getString("source"), rs.getString("sha256").strip(), rs.getLong("bytes"), rs.getInt("rows_read"),
                status, rs.getInt("open_before"), rs.getInt("added"), rs.getInt("changed"), rs.getInt("closed"),
                refused, rs.getInt("refused"), texts(rs.getArray("blockers")),
                staged ? listed("select r.urn, r.name, 'added' as what from school_import_row r where r.import_id = ? and not exists "
                        + "(select 1 from school s where s.urn = r.urn and s.open) order by r.name", id) : List.of(),
                staged ? listed("select urn, name, what from (" + changedQuery() + ") c order by name", id) : List.of(),
                staged ? listed("select s.urn, s.name, 'closed' as what from school s where s.open and not exists "
                        + "(select 1 from school_import_row r where r.import_id = ? and r.urn = s.urn) order by s.name", id) : List.of(),
                rs.getString("staged_by_name"), rs.getTimestamp("staged_at").toInstant(), rs.getString("decided_by_name"),
                rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant());
    }

    /** Open schools the file changes, with the fields that change ("name, postcode"); one parameter: the import id. */
    private static String changedQuery() {
        var differences = new ArrayList<String>();
        var seen = new ArrayList<String>();
        for (String[] field : COMPARED) {
            String condition = "s." + field[0] + " is distinct from r." + field[0];
            int at = seen.indexOf(field[1]);
            if (at >= 0) {
                differences.set(at, differences.get(at).replace(" then", " or " + condition + " then"));
            } else {
                seen.add(field[1]);
                differences.add("case when " + condition + " then '" + field[1] + "' end");
            }
        }
        return "select r.urn, r.name, concat_ws(', ', " + String.join(", ", differences) + ") as what "
                + "from school_import_row r join school s on s.urn = r.urn and s.open where r.import_id = ? and ("
                + String.join(" or ", Arrays.stream(COMPARED).map(f -> "s." + f[0] + " is distinct from r." + f[0]).toList()) + ")";
    }

    /** Every refused row that is, or may be, a school open in the register: applying would wrongly close it. */
    private List<String> refusedOpenSchools(List<RefusedRow> refused) {
        var blockers = new ArrayList<String>();
        for (RefusedRow row : refused) {
            if (row.urn() == null) {
                blockers.add("Line " + row.line() + ": " + row.reason() + ". We cannot tell which school this row is, so "
                        + "it may be an open school that the import would close.");
            } else {
                jdbc.query("select name from school where urn = ? and open", rs -> {
                    blockers.add("Line " + row.line() + ": " + row.reason() + ". " + rs.getString("name") + " (URN " + row.urn()
                            + ") is open in the register: correct the row, or the import would close it or leave it out of date.");
                }, row.urn());
            }
        }
        if (blockers.size() > BLOCKERS_LISTED) {
            int more = blockers.size() - BLOCKERS_LISTED;
            var listed = new ArrayList<>(blockers.subList(0, BLOCKERS_LISTED));
            listed.add("And " + more + " more rows like these.");
            return listed;
        }
        return blockers;
    }

    private List<Listed> listed(String sql, UUID id) {
        return jdbc.query(sql + " limit " + SchoolImport.LISTED, (rs, row) -> new Listed(rs.getString("urn"), rs.getString("name"), rs.getString("what")), id);
    }

    private int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }

    private Object textArray(List<String> texts) {
        return jdbc.execute((java.sql.Connection connection) -> connection.createArrayOf("text", texts.toArray()));
    }

    private static List<String> texts(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static String percent(double share) {
        return new java.math.BigDecimal(share * 100).stripTrailingZeros().toPlainString();
    }

    /** Fits a text from the file (or its name) to its column: PostgreSQL's text holds no NUL character. */
    private static String truncate(String text, int length) {
        String storable = text.replace("\0", "");
        return storable.length() <= length ? storable : storable.substring(0, length);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class FileTooLarge extends IOException {
        FileTooLarge() {
            super("The file is over the size limit");
        }
    }

    /** Counts the bytes read and stops the read, on the server, once there are more than the limit. */
    static final class CountingInputStream extends FilterInputStream {

        private final long max;
        long bytes;
        boolean tooLarge;

        CountingInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws FileTooLarge {
            bytes += n;
            if (bytes > max) {
                tooLarge = true;
                throw new FileTooLarge();
            }
        }
    }
}
