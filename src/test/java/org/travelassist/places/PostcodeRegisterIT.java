package org.travelassist.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.ImportReport;
import org.travelassist.shared.Postcode;

@IntegrationTest
class PostcodeRegisterIT {

    @Autowired PostcodeRegister postcodes;
    @Autowired AppUserDirectory directory;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void every_rutland_postcode_is_loaded_at_start_up() {
        assertThat(postcodes.count()).isGreaterThanOrEqualTo(1279);
        var location = postcodes.find(new Postcode("LE15 6HQ")).orElseThrow();
        assertThat(location.grid()).isEqualTo(new GridReference(485757, 308037));
        assertThat(location.position().latitude()).isBetween(52.6, 52.7);
    }

    @Test
    void code_point_open_without_a_header_imports_and_bad_rows_are_reported_by_line() {
        TestUsers.newStaff(directory, "TransportOfficer");
        String file = """
                "ZZ1 1AA",10,486119,308841,"E92000001","E19000001","E18000004","","E06000017","E05012641"
                "NOT A POSTCODE",10,486119,308841,"E92000001","E19000001","E18000004","","E06000017","E05012641"
                "ZZ1 1AB",10,,308841,"E92000001","E19000001","E18000004","","E06000017","E05012641"
                "zz11ad",50,486200,308900,"E92000001","E19000001","E18000004","","E06000017","E05012641"
                """;
        ImportReport report = postcodes.importCsv("test", new StringReader(file));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.problems()).extracting(ImportReport.Problem::line).containsExactly(2L, 3L);
        assertThat(report.problems().get(0).reason()).contains("Not a postcode");
        assertThat(report.problems().get(1).reason()).contains("ZZ1 1AB has no usable grid reference");
        assertThat(postcodes.find(new Postcode("ZZ1 1AD")).orElseThrow().positionalQuality()).isEqualTo(50);
    }

    @Test
    void a_headed_file_is_read_by_its_column_names() {
        TestUsers.newStaff(directory, "TransportOfficer");
        String file = """
                postcode,positional_quality,easting,northing,latitude,longitude,admin_district_code,admin_ward_code
                ZZ2 2AA,10,486119,308841,52.670447,-0.727878,E06000017,E05012641
                """;
        ImportReport report = postcodes.importCsv("headed", new StringReader(file));
        assertThat(report.imported()).isEqualTo(1);
        assertThat(postcodes.find(new Postcode("ZZ2 2AA"))).isPresent();
    }

    @Test
    void only_officers_may_import() {
        TestUsers.newParent(directory);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> postcodes.importCsv("x", new StringReader("")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
