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

    private static final String BUDGET_LINE = "With a personal transport budget agreed";
    private static final String MILEAGE_LINE = "With a mileage allowance accepted";

    /** Rows as budgets and claims write them (SQL, see MoneyFixtures), with days inside and outside the year. */
    @Test
    void the_budget_and_mileage_lines_count_children_whose_agreement_or_allowance_was_accepted_in_the_year_each_once() {
        clock.moveTo(ReportingFixtures.on(LocalDate.of(2027, 3, 15)));
        TestUsers.newStaff(directory, "TransportManager");
        var filter = ReportFilter.of(PolicyYear.containing(LocalDate.of(2027, 3, 15), 9));
        var before = dashboard.dfeReturn(filter);

        var made = new ReportingFixtures(jdbc);
        var money = new MoneyFixtures(jdbc);
        // A child with SEN whose budget was renewed: two agreements in the year, counted once.
        UUID renewed = UUID.randomUUID();
        UUID first = made.application(renewed, ApplicationStatus.DECIDED, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 10), true,
                "PERSONAL_TRANSPORT_BUDGET");
        UUID second = made.application(renewed, ApplicationStatus.DECIDED, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16), true,
                "PERSONAL_TRANSPORT_BUDGET");
        money.budget(first, "ENDING", LocalDate.of(2026, 9, 20), LocalDate.of(2026, 11, 30));
        money.budget(second, "ACCEPTED", LocalDate.of(2026, 12, 1), null);
        // Without SEN: accepted and then given notice, still agreed in the year.
        money.budget(made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 19),
                false, "PERSONAL_TRANSPORT_BUDGET"), "ENDING", LocalDate.of(2026, 10, 26), LocalDate.of(2027, 2, 28));
        // Not counted: accepted in the previous year, offered but not accepted, declined.
        money.budget(made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 20),
                false, "PERSONAL_TRANSPORT_BUDGET"), "ACCEPTED", LocalDate.of(2026, 8, 3), null);
        money.budget(made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 18),
                true, "PERSONAL_TRANSPORT_BUDGET"), "OFFERED", null, null);
        money.budget(made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 18),
                false, "PERSONAL_TRANSPORT_BUDGET"), "DECLINED", null, null);
        // Mileage: brothers, one with SEN, on one allowance accepted in November; another family's allowance only offered.
        UUID brother = made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 10, 1),
                true, "MILEAGE_ALLOWANCE");
        UUID sister = made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 10, 1),
                false, "MILEAGE_ALLOWANCE");
        money.allowance("ACCEPTED", LocalDate.of(2026, 11, 10), brother, sister);
        money.allowance("OFFERED", null, made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 2, 15), false, "MILEAGE_ALLOWANCE"));
        var after = dashboard.dfeReturn(filter);

        assertThat(minus(row(after, BUDGET_LINE), row(before, BUDGET_LINE))).as("children, with SEN, without").containsExactly(2L, 1L, 1L);
        assertThat(minus(row(after, MILEAGE_LINE), row(before, MILEAGE_LINE))).containsExactly(2L, 1L, 1L);
        assertThat(minus(row(after, "Offered: a personal transport budget"), row(before, "Offered: a personal transport budget")))
                .as("decided in the year, the renewed child once").containsExactly(4L, 2L, 2L);
    }

    @Autowired org.travelassist.accounts.HouseholdService households;
    @Autowired org.travelassist.accounts.HouseholdAccess access;
    @Autowired org.travelassist.accounts.BankAccounts bankAccounts;
    @Autowired org.travelassist.applications.ApplicationService applications;
    @Autowired org.travelassist.applications.Casework casework;
    @Autowired org.travelassist.budgets.BudgetCasework budgets;
    @Autowired org.travelassist.budgets.Budgets familyBudgets;
    @Autowired org.travelassist.claims.MileageAllowances allowances;

    /** The same lines through the modules' own services: a decision, the offer sent, bank details and acceptance. */
    @Test
    void a_budget_and_an_allowance_accepted_through_their_services_are_each_counted_on_their_line() {
        TestUsers.newStaff(directory, "TransportManager");
        var filter = ReportFilter.of(dashboard.currentYear());
        var before = dashboard.dfeReturn(filter);

        var decided = org.travelassist.budgets.BudgetFixtures.decidedWithBudget(directory, households, applications, casework, budgets);
        budgets.send(decided.budgetId());
        TestUsers.actAs(decided.parent());
        bankAccounts.save(decided.householdId(), new org.travelassist.accounts.BankDetailsForm("Priya Shah", "30-94-30", "00733445", ""));
        familyBudgets.accept(decided.budgetId(), true);

        var family = org.travelassist.claims.ClaimFixtures.decided(directory, households, access, applications, casework);
        var allowance = org.travelassist.claims.ClaimFixtures.awaitAllowance(allowances, family.householdId());
        org.travelassist.claims.ClaimFixtures.giveBankDetails(bankAccounts, family.householdId());
        allowances.accept(allowance.id());

        TestUsers.newStaff(directory, "TransportManager");
        var after = dashboard.dfeReturn(filter);
        // The fixtures' answers describe an EHC plan, so both children have SEN.
        assertThat(minus(row(after, BUDGET_LINE), row(before, BUDGET_LINE))).containsExactly(1L, 1L, 0L);
        assertThat(minus(row(after, MILEAGE_LINE), row(before, MILEAGE_LINE))).containsExactly(1L, 1L, 0L);
    }
}
