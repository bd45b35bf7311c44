package org.travelassist.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    public void importOnce(String kind, Resource file, Function<InputStream, ImportReport> importer) {
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
