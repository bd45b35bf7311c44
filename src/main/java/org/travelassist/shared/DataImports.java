package org.travelassist.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reference data files named in configuration (school register, postcodes), imported at start-up. A file whose
 * SHA-256 was already imported is not read again, so a restart does not re-import a 60 MB national file.
 */
@Component
public class DataImports {

    private static final Logger log = LoggerFactory.getLogger(DataImports.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DataImports(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Imports the file unless a file with the same SHA-256 was imported before. Several nodes start at once, so the
     * check and the import run under one PostgreSQL advisory lock: one node imports, the others wait and then find
     * it done. Without it two nodes both imported the council's term dates and the second stopped on a duplicate key.
     * The lock is held by a connection of its own and released when it closes, so a node that dies frees it.
     */
    public void importOnce(String kind, Resource file, Function<InputStream, ImportReport> importer) {
        var dataSource = java.util.Objects.requireNonNull(jdbc.getDataSource());
        try (Connection lock = dataSource.getConnection()) {
            advisory(lock, "select pg_advisory_lock(?)");
            try {
                importUnlessDone(kind, file, importer);
            } finally {
                advisory(lock, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the start-up import lock for " + kind, e);
        }
    }

    /** One key for every start-up import: they are few, and one at a time is enough. */
    private static final long IMPORT_LOCK = 0x7472_6176_656c_0001L;

    private static void advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, IMPORT_LOCK);
            statement.execute();
        }
    }

    private void importUnlessDone(String kind, Resource file, Function<InputStream, ImportReport> importer) {
        try {
            String hash;
            try (InputStream in = file.getInputStream()) {
                hash = sha256(in);
            }
            Integer done = jdbc.queryForObject("select count(*) from data_import where kind = ? and sha256 = ?", Integer.class, kind, hash);
            if (done != null && done > 0) {
                log.info("{} from {} already imported (SHA-256 {})", kind, file.getDescription(), hash.substring(0, 12));
                return;
            }
            ImportReport report;
            try (InputStream in = file.getInputStream()) {
                report = importer.apply(in);
            }
            report.problems().forEach(problem -> log.warn("{} {} line {}: {}", kind, file.getDescription(), problem.line(), problem.reason()));
            jdbc.update("insert into data_import (kind, source, sha256, imported, skipped, imported_at) values (?, ?, ?, ?, ?, ?)",
                    kind, file.getDescription(), hash, report.imported(), report.skipped(), Timestamp.from(clock.instant()));
            log.info("{}: imported {} rows from {}, {} not used", kind, report.imported(), file.getDescription(), report.skipped());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + kind + " from " + file.getDescription(), e);
        }
    }

    public static String sha256(InputStream in) throws IOException {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            try (var digesting = new DigestInputStream(in, digest)) {
                digesting.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
