package org.travelassist.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.Money;

/**
 * The money figures, counted by PostgreSQL, against budgets, allowances, claims and payments made here (SQL rows, see
 * {@link MoneyFixtures}) for one school of their own, with the answers worked out by hand in the comments.
 */
@IntegrationTest
class MoneyDashboardIT {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    @Autowired MoneyDashboard money;
    @Autowired Dashboard dashboard;
    @Autowired DashboardSettings settings;
    @Autowired AppUserDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock.MovableClock clock;

    private ReportingFixtures made;
    private PolicyYear year;

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /**
     * A (SEN): eligible 20 Sep, budget accepted 5 Oct. G: eligible 15 Sep, budget accepted 25 Sep, ended 31 Dec.
     * B and C (C SEN), one household: eligible 1 Oct, one mileage allowance accepted 10 Nov. D: eligible 2 Nov,
     * nothing arranged. E: found not eligible. F (SEN): eligible 10 Jan, budget offered but not accepted.
     */
    @BeforeEach
    void aYearOfBudgetsMileageAndPayments() {
        clock.moveTo(ReportingFixtures.on(TODAY));
        made = new ReportingFixtures(jdbc);
        var money = new MoneyFixtures(jdbc);
        year = PolicyYear.containing(TODAY, 9);
        UUID a = made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, day(2026, 9, 7), day(2026, 9, 20), true, "PERSONAL_TRANSPORT_BUDGET");
        UUID g = made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, day(2026, 9, 1), day(2026, 9, 15), false, "PERSONAL_TRANSPORT_BUDGET");
        UUID b = made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, day(2026, 9, 14), day(2026, 10, 1), false, "MILEAGE_ALLOWANCE");
        UUID c = made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, day(2026, 9, 14), day(2026, 10, 1), true, "MILEAGE_ALLOWANCE");
        jdbc.update("update application set household_id = (select household_id from application where id = ?) where id = ?", b, c);
        made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, day(2026, 10, 19), day(2026, 11, 2), false, "SHARED_VEHICLE");
        money.notEligible(made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, day(2026, 11, 9), day(2026, 12, 1), false, null));
        UUID f = made.application(UUID.randomUUID(), ApplicationStatus.DECIDED, day(2026, 12, 7), day(2027, 1, 10), true, "PERSONAL_TRANSPORT_BUDGET");

        // A: 122 + 90 + 122 = 334 days for £600 + £550 (reduced for absence) + £600; the cancelled one does not count.
        UUID budgetA = money.budget(a, "ACCEPTED", day(2026, 10, 5), null);
        UUID a1 = money.instalment(budgetA, 1, day(2026, 10, 5), day(2026, 9, 1), day(2026, 12, 31), 60000, "PAID");
        UUID a2 = money.instalment(budgetA, 2, day(2027, 1, 4), day(2027, 1, 1), day(2027, 3, 31), 55000, "SENT_FOR_PAYMENT");
        money.instalment(budgetA, 3, day(2027, 4, 1), day(2027, 4, 1), day(2027, 7, 31), 60000, "SCHEDULED");
        money.instalment(budgetA, 4, day(2027, 8, 1), day(2027, 8, 1), day(2027, 8, 31), 10000, "CANCELLED");
        // G: 122 days for £500; the payment after the end was cancelled.
        UUID budgetG = money.budget(g, "ENDING", day(2026, 9, 25), day(2026, 12, 31));
        UUID g1 = money.instalment(budgetG, 1, day(2026, 9, 25), day(2026, 9, 1), day(2026, 12, 31), 50000, "PAID");
        UUID g2 = money.instalment(budgetG, 2, day(2027, 1, 4), day(2027, 1, 1), day(2027, 3, 31), 40000, "CANCELLED");
        money.budget(f, "OFFERED", null, null);
        // B and C: November (30 days, £90.00, paid) and December (31 days, £61.00, approved): £75.50 and 61 days each.
        UUID allowance = money.allowance("ACCEPTED", day(2026, 11, 10), b, c);
        UUID november = money.claim(allowance, day(2026, 11, 1), 9000, "PAID");
        UUID december = money.claim(allowance, day(2026, 12, 1), 6100, "APPROVED");
        money.claim(allowance, day(2027, 1, 1), 5000, "REJECTED");
        money.claim(allowance, day(2027, 2, 1), 4000, "SENT");

        // Payments: G's first paid 3 days late; A's first on time; November's claim on time; A's second failed, sent again
        // and paid 2 days late; December's claim failed and waits for new bank details; G's second cancelled.
        money.payment("BUDGET_INSTALMENT", g1, 1, null, day(2026, 9, 25), "PAID", day(2026, 9, 28), null);
        money.payment("BUDGET_INSTALMENT", a1, 1, null, day(2026, 10, 5), "PAID", day(2026, 10, 5), null);
        money.payment("MILEAGE_CLAIM", november, 1, null, day(2026, 12, 10), "PAID", day(2026, 12, 10), null);
        UUID failed = money.payment("BUDGET_INSTALMENT", a2, 1, null, day(2027, 1, 4), "REISSUED", null, day(2027, 1, 6));
        money.payment("BUDGET_INSTALMENT", a2, 2, failed, day(2027, 1, 18), "PAID", day(2027, 1, 20), null);
        money.payment("MILEAGE_CLAIM", december, 1, null, day(2027, 1, 12), "FAILED", null, day(2027, 1, 14));
        money.payment("BUDGET_INSTALMENT", g2, 1, null, day(2027, 1, 4), "CANCELLED", null, null);
        TestUsers.newStaff(directory, "TransportManager");
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
        TestUsers.signOut();
    }

    private ReportFilter school(ReportFilter.Sen sen) {
        return new ReportFilter(year, made.schoolUrn, sen);
    }

    private static List<Number> row(FigureTable table, String label) {
        return table.rows().stream().filter(row -> row.label().equals(label)).findFirst().orElseThrow().values();
    }

    private static BigDecimal pounds(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void take_up_counts_children_on_a_budget_or_mileage_at_each_months_end_as_a_share_of_eligible_children_against_the_target() {
        var takeUp = money.takeUp(school(ReportFilter.Sen.ALL));
        BigDecimal target = settings.takeUpTargetPercent();
        assertThat(target).isEqualByComparingTo("10");
        assertThat(takeUp.rows()).hasSize(12);
        // Eligible, budget, mileage, either, take-up, target.
        assertThat(row(takeUp, "September 2026")).containsExactly(2L, 1L, 0L, 1L, pounds("50.0"), target);
        assertThat(row(takeUp, "October 2026")).containsExactly(4L, 2L, 0L, 2L, pounds("50.0"), target);
        assertThat(row(takeUp, "November 2026")).containsExactly(5L, 2L, 2L, 4L, pounds("80.0"), target);
        assertThat(row(takeUp, "December 2026")).as("G's budget ends on 31 December").containsExactly(5L, 2L, 2L, 4L, pounds("80.0"), target);
        assertThat(row(takeUp, "January 2027")).as("F's offer is not accepted").containsExactly(6L, 1L, 2L, 3L, pounds("50.0"), target);
        assertThat(row(takeUp, "March 2027")).containsExactly(6L, 1L, 2L, 3L, pounds("50.0"), target);
        assertThat(row(takeUp, "April 2027")).as("not yet").containsExactly(null, null, null, null, null, target);
        assertThat(takeUp.countedHow().getFirst())
                .isEqualTo("At the end of March 2027 (or today): 3 of 6 eligible children with transport have a budget or mileage (50%), "
                        + "against the target of 10%: the target is met.");

        var sen = money.takeUp(school(ReportFilter.Sen.SEN_ONLY));
        assertThat(row(sen, "September 2026")).containsExactly(1L, 0L, 0L, 0L, pounds("0.0"), target);
        assertThat(row(sen, "November 2026")).containsExactly(2L, 1L, 1L, 2L, pounds("100.0"), target);
        assertThat(row(sen, "January 2027")).containsExactly(3L, 1L, 1L, 2L, pounds("66.7"), target);
    }

    @Test
    void cost_compares_what_budgets_and_mileage_cost_with_a_taxi_for_sen_and_a_shared_route_for_the_others_on_the_same_days() throws Exception {
        assertThat(settings.taxiCost()).isEqualTo(Money.ofPounds(9800));
        assertThat(settings.sharedRouteCost()).isEqualTo(Money.ofPounds(6500));
        var cost = money.costAvoided(school(ReportFilter.Sen.ALL));
        // Taxi for A: 334/365 × £9,800 = £8,967.67; shared route for G: 122/365 × £6,500 = £2,172.60.
        assertThat(row(cost, "Personal transport budgets"))
                .containsExactly(2L, pounds("2250.00"), pounds("11140.27"), pounds("8890.27"), pounds("79.8"));
        // Taxi for C: 61/365 × £9,800 = £1,637.81; shared route for B: 61/365 × £6,500 = £1,086.30.
        assertThat(row(cost, "Mileage allowances")).containsExactly(2L, pounds("151.00"), pounds("2724.11"), pounds("2573.11"), pounds("94.5"));
        assertThat(row(cost, "Together")).containsExactly(4L, pounds("2401.00"), pounds("13864.38"), pounds("11463.38"), pounds("82.7"));
        assertThat(cost.countedHow()).contains(
                "In 2026 to 2027: budgets and mileage cost £2,401.00; contracted transport for the same children on the same days would "
                        + "have cost £13,864.38, so the council saved £11,463.38 (82.7%).",
                "Personal transport budgets, 1 child with SEN, in a single-occupancy taxi: 334 days ÷ 365 × £9,800.00 = £8,967.67.",
                "Mileage allowances, 1 child without SEN, on a shared route: 61 days ÷ 365 × £6,500.00 = £1,086.30.",
                "Saving: £13,864.38 − £2,401.00 = £11,463.38.");

        var notSen = money.costAvoided(school(ReportFilter.Sen.NOT_SEN));
        assertThat(row(notSen, "Together")).containsExactly(2L, pounds("575.50"), pounds("3258.90"), pounds("2683.40"), pounds("82.3"));
        var csv = CSVFormat.RFC4180.parse(new StringReader(cost.csv())).getRecords();
        assertThat(csv.get(3).toList()).containsExactly("Together", "4", "2401.00", "13864.38", "11463.38", "82.7");
    }

    @Test
    void payments_are_counted_once_each_by_the_month_first_due_paid_on_time_late_failed_sent_again_or_outstanding() {
        var payments = money.payments(school(ReportFilter.Sen.ALL));
        // Due, on time, late, failed, sent again, outstanding, cancelled, share on time.
        assertThat(row(payments, "September 2026")).containsExactly(1L, 0L, 1L, 0L, 0L, 0L, 0L, pounds("0.0"));
        assertThat(row(payments, "October 2026")).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 0L, pounds("100.0"));
        assertThat(row(payments, "November 2026")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, null);
        assertThat(row(payments, "December 2026")).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 0L, pounds("100.0"));
        assertThat(row(payments, "January 2027")).containsExactly(3L, 0L, 1L, 2L, 1L, 1L, 1L, pounds("0.0"));
        assertThat(payments.countedHow().getFirst())
                .isEqualTo("In the year: 6 payments due; 2 paid on time, 2 paid late, 2 failed at least once, 1 sent again, 1 outstanding, 1 cancelled.");

        var sen = money.payments(school(ReportFilter.Sen.SEN_ONLY));
        assertThat(row(sen, "September 2026")).as("G has no SEN").containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, null);
        assertThat(row(sen, "December 2026")).as("the claim carries C, who has SEN").containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 0L, pounds("100.0"));
        assertThat(row(sen, "January 2027")).containsExactly(2L, 0L, 1L, 2L, 1L, 1L, 0L, pounds("0.0"));
    }

    @Test
    void another_schools_filter_sees_none_of_it() {
        var other = new ReportFilter(year, "100000", ReportFilter.Sen.ALL);
        assertThat(money.takeUp(other).rows()).allSatisfy(row -> assertThat(row.values().get(0)).isIn(0L, null));
        assertThat(row(money.costAvoided(other), "Together")).containsExactly(0L, pounds("0.00"), pounds("0.00"), pounds("0.00"), null);
        assertThat(money.payments(other).rows()).allSatisfy(row -> assertThat(row.values().get(0)).isEqualTo(0L));
    }

    @Test
    void only_officers_and_managers_may_read_the_money_figures() {
        var filter = school(ReportFilter.Sen.ALL);
        TestUsers.newStaff(directory, "TransportOfficer");
        assertThat(money.payments(filter).rows()).hasSize(12);
        assertThat(dashboard.payments(filter)).as("the dashboard's own").isEqualTo(money.payments(filter));
        for (Runnable signIn : Arrays.<Runnable>asList(() -> TestUsers.newParent(directory), () -> TestUsers.newStaff(directory, "FinanceOfficer"),
                () -> TestUsers.newStaff(directory, "SchoolStaff"))) {
            signIn.run();
            assertThatThrownBy(() -> money.takeUp(filter)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> money.costAvoided(filter)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> money.payments(filter)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dashboard.takeUp(filter)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dashboard.costAvoided(filter)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dashboard.payments(filter)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
