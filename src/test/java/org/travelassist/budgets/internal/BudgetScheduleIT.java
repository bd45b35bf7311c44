package org.travelassist.budgets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.TestClock.MovableClock;
import org.travelassist.TestEvents;
import org.travelassist.TestMailServer;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.BankDetailsForm;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.applications.ApplicationService;
import org.travelassist.applications.Casework;
import org.travelassist.budgets.BudgetCasework;
import org.travelassist.budgets.BudgetDetails;
import org.travelassist.budgets.BudgetFixtures;
import org.travelassist.budgets.BudgetRecoveries;
import org.travelassist.budgets.RecoveryRules;
import org.travelassist.budgets.BudgetRules;
import org.travelassist.budgets.BudgetState;
import org.travelassist.budgets.Budgets;
import org.travelassist.budgets.InstalmentDue;
import org.travelassist.budgets.InstalmentState;
import org.travelassist.budgets.InvalidBudgetException;
import org.travelassist.payments.PaymentFailed;
import org.travelassist.payments.PaymentSent;
import org.travelassist.payments.PaymentSettled;
import org.travelassist.payments.PaymentSource;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.security.TestUsers;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;

/**
 * The agreement and its schedule against PostgreSQL: accepted once with the declaration and bank details, kept as
 * a PDF; instalments handed to payments when they fall due (held without bank details), moved on by what payments
 * reports, reduced by recorded absences, and cancelled by an ending with notice.
 */
@IntegrationTest
class BudgetScheduleIT {

    @Autowired ApplicationService applications;
    @Autowired Casework casework;
    @Autowired HouseholdService households;
    @Autowired AppUserDirectory directory;
    @Autowired BudgetCasework budgets;
    @Autowired Budgets family;
    @Autowired BankAccounts bankAccounts;
    @Autowired InstalmentsFallingDue fallingDue;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestEvents.Recorder events;
    @Autowired MovableClock clock;
    @Autowired BudgetRecoveries recoveries;
    @Autowired org.travelassist.schools.TermCalendars calendars;
    @Autowired org.travelassist.budgets.BudgetPolicies policies;

    @AfterEach
    void tidy() {
        TestUsers.signOut();
        clock.reset();
    }

    BudgetFixtures.Decided offered() {
        var decided = BudgetFixtures.decidedWithBudget(directory, households, applications, casework, budgets);
        budgets.send(decided.budgetId());
        TestUsers.actAs(decided.parent());
        return decided;
    }

    @Test
    void a_parent_accepts_once_with_bank_details_and_the_declaration_and_the_agreement_is_kept_as_a_pdf() throws IOException {
        var decided = offered();
        UUID id = decided.budgetId();
        assertThat(OfferProblems.of(() -> family.accept(id, true))).containsOnlyKeys("bank-details");
        bankAccounts.save(decided.householdId(), new BankDetailsForm("Priya Shah", "30-94-30", "00733445", ""));
        assertThat(family.payingInto(id)).isEqualTo("Priya Shah, Account ending 3445");

        BudgetDetails accepted = family.accept(id, true);
        assertThat(accepted.state()).isEqualTo(BudgetState.ACCEPTED);
        assertThat(family.accept(id, true).acceptedAt()).as("a double click accepts once").isEqualTo(accepted.acceptedAt());
        assertThat(events.of(org.travelassist.budgets.BudgetAgreed.class).stream().filter(e -> e.budgetId().equals(id))).hasSize(1);

        String pdf = text(family.agreement(id));
        assertThat(pdf).contains("Personal transport budget agreement").contains(accepted.childName())
                .contains(accepted.total().formatted()).contains(Budgets.DECLARATION.substring(0, 40))
                .contains(GovukDates.day(accepted.instalments().getFirst().dueOn())).contains("What the budget may be spent on");
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, decided.parent().id());
        assertThat(TestMailServer.awaitMailTo(email, "Your personal transport budget is agreed")).contains("budgets/" + id);
    }

    @Test
    void instalments_fall_due_once_are_held_without_bank_details_and_follow_what_payments_reports() {
        var decided = offered();
        UUID id = decided.budgetId();
        bankAccounts.save(decided.householdId(), new BankDetailsForm("Priya Shah", "30-94-30", "00733445", ""));
        var agreed = family.accept(id, true);
        var first = agreed.instalments().getFirst();
        LocalDate last = agreed.instalments().getLast().dueOn();

        clock.moveTo(first.dueOn().atTime(7, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant());
        fallingDue.everyMorning(); // as the scheduler calls it
        assertThat(events.of(InstalmentDue.class)).as("the first falls due").anyMatch(e -> e.instalmentId().equals(first.id()));
        assertThat(fallingDue.handOver(first.dueOn())).as("and is handed over once").isZero();
        var due = events.of(InstalmentDue.class).stream().filter(e -> e.budgetId().equals(id)).toList();
        assertThat(due).singleElement().satisfies(event -> {
            assertThat(event.instalmentId()).isEqualTo(first.id());
            assertThat(event.amount()).isEqualTo(first.amount());
            assertThat(event.payee().masked()).isEqualTo("Account ending 3445");
            assertThat(event.statementReference()).matches("TA PTB \\d{6} 1/" + agreed.instalments().size()).hasSizeLessThanOrEqualTo(18);
            assertThat(Money.sum(event.lines().stream().map(l -> l.amount()).toList())).isEqualTo(event.amount());
        });
        assertThat(state(id, 1)).isEqualTo(InstalmentState.DUE);

        var source = new PaymentSource(PaymentSource.Kind.BUDGET_INSTALMENT, first.id());
        transactions.executeWithoutResult(tx -> publisher.publishEvent(new PaymentSent(source, UUID.randomUUID(), decided.householdId(),
                first.dueOn(), first.dueOn().plusDays(3))));
        awaitState(id, 1, InstalmentState.SENT_FOR_PAYMENT);
        transactions.executeWithoutResult(tx -> publisher.publishEvent(new PaymentFailed(source, UUID.randomUUID(), decided.householdId(),
                first.amount(), first.dueOn().plusDays(3), "The account is closed")));
        awaitState(id, 1, InstalmentState.HELD);
        transactions.executeWithoutResult(tx -> publisher.publishEvent(new PaymentSettled(source, UUID.randomUUID(), decided.householdId(),
                first.amount(), first.dueOn().plusDays(8), "TA PTB 000001 1/3")));
        awaitState(id, 1, InstalmentState.PAID);
        transactions.executeWithoutResult(tx -> publisher.publishEvent(new PaymentSent(source, UUID.randomUUID(), decided.householdId(),
                first.dueOn(), first.dueOn())));
        Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> state(id, 1) == InstalmentState.PAID);

        // Without bank details, what falls due is held; handed over once they are given.
        jdbc.update("delete from bank_details where household_id = ?", decided.householdId());
        fallingDue.handOver(last);
        assertThat(family.budget(id).instalments().subList(1, agreed.instalments().size()))
                .allSatisfy(i -> assertThat(i.state()).isEqualTo(InstalmentState.HELD));
        bankAccounts.save(decided.householdId(), new BankDetailsForm("Priya Shah", "30-94-30", "00733445", ""));
        assertThat(fallingDue.handOver(last)).isEqualTo(agreed.instalments().size() - 1);
    }

    @Test
    void an_absence_on_a_school_day_comes_off_the_next_instalment_a_holiday_is_refused_and_low_attendance_goes_on_review() {
        // Agreed in the autumn term, so January's absences come off a term's instalment, not the few days before it.
        clock.moveTo(BudgetFixtures.IN_THE_AUTUMN_TERM);
        var decided = offered();
        UUID id = decided.budgetId();
        bankAccounts.save(decided.householdId(), new BankDetailsForm("Priya Shah", "30-94-30", "00733445", ""));
        var agreed = family.accept(id, true);
        TestUsers.actAs(decided.officer());
        clock.moveTo(java.time.Instant.parse("2027-01-20T10:00:00Z"));
        YearMonth january = YearMonth.of(2027, 1);
        String urn = jdbc.queryForObject("select school_urn from budget where id = ?", String.class, id);
        int open = calendars.schoolDays(urn, january.atDay(1), january.atEndOfMonth()).openDays().size();

        assertThat(OfferProblems.of(() -> budgets.recordAbsence(id, january, "", "twenty", false))).containsOnlyKeys("daysAbsent");
        assertThat(OfferProblems.of(() -> budgets.recordAbsence(id, january, "", "1, 11", false)))
                .containsEntry("daysAbsent", "1 January 2027 was not a school day (Christmas holidays)");
        assertThat(OfferProblems.of(() -> budgets.recordAbsence(id, january, "", "16", false)))
                .containsEntry("daysAbsent", "16 January 2027 was not a school day (Saturday)");
        assertThat(OfferProblems.of(() -> budgets.recordAbsence(id, january, "", "21-22", false)))
                .containsEntry("daysAbsent", "21 January 2027 has not happened yet; 22 January 2027 has not happened yet");
        assertThat(OfferProblems.of(() -> budgets.recordAbsence(id, january.plusMonths(1), "", "1", false))).containsOnlyKeys("month");
        assertThat(budgets.budget(id).absences()).as("nothing recorded by a refusal").isEmpty();

        var recorded = budgets.recordAbsence(id, january, "", "11, 12, 18", false);
        var next = recorded.instalments().stream().filter(i -> i.state() == InstalmentState.SCHEDULED).findFirst().orElseThrow();
        Money daily = java.util.Objects.requireNonNull(agreed.dailyRate());
        assertThat(next.amount()).isEqualTo(next.planned().minus(daily.times(3)));
        assertThat(next.adjustments()).singleElement().satisfies(line -> assertThat(line.text())
                .startsWith("3 days absent in January 2027 (11, 12 and 18) ")
                .contains("× " + daily.formatted() + " a day = " + daily.times(3).negate().formatted()));
        assertThat(recorded.absences()).singleElement().satisfies(absence -> {
            assertThat(absence.schoolDays()).as("the school's open days, from its term dates").isEqualTo(open);
            assertThat(absence.dates()).containsExactly(january.atDay(11), january.atDay(12), january.atDay(18));
        });
        assertThat(BudgetRules.needsReview(policies.inForce(january.atDay(1)), open, 3, false)).isTrue();
        assertThat(budgets.reviewList()).extracting(BudgetCasework.ReviewItem::budgetId).contains(id);
        assertThat(OfferProblems.of(() -> budgets.recordAbsence(id, january, "", "19", false))).containsOnlyKeys("month");

        TestUsers.actAs(decided.parent());
        assertThat(family.budget(id).instalments()).filteredOn(i -> i.id().equals(next.id()))
                .singleElement().satisfies(i -> assertThat(i.adjustments()).hasSize(1));
    }

    @Test
    void ending_with_notice_cancels_later_instalments_and_an_overpayment_becomes_a_recovery() {
        var decided = offered();
        UUID id = decided.budgetId();
        bankAccounts.save(decided.householdId(), new BankDetailsForm("Priya Shah", "30-94-30", "00733445", ""));
        var agreed = family.accept(id, true);
        fallingDue.handOver(agreed.instalments().getFirst().dueOn());
        assertThat(OfferProblems.of(() -> family.end(id, " "))).containsOnlyKeys("reason");

        var ending = family.end(id, "We are moving to Leicester");
        assertThat(ending.state()).isEqualTo(BudgetState.ENDING);
        assertThat(ending.endsOn()).isEqualTo(GovukDates.today(clock).plusMonths(1));
        assertThat(ending.instalments()).filteredOn(i -> i.coversFrom().isAfter(ending.endsOn()))
                .allSatisfy(i -> assertThat(i.state()).isEqualTo(InstalmentState.CANCELLED));
        var first = ending.instalments().getFirst();
        if (first.coversTo().isAfter(ending.endsOn())) {
            assertThat(ending.recovery().isPositive()).as("paid ahead for days after the end").isTrue();
        }
        assertThatThrownBy(() -> family.end(id, "Again")).isInstanceOf(InvalidBudgetException.class).hasMessageContaining("already");
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, decided.parent().id());
        assertThat(TestMailServer.awaitMailTo(email, "Your personal transport budget ends on")).contains("We are moving to Leicester");
    }

    @Test
    void an_overpayment_is_repaid_in_the_instalments_an_officer_sets_and_reconciled_when_all_are_repaid() {
        // Ended a month from a day in the autumn term, so the summer term paid ahead covers days after the end (from
        // July the notice would run past the end of the year, and nothing would be overpaid).
        clock.moveTo(BudgetFixtures.IN_THE_AUTUMN_TERM);
        var decided = offered();
        UUID id = decided.budgetId();
        bankAccounts.save(decided.householdId(), new BankDetailsForm("Priya Shah", "30-94-30", "00733445", ""));
        var agreed = family.accept(id, true);
        fallingDue.handOver(agreed.instalments().getLast().dueOn());
        Money recovery = java.util.Objects.requireNonNull(family.end(id, "We are moving to Leicester").recovery());
        assertThat(recovery.isPositive()).as("the summer term was handed over, for days after the end").isTrue();
        assertThatThrownBy(() -> recoveries.plan(id, "£1.00")).as("a parent").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        TestUsers.actAs(decided.officer());
        assertThat(OfferProblems.of(() -> recoveries.plan(id, "£10.00; £10.00"))).containsEntry(BudgetRecoveries.FIELD, "The repayments add up to "
                + "£20.00, but " + recovery.formatted() + " is to be recovered: they must add up to it exactly, like "
                + RecoveryRules.suggestion(recovery, 2));
        assertThat(OfferProblems.of(() -> recoveries.plan(id, "ten pounds"))).containsOnlyKeys(BudgetRecoveries.FIELD);
        var planned = recoveries.plan(id, RecoveryRules.suggestion(recovery, 3).replace("; ", "\n"));
        LocalDate today = GovukDates.today(clock);
        assertThat(planned.repayments()).extracting(BudgetDetails.RepaymentRow::dueOn)
                .containsExactly(today.plusMonths(1), today.plusMonths(2), today.plusMonths(3));
        assertThat(Money.sum(planned.repayments().stream().map(BudgetDetails.RepaymentRow::amount).toList())).isEqualTo(recovery);
        assertThatThrownBy(() -> recoveries.plan(id, recovery.formatted())).hasMessageContaining("already set");
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, decided.parent().id());
        assertThat(TestMailServer.awaitMailTo(email, "How to repay " + recovery.formatted())).contains(GovukDates.day(today.plusMonths(1)));

        assertThat(recoveries.repaid(id, 1).repayments().getFirst().repaidOn()).isEqualTo(today);
        assertThat(recoveries.repaid(id, 1).recoveryReconciled()).isFalse();
        recoveries.repaid(id, 2);
        assertThat(recoveries.repaid(id, 3).recoveryReconciled()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where record_type = 'BudgetRepayment' and record_id in "
                + "(select id::text from budget_repayment where budget_id = ?)", Integer.class, id)).as("set and repaid, audited").isEqualTo(6);

        TestUsers.actAs(decided.parent());
        assertThat(family.budget(id).recoveryReconciled()).as("the family sees it repaid").isTrue();
    }

    private InstalmentState state(UUID budgetId, int number) {
        return InstalmentState.valueOf(jdbc.queryForObject("select state from budget_instalment where budget_id = ? and number = ?",
                String.class, budgetId, number));
    }

    private void awaitState(UUID budgetId, int number, InstalmentState wanted) {
        Awaitility.await(wanted.name()).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> state(budgetId, number) == wanted);
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The problems of a refused step. */
    static final class OfferProblems {
        static java.util.Map<String, String> of(Runnable step) {
            return BudgetOfferIT.refusal(step);
        }
    }
}
