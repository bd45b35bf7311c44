package org.travelassist.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolCalendarTest {

    @ParameterizedTest(name = "born {0}: compulsory school age from {1}")
    @CsvSource({
        "2021-01-01, 2026-03-31",  // next prescribed day after the 5th birthday
        "2021-03-31, 2026-03-31",  // 5th birthday on a prescribed day: that day
        "2021-04-01, 2026-08-31",
        "2021-08-31, 2026-08-31",
        "2021-09-01, 2026-12-31",
        "2020-12-31, 2025-12-31"
    })
    void compulsory_school_age_starts_on_the_prescribed_day_on_or_after_the_fifth_birthday(LocalDate born, LocalDate starts) {
        assertThat(SchoolCalendar.compulsorySchoolAgeStarts(born)).isEqualTo(starts);
    }

    @ParameterizedTest(name = "born {0}: compulsory school age until {1}")
    @CsvSource({
        "2010-09-01, 2027-06-25",  // turns 16 at the start of 2026/27: leaves in June 2027
        "2011-08-31, 2027-06-25",  // youngest of the same year group
        "2010-07-15, 2026-06-26",  // turns 16 in July 2026, after the leaving date of that school year
        "2010-06-27, 2026-06-26"   // turns 16 the day after the leaving date
    })
    void compulsory_school_age_ends_on_the_last_friday_in_june_of_the_year_the_child_turns_16(LocalDate born, LocalDate ends) {
        assertThat(SchoolCalendar.compulsorySchoolAgeEnds(born)).isEqualTo(ends);
    }

    @Test
    void the_first_and_last_days_are_both_within_compulsory_school_age() {
        LocalDate born = LocalDate.of(2021, 1, 1);
        assertThat(SchoolCalendar.isOfCompulsorySchoolAge(born, LocalDate.of(2026, 3, 30))).isFalse();
        assertThat(SchoolCalendar.isOfCompulsorySchoolAge(born, LocalDate.of(2026, 3, 31))).isTrue();
        LocalDate end = SchoolCalendar.compulsorySchoolAgeEnds(born);
        assertThat(SchoolCalendar.isOfCompulsorySchoolAge(born, end)).isTrue();
        assertThat(SchoolCalendar.isOfCompulsorySchoolAge(born, end.plusDays(1))).isFalse();
    }

    @Test
    void year_groups_follow_the_age_on_31_august() {
        assertThat(SchoolCalendar.yearGroup(LocalDate.of(2021, 8, 31), LocalDate.of(2026, 11, 23))).isEqualTo(1);
        assertThat(SchoolCalendar.yearGroup(LocalDate.of(2021, 9, 1), LocalDate.of(2026, 11, 23))).isEqualTo(0);
        assertThat(SchoolCalendar.yearGroup(LocalDate.of(2015, 3, 1), LocalDate.of(2026, 11, 23))).isEqualTo(7);
    }
}
