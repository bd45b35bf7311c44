package org.travelassist.claims;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.travelassist.accounts.Payee;
import org.travelassist.accounts.Payees;
import org.travelassist.claims.ClaimStatus.ClaimAction;
import org.travelassist.claims.internal.Attendance;
import org.travelassist.claims.internal.ClaimRecords;
import org.travelassist.claims.internal.MileageAllowance;
import org.travelassist.claims.internal.MileageClaim;
import org.travelassist.payments.PaymentLine;
import org.travelassist.security.AppRoles;
import org.travelassist.security.AppUser;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.PlainText;
import org.travelassist.shared.RecordRead;

/**
 * Officers' side of mileage claims: the queue of claims the school confirmed, oldest first; confirming attendance
 * when a school does not; approving (four eyes above the policy's limit or after a correction), rejecting,
 * querying and correcting, each with a reason the family sees. Two officers approving the same claim at once
 * approve it once: the claim's version refuses the second.
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.OFFICER + "','" + AppRoles.SENIOR_OFFICER + "')")
public class ClaimApprovals {

    public static final int REASON_MAX = 500;

    private final ClaimRecords records;
    private final Attendance attendance;
    private final CurrentUser currentUser;
    private final Payees payees;
    private final TransactionOperations transactions;

    ClaimApprovals(ClaimRecords records, Attendance attendance, CurrentUser currentUser, Payees payees, TransactionOperations transactions) {
        this.records = records;
        this.attendance = attendance;
        this.currentUser = currentUser;
        this.payees = payees;
        this.transactions = transactions;
    }

    /**
     * @param schoolUrn only this school's claims; null for all
     * @param month only claims for this month; null for all
     * @param atLeast only claims of at least this amount; null for any
     * @param exceptionsOnly only claims with absences, refused days, a note, a correction, an answered question, or
     *     awaiting a second approval
     */
    public record Filter(@Nullable String schoolUrn, @Nullable YearMonth month, org.travelassist.shared.@Nullable Money atLeast,
            boolean exceptionsOnly) {
        public static Filter all() {
            return new Filter(null, null, null, false);
        }
    }

    /** Claims ready to approve (the school confirmed them), the oldest sent first. */
    @Transactional(readOnly = true)
    public List<ClaimDetails> queue(Filter filter) {
        return records.claims.findByStatusInOrderBySentAtAsc(Set.of(ClaimStatus.CONFIRMED)).stream().map(records::details)
                .filter(claim -> filter.schoolUrn() == null || filter.schoolUrn().equals(claim.schoolUrn()))
                .filter(claim -> filter.month() == null || YearMonth.from(claim.periodFrom()).equals(filter.month()))
                .filter(claim -> filter.atLeast() == null || !claim.amount().isLessThan(filter.atLeast()))
                .filter(claim -> !filter.exceptionsOnly() || exception(claim))
                .toList();
    }

    /** What makes a claim worth a closer look, in words; empty when nothing does. */
    public static List<String> exceptions(ClaimDetails claim) {
        var found = new ArrayList<String>();
        if (!claim.absences().isEmpty()) {
            found.add(claim.absences().size() == 1 ? "1 absence" : claim.absences().size() + " absences");
        }
        if (!claim.rejectedDays().isEmpty()) {
            found.add(claim.rejectedDays().size() + " refused " + (claim.rejectedDays().size() == 1 ? "day" : "days"));
        }
        if (claim.note() != null) {
            found.add("note from the family");
        }
        if (claim.correctionReason() != null) {
            found.add("corrected");
        }
        if (claim.queryReply() != null) {
            found.add("question answered");
        }
        if (claim.confirmedByOfficer()) {
            found.add("attendance confirmed by an officer");
        }
        if (claim.awaitsSecondApproval()) {
            found.add("needs a second approval");
        } else if (claim.needsSecondApproval()) {
            found.add("needs two approvals");
        }
        return found;
    }

    private static boolean exception(ClaimDetails claim) {
        return !exceptions(claim).isEmpty();
    }

    /** Claims waiting for their school, the oldest first, so an officer can chase or confirm instead. */
    @Transactional(readOnly = true)
    public List<ClaimDetails> awaitingSchools() {
        return records.claims.findByStatusInOrderBySentAtAsc(Set.of(ClaimStatus.SENT)).stream().map(records::details).toList();
    }

    @Transactional
    public ClaimDetails claim(UUID id) {
        MileageClaim claim = records.claim(id);
        records.publish(new RecordRead(ClaimRecords.CLAIM, id.toString(), claim.getHouseholdId(), "mileage claim " + claim.getReference()));
        return records.details(claim);
    }

    /** An officer confirms attendance for a school that has not, as the school would (the absent days are not paid). */
    @Transactional
    public ClaimDetails confirmAttendanceInstead(UUID id, Set<LocalDate> absent) {
        AppUser officer = currentUser.require();
        return attendance.confirm(records.claim(id), absent, officer.id(), officer.displayName(), true);
    }

    /** The result of approving one claim of several. */
    public record Approval(UUID claimId, String reference, Outcome outcome, String message) {
        public enum Outcome {
            APPROVED,
            FIRST_APPROVAL_RECORDED,
            REFUSED
        }
    }

    /**
     * Approves each claim in its own transaction, so one refusal does not hold up the rest. A claim that needs two
     * officers gets its first approval; a second officer who took no part approves it.
     */
    public List<Approval> approve(List<UUID> ids) {
        var results = new ArrayList<Approval>();
        for (UUID id : ids) {
            try {
                results.add(Objects.requireNonNull(transactions.execute(status -> approveOne(id))));
            } catch (ObjectOptimisticLockingFailureException raced) {
                String reference = records.claims.findById(id).map(MileageClaim::getReference).orElse(id.toString());
                results.add(new Approval(id, reference, Approval.Outcome.REFUSED,
                        "Another officer changed " + reference + " at the same moment: open it again to see where it stands."));
            } catch (InvalidClaimException refused) {
                String reference = records.claims.findById(id).map(MileageClaim::getReference).orElse(id.toString());
                results.add(new Approval(id, reference, Approval.Outcome.REFUSED, reference + ": " + refused.getMessage()));
            }
        }
        return results;
    }

    private Approval approveOne(UUID id) {
        AppUser officer = currentUser.require();
        MileageClaim claim = records.claim(id);
        claim.require(ClaimAction.APPROVE);
        Payee payee = payees.payeeOf(claim.getHouseholdId()).orElseThrow(() -> new InvalidClaimException("bank",
                "The family has no bank details: ask them to add them in Travel Assist before approving."));
        var before = ClaimRecords.state(claim);
        boolean approved = claim.approve(records.needsTwo(claim), officer.id(), officer.displayName(), records.now());
        records.claims.saveAndFlush(claim);
        records.changed(claim, before);
        if (!approved) {
            return new Approval(id, claim.getReference(), Approval.Outcome.FIRST_APPROVAL_RECORDED,
                    claim.getReference() + ": your approval is recorded. A second officer must approve it too.");
        }
        ClaimDetails details = records.details(claim);
        List<PaymentLine> lines = details.lines().stream().map(line -> new PaymentLine(line.text(), line.amount())).toList();
        records.publish(new ClaimApproved(claim.getId(), claim.getReference(), claim.getHouseholdId(), details.children(), payee,
                claim.amount(), records.today(), "TA " + claim.getReference(), details.period(), lines));
        return new Approval(id, claim.getReference(), Approval.Outcome.APPROVED, claim.getReference() + " approved: "
                + claim.amount().formatted() + " will be paid.");
    }

    @Transactional
    public ClaimDetails reject(UUID id, String typedReason) {
        String reason = reason(typedReason, "Enter why the claim is rejected: the family will see it");
        MileageClaim claim = records.claim(id);
        var before = ClaimRecords.state(claim);
        claim.reject(reason);
        return saved(claim, before, reason);
    }

    @Transactional
    public ClaimDetails query(UUID id, String typedQuestion) {
        String question = reason(typedQuestion, "Enter your question for the family");
        MileageClaim claim = records.claim(id);
        var before = ClaimRecords.state(claim);
        claim.query(question);
        return saved(claim, before, question);
    }

    /**
     * Corrects a claim the school confirmed: days taken out, or a day's journeys changed, with the reason the
     * family is told. A corrected claim needs a second officer's approval.
     */
    @Transactional
    public ClaimDetails correct(UUID id, Set<LocalDate> removed, Map<LocalDate, Journeys> journeys, String typedReason) {
        String reason = reason(typedReason, "Enter why you are correcting the claim: the family will see it");
        AppUser officer = currentUser.require();
        MileageClaim claim = records.claim(id);
        MileageAllowance allowance = records.allowance(claim.getAllowanceId());
        var before = ClaimRecords.state(claim);
        claim.correct(removed, journeys, allowance.terms(), reason, officer.id(), officer.displayName(), records.now());
        claim.price(MileageRules.price(allowance.terms(), claim.payableDays(), records.milesBefore(claim)));
        return saved(claim, before, reason);
    }

    private ClaimDetails saved(MileageClaim claim, Map<String, @Nullable String> before, String reason) {
        records.claims.saveAndFlush(claim);
        records.changed(claim, before);
        ClaimDetails details = records.details(claim);
        records.publish(new ClaimDecided(claim.getId(), claim.getReference(), claim.getHouseholdId(), details.period(), claim.getStatus(),
                details.amount(), reason));
        return details;
    }

    private static String reason(String typed, String whenBlank) {
        String reason = PlainText.cleanText(typed == null ? "" : typed).strip();
        if (reason.isBlank()) {
            throw new InvalidClaimException("reason", whenBlank);
        }
        if (reason.length() > REASON_MAX) {
            throw new InvalidClaimException("reason", "The reason must be " + REASON_MAX + " characters or fewer");
        }
        return reason;
    }
}
