package org.travelassist.claims;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.travelassist.accounts.Acting;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.claims.internal.ClaimRecords;
import org.travelassist.claims.internal.MileageAllowance;
import org.travelassist.claims.internal.MileageClaim;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.PlainText;
import org.travelassist.shared.RecordChanged;
import org.travelassist.shared.WorkingDays;

/**
 * The family's mileage claims: a parent, or an adviser within the family's consent (see: view; fill in a draft:
 * prepare; send it: submit). Every date is checked again here by {@link MileageRules}, whatever the calendar on
 * the page allowed, and a day is never paid twice: the database counts a day in one claim of an allowance only,
 * and sending again (a double click, a second tab) sends once.
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.PARENT + "','" + AppRoles.ADVISER + "')")
public class MileageClaims {

    public static final int NOTE_MAX = 500;

    private final ClaimRecords records;
    private final HouseholdAccess access;
    private final TransactionOperations transactions;

    MileageClaims(ClaimRecords records, HouseholdAccess access, TransactionOperations transactions) {
        this.records = records;
        this.access = access;
        this.transactions = transactions;
    }

    /** Every claim of the household, the latest month first. */
    @Transactional(readOnly = true)
    public List<ClaimDetails> claimsOf(UUID householdId) {
        access.require(householdId, ConsentScope.VIEW, "Household", householdId);
        return records.claims.findByHouseholdIdOrderByPeriodFromDescCreatedAtDesc(householdId).stream().map(records::details).toList();
    }

    @Transactional(readOnly = true)
    public ClaimDetails claim(UUID id) {
        MileageClaim claim = records.claim(id);
        access.require(claim.getHouseholdId(), ConsentScope.VIEW, ClaimRecords.CLAIM, id);
        return records.details(claim);
    }

    /** The months that can be claimed on an allowance now: from its start to this month, the latest first. */
    @Transactional(readOnly = true)
    public List<YearMonth> claimableMonths(UUID allowanceId) {
        MileageAllowance allowance = records.allowance(allowanceId);
        access.require(allowance.getHouseholdId(), ConsentScope.VIEW, ClaimRecords.ALLOWANCE, allowanceId);
        return ClaimPeriods.months(records.policyToday(), allowance.getStartsOn(), records.today()).stream()
                .map(period -> YearMonth.from(period.from())).toList();
    }

    /**
     * The periods that can be claimed on an allowance now, the latest first: months, or the school's terms where
     * the policy in force pays by term. Without term dates for the school, months, so a family is never stuck on
     * the council's missing data.
     */
    @Transactional(readOnly = true)
    public List<ClaimablePeriod> claimablePeriods(UUID allowanceId) {
        MileageAllowance allowance = records.allowance(allowanceId);
        access.require(allowance.getHouseholdId(), ConsentScope.VIEW, ClaimRecords.ALLOWANCE, allowanceId);
        return periods(allowance);
    }

    private List<ClaimablePeriod> periods(MileageAllowance allowance) {
        return records.periods(allowance, records.today());
    }

    /** The school's terms when the policy in force pays by term; empty when it pays by month or no terms are held. */
    private List<ClaimPeriods.Term> terms(MileageAllowance allowance) {
        if (records.policyToday().claimPeriod() != MileagePolicy.ClaimPeriod.TERMLY) {
            return List.of();
        }
        return records.terms(allowance.getSchoolUrn(), allowance.getStartsOn(), records.today());
    }

    /**
     * Opens the claim for a month: the draft already started, or a new one with the school's open days marked as
     * journeys. Two tabs opening it at the same moment get the same draft (a unique index on the draft).
     */
    public UUID open(UUID allowanceId, YearMonth month) {
        return open(allowanceId, ClaimablePeriod.month(month));
    }

    /** Opens the claim for a month or, where the policy pays by term, a term, as {@link #open(UUID, YearMonth)}. */
    public UUID open(UUID allowanceId, ClaimablePeriod period) {
        try {
            return Objects.requireNonNull(transactions.execute(status -> openOrContinue(allowanceId, period)));
        } catch (DataIntegrityViolationException raced) {
            return Objects.requireNonNull(transactions.execute(status -> openOrContinue(allowanceId, period)));
        }
    }

    private UUID openOrContinue(UUID allowanceId, ClaimablePeriod period) {
        MileageAllowance allowance = records.allowance(allowanceId);
        Acting acting = access.require(allowance.getHouseholdId(), ConsentScope.PREPARE, ClaimRecords.ALLOWANCE, allowanceId);
        if (allowance.getStatus() != AllowanceStatus.ACCEPTED) {
            throw new InvalidClaimException("allowance", "A parent must accept the allowance before claims can be made.");
        }
        LocalDate from = period.from();
        LocalDate to = period.to();
        String field = period.term() ? "period" : "month";
        if (from.isAfter(records.today())) {
            throw new InvalidClaimException(field, "You cannot claim for a " + (period.term() ? "term" : "month") + " that has not started.");
        }
        if (to.isBefore(allowance.getStartsOn())) {
            throw new InvalidClaimException(field, "Your allowance started on " + org.travelassist.shared.GovukDates.day(allowance.getStartsOn())
                    + ": journeys before then are not paid.");
        }
        boolean byTerm = !terms(allowance).isEmpty();
        if (byTerm != period.term()) {
            throw new InvalidClaimException(field, byTerm ? "The council pays mileage by school term: choose the term to claim for."
                    : "The council pays mileage by month: choose the month to claim for.");
        }
        if (byTerm && !periods(allowance).contains(period)) {
            throw new InvalidClaimException(field, "You cannot claim for " + period.label() + " now: choose one of the terms shown.");
        }
        var draft = records.claims.findByAllowanceIdAndPeriodFromAndStatus(allowanceId, from, ClaimStatus.DRAFT);
        if (draft.isPresent()) {
            return draft.get().getId();
        }
        MileagePolicy policy = records.policyToday();
        var claim = new MileageClaim(allowance, records.nextReference(), from, to, policy.version(), records.now());
        Set<java.time.LocalDate> held = new java.util.HashSet<>(records.claims.daysHeldElsewhere(allowanceId, claim.getId()));
        List<ClaimedDay> journeys = MileageRules.claimableDays(policy, allowance.terms(), from, to,
                records.schoolDays(allowance.getSchoolUrn(), from, to), held, records.today()).stream()
                .map(day -> new ClaimedDay(day, Journeys.BOTH)).toList();
        claim.draft(journeys, allowance.terms(), null);
        records.claims.saveAndFlush(claim);
        records.publish(RecordChanged.created(ClaimRecords.CLAIM, claim.getId(), claim.getHouseholdId(), ClaimRecords.state(claim)));
        return claim.getId();
    }

    /** The claim's month day by day, for the calendar. */
    @Transactional(readOnly = true)
    public ClaimCalendar calendar(UUID id) {
        MileageClaim claim = records.claim(id);
        access.require(claim.getHouseholdId(), ConsentScope.VIEW, ClaimRecords.CLAIM, id);
        MileageAllowance allowance = records.allowance(claim.getAllowanceId());
        SchoolOpenDays school = records.schoolDays(allowance.getSchoolUrn(), claim.getPeriodFrom(), claim.getPeriodTo());
        MileagePolicy policy = records.policyToday();
        Set<LocalDate> held = records.heldElsewhere(claim);
        Map<LocalDate, Journeys> marked = claim.getDays().stream()
                .collect(Collectors.toMap(day -> day.getDay(), day -> day.getJourneys()));
        var everyDay = new ArrayList<ClaimedDay>();
        for (LocalDate day = claim.getPeriodFrom(); !day.isAfter(claim.getPeriodTo()); day = day.plusDays(1)) {
            everyDay.add(new ClaimedDay(day, Journeys.BOTH));
        }
        var assessed = MileageRules.assess(policy, allowance.terms(), claim.getPeriodFrom(), claim.getPeriodTo(), school, everyDay, held,
                records.today(), 0);
        Map<LocalDate, String> refusals = assessed.rejected().stream()
                .collect(Collectors.toMap(MileageAssessment.RejectedDay::date, MileageAssessment.RejectedDay::why));
        List<ClaimCalendar.CalendarDay> days = everyDay.stream().map(ClaimedDay::date)
                .map(day -> new ClaimCalendar.CalendarDay(day, refusals.get(day), marked.get(day))).toList();
        return new ClaimCalendar(records.details(claim), records.details(allowance), school.calendarKnown(), days,
                policy.deadline().describe());
    }

    /** What the days would be paid, line by line, with each refused day and why: shown before sending. */
    @Transactional(readOnly = true)
    public MileageAssessment preview(UUID id, List<ClaimedDay> days) {
        MileageClaim claim = records.claim(id);
        access.require(claim.getHouseholdId(), ConsentScope.VIEW, ClaimRecords.CLAIM, id);
        return assess(claim, days);
    }

    private MileageAssessment assess(MileageClaim claim, List<ClaimedDay> days) {
        MileageAllowance allowance = records.allowance(claim.getAllowanceId());
        return MileageRules.assess(records.policyToday(), allowance.terms(), claim.getPeriodFrom(), claim.getPeriodTo(),
                records.schoolDays(allowance.getSchoolUrn(), claim.getPeriodFrom(), claim.getPeriodTo()), days,
                records.heldElsewhere(claim), records.today(), records.milesBefore(claim));
    }

    /** Saves the draft as the family left it: the days ticked, their journeys, the note. */
    @Transactional
    public ClaimDetails saveDraft(UUID id, List<ClaimedDay> days, @Nullable String typedNote) {
        MileageClaim claim = records.claim(id);
        access.require(claim.getHouseholdId(), ConsentScope.PREPARE, ClaimRecords.CLAIM, id);
        var before = ClaimRecords.state(claim);
        claim.draft(days, records.allowance(claim.getAllowanceId()).terms(), note(typedNote));
        claim.price(assess(claim, days));
        records.claims.saveAndFlush(claim);
        records.changed(claim, before);
        return records.details(claim);
    }

    /**
     * Sends the claim to the school to confirm attendance, with the days the rules accept on the server now; the
     * others are kept with their reasons. Sending again returns the claim as sent. If another claim took one of
     * the days at the same moment, the database refuses this one and it is checked again without that day.
     */
    public ClaimDetails send(UUID id, List<ClaimedDay> days, @Nullable String typedNote) {
        try {
            return Objects.requireNonNull(transactions.execute(status -> sendOnce(id, days, typedNote)));
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
            return Objects.requireNonNull(transactions.execute(status -> sendOnce(id, days, typedNote)));
        }
    }

    private ClaimDetails sendOnce(UUID id, List<ClaimedDay> days, @Nullable String typedNote) {
        MileageClaim claim = records.claim(id);
        Acting acting = access.require(claim.getHouseholdId(), ConsentScope.SUBMIT, ClaimRecords.CLAIM, id);
        if (claim.getStatus() != ClaimStatus.DRAFT) {
            return records.details(claim);
        }
        MileageAssessment assessment = assess(claim, days);
        if (assessment.accepted().isEmpty()) {
            throw new InvalidClaimException("days", assessment.rejected().isEmpty() ? "Choose at least one day your child went to school"
                    : "None of the days can be paid: " + assessment.rejected().getFirst().why());
        }
        var before = ClaimRecords.state(claim);
        MileagePolicy policy = records.policyToday();
        claim.draft(days, records.allowance(claim.getAllowanceId()).terms(), note(typedNote));
        claim.send(assessment, acting.personName(), acting.byAdviser(), WorkingDays.plusWorkingDays(records.today(),
                policy.schoolConfirmWorkingDays()), records.now());
        records.claims.saveAndFlush(claim);
        records.changed(claim, before);
        records.publish(new ClaimSent(claim.getId(), claim.getReference(), claim.getHouseholdId(), claim.getSchoolUrn(),
                records.details(claim).period(), claim.amount(), acting.byAdviser() ? acting.personName() : null));
        return records.details(claim);
    }

    /** The family answers the council's question; the claim goes back to the officers. */
    @Transactional
    public ClaimDetails answerQuery(UUID id, String typed) {
        MileageClaim claim = records.claim(id);
        access.require(claim.getHouseholdId(), ConsentScope.SUBMIT, ClaimRecords.CLAIM, id);
        String reply = PlainText.cleanText(typed).strip();
        if (reply.isBlank()) {
            throw new InvalidClaimException("reply", "Enter your answer to the council's question");
        }
        if (reply.length() > NOTE_MAX) {
            throw new InvalidClaimException("reply", "Your answer must be " + NOTE_MAX + " characters or fewer");
        }
        var before = ClaimRecords.state(claim);
        claim.answerQuery(reply);
        records.claims.saveAndFlush(claim);
        records.changed(claim, before);
        return records.details(claim);
    }

    private static @Nullable String note(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String note = PlainText.cleanText(typed).strip();
        if (note.length() > NOTE_MAX) {
            throw new InvalidClaimException("note", "Your note must be " + NOTE_MAX + " characters or fewer");
        }
        return note.isEmpty() ? null : note;
    }
}
