package org.travelassist.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class GovukDatesTest {

    static final Clock HALF_PAST_MIDNIGHT_BST = Clock.fixed(Instant.parse("2026-06-14T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void at_half_past_midnight_in_summer_today_is_already_the_next_day_in_england() {
        assertThat(LocalDate.now(HALF_PAST_MIDNIGHT_BST)).isEqualTo("2026-06-14"); // what UTC would say
        assertThat(GovukDates.today(HALF_PAST_MIDNIGHT_BST)).isEqualTo("2026-06-15");
    }

    @Test
    void so_a_child_is_eight_on_their_eighth_birthday_from_midnight() {
        LocalDate born = LocalDate.of(2018, 6, 15);

        assertThat(Period.between(born, GovukDates.today(HALF_PAST_MIDNIGHT_BST)).getYears()).isEqualTo(8);
    }

    @Test
    void in_winter_england_is_on_utc() {
        Clock halfPastMidnightGmt = Clock.fixed(Instant.parse("2026-12-15T00:30:00Z"), ZoneOffset.UTC);
        Clock beforeMidnightGmt = Clock.fixed(Instant.parse("2026-12-14T23:30:00Z"), ZoneOffset.UTC);

        assertThat(GovukDates.today(halfPastMidnightGmt)).isEqualTo("2026-12-15");
        assertThat(GovukDates.today(beforeMidnightGmt)).isEqualTo("2026-12-14");
    }
}
