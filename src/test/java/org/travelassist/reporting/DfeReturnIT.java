package org.travelassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;

/**
 * The DfE return counts children, not applications, council-wide: checked as the change the applications made here
 * cause, since other tests' applications share the database.
 */
@IntegrationTest
class DfeReturnIT {

    @Autowired Dashboard dashboard;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock.MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
        TestUsers.signOut();
    }

    private static List<Number> row(FigureTable table, String label) {
        return table.rows().stream().filter(row -> row.label().equals(label)).findFirst().orElseThrow().values();
    }

    private static List<Long> minus(List<Number> after, List<Number> before) {
        return List.of(after.get(0).longValue() - before.get(0).longValue(), after.get(1).longValue() - before.get(1).longValue(),
                after.get(2).longValue() - before.get(2).longValue());
    }

    @Test
    void each_child_is_counted_once_per_line_with_sen_apart_and_each_offer_on_its_own_line() {
        clock.moveTo(ReportingFixtures.on(LocalDate.of(2027, 3, 15)));
        TestUsers.newStaff(directory, "TransportManager");
        var filter = ReportFilter.of(PolicyYear.containing(LocalDate.of(2027, 3, 15), 9));
        var before = dashboard.dfeReturn(filter);

        var made = new ReportingFixtures(jdbc);
        UUID twice = UUID.randomUUID();
        made.application(twice, ApplicationStatus.WITHDRAWN, LocalDate.of(2026, 9, 7), null, false, null);
        made.application(twice, ApplicationStatus.DECIDED, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 20), false,
                "PERSONAL_TRANSPORT_BUDGET,SHARED_VEHICLE");
        made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16), true,
                "MILEAGE_ALLOWANCE");
        var after = dashboard.dfeReturn(filter);

        assertThat(minus(row(after, "Children with an application received"), row(before, "Children with an application received")))
                .containsExactly(2L, 1L, 1L);
        assertThat(minus(row(after, "Children decided eligible"), row(before, "Children decided eligible"))).containsExactly(2L, 1L, 1L);
        assertThat(minus(row(after, "Offered: a seat on a shared vehicle"), row(before, "Offered: a seat on a shared vehicle")))
                .containsExactly(1L, 0L, 1L);
        assertThat(minus(row(after, "Offered: a personal transport budget"), row(before, "Offered: a personal transport budget")))
                .containsExactly(1L, 0L, 1L);
        assertThat(minus(row(after, "Offered: a mileage allowance"), row(before, "Offered: a mileage allowance"))).containsExactly(1L, 1L, 0L);
        assertThat(after.rows()).extracting(FigureTable.Row::label)
                .contains("With a personal transport budget agreed", "With a mileage allowance accepted");
    }
}
