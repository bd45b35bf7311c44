package org.travelassist.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.travelassist.applications.MeasuredBasis;
import org.travelassist.applications.MeasuredBasis.Finding;
import org.travelassist.applications.MeasuredBasis.Point;
import org.travelassist.applications.MeasuredBasis.School;

/** The stored basis reads back as written, and a layout written long ago still reads. */
class MeasuredBasesTest {

    private static final School NEAREST = new School("100001", "Hill Primary", 3283, "2.04 miles (3,283 metres)", false, 4100L,
            "2.55 miles (4,100 metres)", true, "The nearest suitable school");
    private static final School FURTHER = new School("100002", "Vale Primary", 5000, "3.11 miles (5,000 metres) in a straight line", true,
            null, null, false, "Full");

    @Test
    void a_basis_round_trips_through_its_stored_form() {
        var basis = new MeasuredBasis(MeasuredBasis.SCHEMA_VERSION, Instant.parse("2026-12-01T10:15:30Z"), "2026-v1", "Eligible under C",
                List.of(new Finding("C", "Beyond walking distance", "met", "Over 2 miles")), List.of("Check the straight line"),
                "Shortest walking route on OpenStreetMap.", false, NEAREST, new Point(51.5, -0.12),
                List.of(new Point(51.5, -0.12), new Point(51.51, -0.13), new Point(51.52, -0.14)), List.of(NEAREST, FURTHER));

        assertThat(MeasuredBases.read(MeasuredBases.write(basis))).isEqualTo(basis);
    }

    @Test
    void a_basis_with_nothing_measured_round_trips() {
        var basis = new MeasuredBasis(1, Instant.parse("2026-12-01T10:15:30Z"), "2026-v1", "No school found", List.of(), List.of(),
                "Straight lines.", true, null, null, List.of(), List.of());

        assertThat(MeasuredBases.read(MeasuredBases.write(basis))).isEqualTo(basis);
    }

    @Test
    void a_version_1_basis_written_by_hand_still_reads() {
        String stored = """
                {"schemaVersion":1,"measuredAt":"2026-12-01T10:15:30Z","policyVersion":"2026-v1","summary":"Eligible under C",
                 "findings":[{"category":"C","title":"Beyond walking distance","finding":"met","reason":"Over 2 miles"}],
                 "forTheOfficer":[],"method":"Shortest walking route on OpenStreetMap.","indicative":false,
                 "measuredTo":{"urn":"100001","name":"Hill Primary","walkingMetres":3283,"walkingLabel":"2.04 miles (3,283 metres)",
                   "walkingStraightLine":false,"roadMetres":4100,"roadLabel":"2.55 miles (4,100 metres)","suitable":true,
                   "reason":"The nearest suitable school"},
                 "home":[51.5,-0.12],"route":[[51.5,-0.12],[51.52,-0.14]],
                 "schoolsConsidered":[{"urn":"100002","name":"Vale Primary","walkingMetres":5000,
                   "walkingLabel":"3.11 miles (5,000 metres) in a straight line","walkingStraightLine":true,"suitable":false,"reason":"Full"}]}
                """;

        MeasuredBasis basis = MeasuredBases.read(stored);

        assertThat(basis.schemaVersion()).isEqualTo(1);
        assertThat(basis.measuredAt()).isEqualTo(Instant.parse("2026-12-01T10:15:30Z"));
        assertThat(basis.measuredTo()).isEqualTo(NEAREST);
        assertThat(basis.home()).isEqualTo(new Point(51.5, -0.12));
        assertThat(basis.schoolPoint()).isEqualTo(new Point(51.52, -0.14));
        assertThat(basis.schoolsConsidered()).containsExactly(FURTHER);
        assertThat(basis.findings()).containsExactly(new Finding("C", "Beyond walking distance", "met", "Over 2 miles"));
        assertThat(basis.policyVersion()).isEqualTo("2026-v1");
    }

    @Test
    void a_layout_this_version_does_not_know_is_refused_rather_than_misread() {
        assertThatThrownBy(() -> MeasuredBases.read("{\"schemaVersion\":99}")).hasMessageContaining("layout 99");
    }

    @Test
    void what_changed_is_said_in_words() {
        var before = new MeasuredBasis(1, Instant.parse("2026-12-01T10:00:00Z"), "2026-v1", "Eligible under C", List.of(), List.of(), "m",
                false, NEAREST, null, List.of(), List.of());
        var after = new MeasuredBasis(1, Instant.parse("2026-12-01T11:00:00Z"), "2026-v1", "Eligible under C", List.of(), List.of(), "m",
                false, FURTHER, null, List.of(), List.of());

        assertThat(after.changesSince(before)).startsWith("Changed: measured to Vale Primary instead of Hill Primary")
                .contains("walking distance 3.11 miles (5,000 metres) in a straight line, was 2.04 miles (3,283 metres)");
        assertThat(before.changesSince(before)).isEqualTo("Nothing changed: Eligible under C");
    }
}
