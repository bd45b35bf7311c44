package org.travelassist.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.travelassist.claims.MileageAssessment.AcceptedDay;
import org.travelassist.claims.MileageAssessment.RejectedDay;
import org.travelassist.claims.MileagePolicy.HigherRate;

/** The claim rules for any month's days, distance, rate and calendar (QuickTheories, a thousand cases each). */
class MileageRulesPropertyTest {

    static final LocalDate FROM = LocalDate.of(2027, 3, 1);
    static final LocalDate TO = LocalDate.of(2027, 3, 31);

    record Case(List<ClaimedDay> days, long miles, int rate, Set<LocalDate> elsewhere, Map<LocalDate, String> closures, LocalDate today,
            LocalDate startsOn, boolean higher, long milesBefore) {}

    static Gen<ClaimedDay> day() {
        return integers().between(-5, 40).zip(integers().between(0, 2),
                (offset, journeys) -> new ClaimedDay(FROM.plusDays(offset), Journeys.values()[journeys]));
    }

    static Gen<Case> cases() {
        Gen<List<ClaimedDay>> days = lists().of(day()).ofSizeBetween(0, 40);
        Gen<Set<LocalDate>> dates = lists().of(integers().between(0, 30)).ofSizeBetween(0, 8)
                .map(offsets -> offsets.stream().map(FROM::plusDays).collect(Collectors.toSet()));
        return days.zip(integers().between(1, 5_000), integers().between(1, 120), dates, (d, miles, rate, elsewhere) ->
                        new Case(d, miles, rate, elsewhere, Map.of(), TO, FROM, false, 0))
                .zip(dates, integers().between(0, 40), integers().between(-10, 20),
                        (c, closed, today, start) -> new Case(c.days(), c.miles(), c.rate(), c.elsewhere(),
                                closed.stream().collect(Collectors.toMap(day -> day, day -> "Training day")),
                                FROM.plusDays(today), FROM.plusDays(start), today % 2 == 0, (long) start * 50_000 + 900_000));
    }

    static MileageAssessment assess(Case c) {
        var terms = new AllowanceTerms(c.miles(), c.rate(), c.higher() ? new HigherRate(10_000, 25) : null, 4, 2, c.startsOn());
        return MileageRules.assess(MileageRulesTest.POLICY, terms, FROM, TO, new SchoolOpenDays(true, c.closures()), c.days(),
                c.elsewhere(), c.today(), c.milesBefore());
    }

    @Test
    void every_day_claimed_is_accepted_or_rejected_exactly_once_and_no_day_is_accepted_twice() {
        qt().forAll(cases()).checkAssert(c -> {
            var result = assess(c);

            assertThat(result.accepted().size() + result.rejected().size()).isEqualTo(c.days().size());
            Set<LocalDate> accepted = new HashSet<>();
            result.accepted().forEach(day -> assertThat(accepted.add(day.date())).as("accepted twice: %s", day.date()).isTrue());
            assertThat(result.rejected()).allSatisfy(day -> assertThat(day.why()).isNotBlank());
        });
    }

    @Test
    void an_accepted_day_is_a_school_day_in_the_period_from_the_start_date_to_today_and_not_claimed_elsewhere() {
        qt().forAll(cases()).checkAssert(c -> {
            for (AcceptedDay day : assess(c).accepted()) {
                assertThat(day.date()).isBetween(FROM, TO).isBetween(c.startsOn(), c.today());
                assertThat(day.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(c.closures()).doesNotContainKey(day.date());
                assertThat(c.elsewhere()).doesNotContain(day.date());
            }
        });
    }

    @Test
    void legs_follow_the_journeys_of_the_day() {
        qt().forAll(cases()).checkAssert(c -> assertThat(assess(c).accepted())
                .allSatisfy(day -> assertThat(day.legs()).isEqualTo(day.journeys() == Journeys.BOTH ? 4 : 2)));
    }

    @Test
    void the_total_is_the_sum_of_the_lines_and_within_half_a_penny_a_line_of_the_exact_amount() {
        qt().forAll(cases()).checkAssert(c -> {
            var result = assess(c);
            long miles = result.accepted().stream().mapToLong(day -> day.legs() * c.miles()).sum();

            assertThat(result.total().pence()).isEqualTo(result.lines().stream().mapToLong(line -> line.amount().pence()).sum());
            assertThat(result.milesHundredths()).isEqualTo(miles);
            // Exact amount in hundredths of a penny, from the miles at each rate.
            long exact = result.lines().stream().mapToLong(line -> line.milesHundredths() * line.ratePence()).sum();
            assertThat(Math.abs(result.total().pence() * 100 - exact)).isLessThanOrEqualTo(50L * result.lines().size());
            if (!c.higher()) {
                assertThat(exact).isEqualTo(miles * c.rate());
            }
        });
    }

    @Test
    void a_day_rejected_is_rejected_for_a_reason_that_holds() {
        qt().forAll(cases()).checkAssert(c -> {
            Map<LocalDate, Integer> counts = new HashMap<>();
            c.days().forEach(day -> counts.merge(day.date(), 1, Integer::sum));
            for (RejectedDay day : assess(c).rejected()) {
                boolean holds = switch (day.reason()) {
                    case NOT_IN_PERIOD -> day.date().isBefore(FROM) || day.date().isAfter(TO);
                    case TWICE_IN_THIS_CLAIM -> counts.get(day.date()) > 1;
                    case WEEKEND -> day.date().getDayOfWeek().getValue() > 5;
                    case SCHOOL_CLOSED -> c.closures().containsKey(day.date());
                    case BEFORE_AGREEMENT -> day.date().isBefore(c.startsOn());
                    case IN_FUTURE -> day.date().isAfter(c.today());
                    case ALREADY_CLAIMED -> c.elsewhere().contains(day.date());
                    case AFTER_DEADLINE -> c.today().isAfter(LocalDate.of(2027, 4, 5));
                };
                assertThat(holds).as("%s for %s", day.reason(), day.date()).isTrue();
            }
        });
    }
}
