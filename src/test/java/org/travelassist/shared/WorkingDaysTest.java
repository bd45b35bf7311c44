package org.travelassist.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

    @ParameterizedTest
    @ValueSource(ints = {2026, 2027, 2028})
    void each_listed_year_has_eight_bank_holidays_all_on_weekdays(int year) {
        List<LocalDate> holidays = WorkingDays.BANK_HOLIDAYS.stream().filter(day -> day.getYear() == year).toList();
        assertThat(holidays).hasSize(8);
        assertThat(holidays).allSatisfy(day -> assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @ParameterizedTest(name = "Easter {0}: Good Friday {1}, Easter Monday {2}")
    @CsvSource({"2026-04-05, 2026-04-03, 2026-04-06", "2027-03-28, 2027-03-26, 2027-03-29", "2028-04-16, 2028-04-14, 2028-04-17"})
    void good_friday_and_easter_monday_follow_easter_sunday(LocalDate easter, LocalDate goodFriday, LocalDate easterMonday) {
        assertThat(goodFriday).isEqualTo(easter.minusDays(2));
        assertThat(easterMonday).isEqualTo(easter.plusDays(1));
        assertThat(WorkingDays.isWorkingDay(goodFriday)).isFalse();
        assertThat(WorkingDays.isWorkingDay(easterMonday)).isFalse();
    }

    @ParameterizedTest(name = "{0} + 20 working days = {1}")
    @CsvSource({
        "2026-11-23, 2026-12-21",  // four plain weeks
        "2026-12-01, 2026-12-31",  // Christmas 2026: the 25th and the 28th (for Boxing Day) skipped; 17 + 3 days
        "2027-03-15, 2027-04-14",  // over Easter 2027
        "2027-12-13, 2028-01-13",  // Christmas 2027 (27th, 28th) and New Year 2028 (the 3rd) skipped: 9 + 3 + 8 days
        "2026-11-21, 2026-12-18"   // a decision on a Saturday: counting starts on Monday
    })
    void deadlines_count_twenty_working_days_after_the_decision(LocalDate decided, LocalDate deadline) {
        assertThat(WorkingDays.plusWorkingDays(decided, 20)).isEqualTo(deadline);
        assertThat(WorkingDays.workingDaysBetween(decided, deadline)).isEqualTo(20);
    }

    @Test
    void zero_working_days_is_the_same_day_and_the_count_never_goes_negative() {
        var day = LocalDate.of(2026, 11, 23);
        assertThat(WorkingDays.plusWorkingDays(day, 0)).isEqualTo(day);
        assertThat(WorkingDays.workingDaysBetween(day, day.minusDays(5))).isZero();
    }

    @Test
    void a_year_without_listed_bank_holidays_is_refused_rather_than_miscounted() {
        assertThatThrownBy(() -> WorkingDays.isWorkingDay(LocalDate.of(2029, 1, 2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2029");
        assertThatThrownBy(() -> WorkingDays.plusWorkingDays(LocalDate.of(2028, 12, 20), 20))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void evidence_for_a_hearing_is_due_ten_working_days_before_it_skipping_christmas() {
        assertThat(WorkingDays.minusWorkingDays(LocalDate.of(2027, 1, 8), 10)).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(WorkingDays.plusWorkingDays(WorkingDays.minusWorkingDays(LocalDate.of(2027, 1, 8), 10), 10))
                .isEqualTo(LocalDate.of(2027, 1, 8));
    }
}
