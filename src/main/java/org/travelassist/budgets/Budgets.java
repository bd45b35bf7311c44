package org.travelassist.budgets;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.Acting;
import org.travelassist.accounts.BankAccounts;
import org.travelassist.accounts.HouseholdService;
import org.travelassist.budgets.internal.ChangeReport;
import org.travelassist.eligibility.CheckRequest;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.eligibility.EligibilityService;
import org.travelassist.eligibility.UnknownPostcodeException;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.Postcode;
import java.time.Clock;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.budgets.internal.AgreementDocument;
import org.travelassist.budgets.internal.Budget;
import org.travelassist.budgets.internal.BudgetChanges;
import org.travelassist.budgets.internal.BudgetRecords;
import org.travelassist.budgets.internal.BudgetSchoolDays;
import org.travelassist.budgets.internal.HouseholdPayees;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.PlainText;

/**
 * The family's side of a budget. Parents, and advisers with the family's consent to see its records, may read the
 * offer, the agreement and the schedule; only a parent may accept or decline it, or end it
 * ({@link HouseholdAccess#requireParent}). An offer the council is still preparing is not the family's to see yet.
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.PARENT + "','" + AppRoles.ADVISER + "')")
public class Budgets {

    /** What the parent confirms by ticking the box, word for word in the agreement. */
    public static final String DECLARATION = "I have read the terms of this agreement. I will use the budget only to get my child "
            + "to and from school, and I will tell the council about any change that affects it.";

    private final BudgetRecords records;
    private final BudgetChanges changes;
    private final HouseholdAccess households;
    private final HouseholdPayees payees;
    private final AgreementDocument agreements;
    private final BankAccounts bankAccounts;
    private final ApplicationEventPublisher events;
    private final EligibilityService eligibility;
    private final HouseholdService children;
    private final BudgetPolicies policies;
    private final Clock clock;
    private final BudgetSchoolDays schoolDays;

    Budgets(EligibilityService eligibility, HouseholdService children, BudgetPolicies policies, Clock clock, BudgetRecords records,
            BudgetChanges changes, HouseholdAccess households, HouseholdPayees payees, AgreementDocument agreements, BankAccounts bankAccounts,
            ApplicationEventPublisher events, BudgetSchoolDays schoolDays) {
        this.schoolDays = schoolDays;
        this.bankAccounts = bankAccounts;
        this.eligibility = eligibility;
        this.children = children;
        this.policies = policies;
        this.clock = clock;
        this.records = records;
        this.changes = changes;
        this.households = households;
        this.payees = payees;
        this.agreements = agreements;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public BudgetDetails budget(UUID id) {
        return records.details(readable(id));
    }

    /** The account the budget is paid into, masked ("Priya Shah, Account ending 5678"), or null when none is held. */
    @Transactional(readOnly = true)
    public @Nullable String payingInto(UUID id) {
        Budget budget = readable(id);
        return bankAccounts.current(budget.householdId()).map(held -> held.accountName() + ", " + held.maskedAccount()).orElse(null);
    }

    /**
     * A parent accepts the offer with the declaration, once bank details are held. Accepting twice (a double click,
     * a second tab) accepts once and returns the agreement. An offer withdrawn or replaced cannot be accepted.
     */
    @Transactional
    public BudgetDetails accept(UUID id, boolean declared) {
        Budget budget = records.find(id);
        Acting parent = households.requireParent(budget.householdId(), "Budget", id);
        if (budget.state().agreed()) {
            return records.details(budget);
        }
        if (budget.state() != BudgetState.OFFERED) {
            throw new InvalidBudgetException(notStanding(budget));
        }
        if (!declared) {
            throw new InvalidBudgetException(Map.of("declaration", "Confirm that you have read the terms and agree to them"));
        }
        if (payees.payeeOf(budget.householdId()).isEmpty()) {
            throw new InvalidBudgetException(Map.of("bank-details", "Give the bank account to pay the budget into before you accept"));
        }
        var pdf = agreements.render(records.details(budget), parent.personName(), DECLARATION);
        changes.accept(budget, parent.personId(), parent.personName(), pdf);
        var first = budget.instalments().getFirst();
        events.publishEvent(new BudgetAgreed(budget.getId(), budget.applicationReference(), budget.householdId(), budget.childName(),
                parent.personName(), java.util.Objects.requireNonNull(budget.total()), budget.instalments().size(), first.dueOn()));
        return records.details(budget);
    }

    /** A parent declines the offer, with a reason if they wish; the officer is told. */
    @Transactional
    public BudgetDetails decline(UUID id, String typedReason) {
        Budget budget = records.find(id);
        households.requireParent(budget.householdId(), "Budget", id);
        if (budget.state() == BudgetState.DECLINED) {
            return records.details(budget);
        }
        if (budget.state() != BudgetState.OFFERED) {
            throw new InvalidBudgetException(notStanding(budget));
        }
        String reason = PlainText.cleanText(typedReason).strip();
        if (reason.length() > 1000) {
            throw new InvalidBudgetException(Map.of("reason", "Your reason must be 1,000 characters or fewer"));
        }
        changes.decline(budget, reason.isEmpty() ? null : reason);
        events.publishEvent(new BudgetDeclined(budget.getId(), budget.applicationId(), budget.applicationReference(), budget.householdId(),
                budget.childName(), reason.isEmpty() ? null : reason));
        return records.details(budget);
    }

    /** A parent ends the agreement with the policy's notice. */
    @Transactional
    public BudgetDetails end(UUID id, String typedReason) {
        Budget budget = records.find(id);
        households.requireParent(budget.householdId(), "Budget", id);
        return records.details(changes.end(budget, typedReason, true));
    }

    /**
     * What a change of address or school would mean, before anything changes: the entitlement checked again from
     * the new postcode (and school, if it changes) and the budget worked out again under today's policy.
     *
     * @param schoolUrn the new school; null or blank when the school stays the same
     */
    @Transactional(readOnly = true)
    public BudgetChangePreview previewChange(UUID id, String typedPostcode, @Nullable String schoolUrn) {
        Budget budget = readable(id);
        if (!budget.state().agreed()) {
            throw new InvalidBudgetException("Changes are reported on an agreed budget.");
        }
        var postcode = Postcode.parse(typedPostcode);
        if (postcode.isEmpty()) {
            throw new InvalidBudgetException(Map.of("postcode", typedPostcode.isBlank() ? "Enter the new home postcode" : Postcode.NOT_A_POSTCODE));
        }
        String urn = schoolUrn == null || schoolUrn.isBlank() ? budget.schoolUrn() : schoolUrn.strip();
        var child = children.child(budget.childId(), ConsentScope.VIEW);
        EligibilityResult result;
        try {
            result = eligibility.check(new CheckRequest(postcode.get(), child.dateOfBirth(), urn, true, false, null)).result();
        } catch (UnknownPostcodeException e) {
            throw new InvalidBudgetException(Map.of("postcode", "We cannot find " + postcode.get() + ": check it, or call the council"));
        } catch (IllegalArgumentException e) {
            throw new InvalidBudgetException(Map.of("school", "Choose the new school from the list"));
        }
        var school = result.school();
        String schoolName = school == null ? String.valueOf(budget.schoolName()) : school.name();
        if (school == null) {
            return new BudgetChangePreview(postcode.get().toString(), urn, schoolName, result.summary(), null, budget.annual(),
                    List.of(BudgetWorking.Line.of("No school could be measured from " + postcode.get())));
        }
        var policy = policies.inForce(GovukDates.today(clock));
        var facts = BudgetFacts.measured(school.walking().metresRounded(), school.walkingMeasure() == EligibilityResult.Measure.STRAIGHT_LINE,
                school.road() == null ? null : school.road().metresRounded(), GovukDates.today(clock));
        var yearDays = schoolDays.year(school.urn(), policy.yearFor(facts.startsOn()), policy);
        return switch (BudgetRules.workOut(policy, facts, yearDays)) {
            case BudgetRules.Worked worked -> new BudgetChangePreview(postcode.get().toString(), urn, schoolName, result.summary(),
                    worked.working().annual(), budget.annual(), worked.working().lines());
            case BudgetRules.NeedsOfficer needs -> new BudgetChangePreview(postcode.get().toString(), urn, schoolName, result.summary(), null,
                    budget.annual(), List.of(BudgetWorking.Line.of(needs.reason())));
        };
    }

    /**
     * A parent reports the change they previewed: the officer is told and re-checks it; the agreement stays as it
     * is until the council changes it.
     */
    @Transactional
    public BudgetChangePreview reportChange(UUID id, String typedPostcode, @Nullable String schoolUrn, String typedWhatChanged) {
        Budget budget = records.find(id);
        Acting parent = households.requireParent(budget.householdId(), "Budget", id);
        String what = PlainText.cleanText(typedWhatChanged).strip();
        if (what.isEmpty()) {
            throw new InvalidBudgetException(Map.of("what-changed", "Tell the council what changed and from when"));
        }
        if (what.length() > 2000) {
            throw new InvalidBudgetException(Map.of("what-changed", "This must be 2,000 characters or fewer"));
        }
        BudgetChangePreview preview = previewChange(id, typedPostcode, schoolUrn);
        records.changeReported(new ChangeReport(id, preview.postcode(), preview.schoolUrn(), preview.schoolName(), what, preview.annual(),
                preview.summary(), parent.personName(), clock.instant()), budget.householdId());
        events.publishEvent(new BudgetChangeReported(id, budget.applicationReference(), budget.childName(), what, preview.summary()));
        return preview;
    }

    /** The agreement exactly as accepted, as a tagged PDF. */
    @Transactional(readOnly = true)
    public byte[] agreement(UUID id) {
        Budget budget = readable(id);
        byte[] pdf = budget.agreementPdf();
        if (pdf == null) {
            throw new BudgetNotFoundException(id);
        }
        return pdf;
    }

    /** The household's budgets the family may see, newest first. */
    @Transactional(readOnly = true)
    public List<BudgetDetails> ofHousehold(UUID householdId) {
        households.require(householdId, ConsentScope.VIEW, "Household budgets", householdId);
        return records.ofHousehold(householdId).stream().filter(b -> b.state() != BudgetState.DRAFT).map(records::details).toList();
    }

    private Budget readable(UUID id) {
        Budget budget = records.find(id);
        households.require(budget.householdId(), ConsentScope.VIEW, "Budget", id);
        if (budget.state() == BudgetState.DRAFT) {
            throw new BudgetNotFoundException(id);
        }
        return budget;
    }

    private static String notStanding(Budget budget) {
        return switch (budget.state()) {
            case WITHDRAWN -> "This offer was withdrawn, so it can no longer be accepted or declined"
                    + (budget.withdrawnReason() == null ? "." : ": " + budget.withdrawnReason() + ".");
            case DECLINED -> "You declined this offer.";
            case LAPSED -> "Next year's budget was not confirmed by " + GovukDates.day(budget.confirmBy()) + ", so it can no longer be confirmed.";
            default -> "This offer can no longer be accepted or declined.";
        };
    }
}
