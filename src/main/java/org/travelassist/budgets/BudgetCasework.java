package org.travelassist.budgets;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.budgets.internal.AbsenceRecording;
import org.travelassist.budgets.internal.AbsenceRepository;
import org.travelassist.budgets.internal.Budget;
import org.travelassist.budgets.internal.BudgetChanges;
import org.travelassist.budgets.internal.BudgetRecords;
import org.travelassist.budgets.internal.BudgetRenewals;
import org.travelassist.budgets.internal.BudgetRepository;
import org.travelassist.budgets.internal.BudgetSchoolDays;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Money;
import org.travelassist.shared.PlainText;

/**
 * The officer's side of a budget: read the offer and its working, set or adjust the amount (only with a reason, kept
 * with the offer), send it, record a month's attendance, see the budgets to review, and end an agreement with notice.
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.OFFICER + "', '" + AppRoles.SENIOR_OFFICER + "')")
public class BudgetCasework {

    /** No council pays a year's travel budget near this; an amount above it is a typing mistake. */
    public static final Money MOST_FOR_A_YEAR = Money.ofPounds(30_000);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final BudgetRepository budgets;
    private final AbsenceRepository absences;
    private final BudgetRecords records;
    private final BudgetChanges changes;
    private final BudgetPolicies policies;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BudgetRenewals renewals;
    private final BudgetSchoolDays schoolDays;
    private final AbsenceRecording attendance;

    BudgetCasework(BudgetRepository budgets, AbsenceRepository absences, BudgetRecords records, BudgetChanges changes,
            BudgetPolicies policies, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, BudgetRenewals renewals,
            BudgetSchoolDays schoolDays, AbsenceRecording attendance) {
        this.schoolDays = schoolDays;
        this.attendance = attendance;
        this.renewals = renewals;
        this.budgets = budgets;
        this.absences = absences;
        this.records = records;
        this.changes = changes;
        this.policies = policies;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public BudgetDetails budget(UUID id) {
        return records.details(records.find(id));
    }

    /** Every budget made for an application, oldest first: a revised decision's offer follows the one it replaced. */
    @Transactional(readOnly = true)
    public List<BudgetDetails> forApplication(UUID applicationId) {
        return budgets.findByApplicationIdOrderByCreatedAtAsc(applicationId).stream().map(records::details).toList();
    }

    /**
     * Sets the amount for a year, with the reason kept with the offer: where the rules could not work it out, or the
     * officer finds it should differ. Only before the offer is sent. Typed amounts are read strictly ({@link Money#parse}).
     */
    @Transactional
    public BudgetDetails adjust(UUID id, String typedAmount, String typedReason) {
        Budget budget = records.find(id);
        if (budget.state() != BudgetState.DRAFT) {
            throw new InvalidBudgetException("The offer has been sent: it can no longer be changed.");
        }
        var problems = new LinkedHashMap<String, String>();
        Money amount = null;
        switch (Money.parse(typedAmount)) {
            case Money.Parsed.Amount parsed -> amount = parsed.money();
            case Money.Parsed.Refused refused -> problems.put("amount", refused.message());
        }
        if (amount != null && amount.isZero()) {
            problems.put("amount", "Enter an amount more than £0.00");
        } else if (amount != null && amount.isGreaterThan(MOST_FOR_A_YEAR)) {
            problems.put("amount", "Enter an amount for a year of " + MOST_FOR_A_YEAR.formatted() + " or less");
        }
        String reason = PlainText.cleanText(typedReason).strip();
        if (reason.isEmpty()) {
            problems.put("reason", "Give the reason for the amount: it is kept with the offer and shown to the family");
        } else if (reason.length() > 1000) {
            problems.put("reason", "The reason must be 1,000 characters or fewer");
        }
        if (!problems.isEmpty()) {
            throw new InvalidBudgetException(problems);
        }
        BudgetPolicy policy = policies.version(budget.policyVersion()).orElseGet(() -> policies.inForce(budget.startsOn()));
        Money annual = java.util.Objects.requireNonNull(amount);
        var lines = new ArrayList<Line>();
        var yearDays = schoolDays.year(budget.schoolUrn(), policy.yearFor(budget.startsOn()), policy);
        BudgetRules.Annual worked = BudgetRules.annualOf(policy, budget.facts(), yearDays);
        if (worked != null) {
            lines.addAll(worked.lines());
            lines.add(new Line("Changed by the council from " + worked.amount().formatted() + " to " + annual.formatted() + " a year: "
                    + reason, annual));
        } else {
            lines.add(new Line("Set by the council: " + reason + ": " + annual.formatted() + " a year", annual));
        }
        int days = BudgetRules.schoolDays(policy, yearDays);
        if (worked == null) {
            lines.add(Line.of(yearDays.words()));
        }
        Money daily = BudgetRules.proRata(annual, 1, days);
        lines.add(new Line("A school day is worth " + annual.formatted() + " ÷ " + days + " days = " + daily.formatted()
                + ", rounded to the nearest penny.", daily));
        var working = BudgetRules.schedule(policy, new BudgetRules.Annual(annual, daily, lines), budget.startsOn());
        changes.rework(budget, working, reason);
        return records.details(budget);
    }

    /** Sends the offer to the family, who are emailed; only a worked-out draft. */
    @Transactional
    public BudgetDetails send(UUID id) {
        Budget budget = records.find(id);
        if (budget.state() != BudgetState.DRAFT) {
            throw new InvalidBudgetException("This offer is " + budget.state().label.toLowerCase(Locale.UK) + ": it cannot be sent again.");
        }
        if (budget.annual() == null) {
            throw new InvalidBudgetException(java.util.Map.of("amount", "Set the amount for a year, with the reason, before sending the offer"));
        }
        changes.send(budget, currentUser.require().displayName());
        if (budget.isRenewal()) {
            events.publishEvent(BudgetRenewals.offeredEvent(budget));
            return records.details(budget);
        }
        var first = budget.instalments().getFirst();
        events.publishEvent(new BudgetOfferSent(budget.getId(), budget.applicationId(), budget.applicationReference(), budget.householdId(),
                budget.childName(), java.util.Objects.requireNonNull(budget.annual()), java.util.Objects.requireNonNull(budget.total()),
                budget.instalments().size(), first.dueOn()));
        return records.details(budget);
    }

    /**
     * Records a month's attendance: the dates absent, each a school day by the school's term dates (a holiday is
     * refused with its reason). The days absent come off the next instalment not yet paid, at the daily rate, and the
     * family sees the line before it is paid. Below the policy's threshold, unless for medical reasons, the budget goes
     * on the review list.
     *
     * @param typedSchoolDays needed only where the school's term dates for the month are not held
     * @param typedDatesAbsent the days of the month absent, like "3, 4, 17" or "3-5"; blank for none
     */
    @Transactional
    public BudgetDetails recordAbsence(UUID id, @Nullable YearMonth month, String typedSchoolDays, String typedDatesAbsent, boolean medical) {
        Budget budget = records.find(id);
        return records.details(attendance.record(budget, month, typedSchoolDays, typedDatesAbsent, medical, currentUser.require().displayName(),
                false));
    }

    /** A month's attendance below the threshold, not for medical reasons, not yet reviewed. */
    public record ReviewItem(UUID budgetId, String applicationReference, String childName, String month, int attendancePercent) {}

    @Transactional(readOnly = true)
    public List<ReviewItem> reviewList() {
        return absences.findByNeedsReviewTrueAndReviewedAtIsNullOrderByMonth().stream().map(absence -> {
            Budget budget = records.find(absence.budgetId());
            return new ReviewItem(budget.getId(), budget.applicationReference(), budget.childName(), MONTH.format(absence.month()),
                    BudgetRules.attendancePercent(absence.schoolDays(), absence.daysAbsent()));
        }).sorted(Comparator.comparing(ReviewItem::applicationReference)).toList();
    }

    /** Offers sent and waiting, and offers the family declined, for the officer's list. */
    @Transactional(readOnly = true)
    public List<BudgetDetails> toFollowUp() {
        return budgets.findByStateInOrderByCreatedAtAsc(List.of(BudgetState.DRAFT, BudgetState.DECLINED)).stream().map(records::details)
                .toList();
    }

    /** Next year's budget not confirmed yet: offered and waiting for a parent, or drafted for an officer to check and send. */
    public record RenewalItem(UUID budgetId, String applicationReference, String childName, BudgetState state, LocalDate confirmBy,
            @Nullable Money annual, @Nullable String toCheck) {}

    /** Who has not confirmed next year's budget, soonest deadline first. */
    @Transactional(readOnly = true)
    public List<RenewalItem> renewalsNotConfirmed() {
        return budgets.renewalsIn(
                List.of(BudgetState.DRAFT, BudgetState.OFFERED)).stream()
                .map(b -> new RenewalItem(b.getId(), b.applicationReference(), b.childName(), b.state(),
                        java.util.Objects.requireNonNull(b.confirmBy()), b.annual(), b.needsOfficer()))
                .toList();
    }

    /** What renewing now would do: the day renewals open for this policy year, and how many weeks ahead that is. */
    public record RenewalWindow(LocalDate opensOn, int leadWeeks) {}

    public RenewalWindow renewalWindow() {
        return new RenewalWindow(renewals.opensOn(GovukDates.today(clock)), renewals.leadWeeks());
    }

    /**
     * Runs the renewals now, as the morning job does: next year's budget offered for every agreement whose policy
     * year ends within the lead time, and renewals not confirmed in time lapsed.
     */
    @Transactional
    public BudgetRenewals.Run prepareRenewals() {
        return renewals.run(GovukDates.today(clock));
    }

    /** The council ends an agreement with the policy's notice. */
    @Transactional
    public BudgetDetails end(UUID id, String typedReason) {
        Budget budget = records.find(id);
        return records.details(changes.end(budget, typedReason, false));
    }

    private static @Nullable Integer whole(String typed, int least, int most, String field, String message,
            java.util.Map<String, String> problems) {
        String text = typed.strip();
        if (!text.matches("\\d{1,2}")) {
            problems.put(field, message);
            return null;
        }
        int value = Integer.parseInt(text);
        if (value < least || value > most) {
            problems.put(field, "Enter a number from " + least + " to " + most);
            return null;
        }
        return value;
    }
}
