package org.travelassist.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.travelassist.places.GridReference;
import org.travelassist.places.LatLon;

class SchoolIndexTest {

    /** Schools spread over England's National Grid extent, as a national register would be. */
    public static List<School> syntheticRegister(int size, long seed) {
        var random = new Random(seed);
        var schools = new ArrayList<School>(size);
        for (int i = 0; i < size; i++) {
            var grid = new GridReference(80_000 + random.nextDouble() * 580_000, 5_000 + random.nextDouble() * 650_000);
            schools.add(new School(String.valueOf(100_000 + i), "School " + i, "Academy converter", "Primary", 4, 11, "Mixed",
                    null, List.of(), null, null, grid, new LatLon(0, 0), true, false, false, false, List.of()));
        }
        return List.copyOf(schools);
    }

    @Test
    void a_radius_search_finds_exactly_what_a_full_scan_finds_in_the_same_order() {
        List<School> register = syntheticRegister(20_000, 7);
        var index = new SchoolIndex(register);
        var random = new Random(11);
        for (int i = 0; i < 200; i++) {
            var from = new GridReference(80_000 + random.nextDouble() * 580_000, 5_000 + random.nextDouble() * 650_000);
            assertThat(index.within(from, 24_140)).isEqualTo(SchoolIndex.scan(register, from, 24_140));
        }
    }

    @Test
    void a_school_exactly_on_the_radius_is_included() {
        var school = syntheticRegister(1, 1).getFirst();
        var from = new GridReference(school.grid().easting() + 3000, school.grid().northing() + 4000);
        assertThat(new SchoolIndex(List.of(school)).within(from, 5000)).containsExactly(school);
        assertThat(new SchoolIndex(List.of(school)).within(from, 4999.9)).isEmpty();
    }
}
