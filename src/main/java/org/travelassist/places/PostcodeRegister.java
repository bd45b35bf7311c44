package org.travelassist.places;

import java.io.Reader;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.places.internal.PostcodeImporter;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.ImportReport;
import org.travelassist.shared.Postcode;

/** Where each postcode is. Looking one up is open to anyone (the public checker); importing is for officers. */
@Service
@PreAuthorize("permitAll()")
public class PostcodeRegister {

    private final JdbcTemplate jdbc;
    private final PostcodeImporter importer;

    PostcodeRegister(JdbcTemplate jdbc, PostcodeImporter importer) {
        this.jdbc = jdbc;
        this.importer = importer;
    }

    @Transactional(readOnly = true)
    public Optional<PostcodeLocation> find(Postcode postcode) {
        return jdbc.query("select easting, northing, latitude, longitude, positional_quality from postcode where postcode = ?",
                (rs, row) -> new PostcodeLocation(postcode, new GridReference(rs.getInt(1), rs.getInt(2)),
                        new LatLon(rs.getDouble(3), rs.getDouble(4)), rs.getInt(5)),
                postcode.value()).stream().findFirst();
    }

    @PreAuthorize("hasAnyRole('" + AppRoles.OFFICER + "', '" + AppRoles.SENIOR_OFFICER + "')")
    public ImportReport importCsv(String source, Reader reader) {
        return importer.importCsv(source, reader);
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.queryForObject("select count(*) from postcode", Long.class);
    }
}
