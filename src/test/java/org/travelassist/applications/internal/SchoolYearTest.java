package org.travelassist.applications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolYearTest {

    @Test
    void the_school_year_runs_from_the_first_of_september_to_the_end_of_august() {
        assertThat(SchoolYear.of(LocalDate.of(2026, 12, 1))).isEqualTo(new SchoolYear(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)));
        assertThat(SchoolYear.of(LocalDate.of(2027, 8, 31)).first()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(SchoolYear.of(LocalDate.of(2027, 9, 1)).first()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(SchoolYear.of(LocalDate.of(2026, 12, 1)).contains(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(SchoolYear.of(LocalDate.of(2026, 12, 1)).contains(LocalDate.of(2026, 9, 1))).isTrue();
    }
}
