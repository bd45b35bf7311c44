package org.travelassist.contributions;

import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.contributions.internal.Charge;
import org.travelassist.contributions.internal.ChargeRecords;
import org.travelassist.payments.CardPaymentException;
import org.travelassist.payments.CardPayments;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.RecordChanged;

/**
 * The officers' side of charges: set one on a decided application, see it, and refund a paid instalment with a
 * reason (through the card provider, then in the ledger, then the family is told).
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.OFFICER + "','" + AppRoles.SENIOR_OFFICER + "')")
public class Charges {

    private final ChargeRecords records;
    private final CurrentUser currentUser;
    private final ObjectProvider<CardPayments> cardPayments;

    Charges(ChargeRecords records, CurrentUser currentUser, ObjectProvider<CardPayments> cardPayments) {
        this.records = records;
        this.currentUser = currentUser;
        this.cardPayments = cardPayments;
    }

    /** A decided application a charge can be set on. */
    public record Chargeable(UUID applicationId, String reference, String childName, String schoolName, java.time.LocalDate decidedOn) {}

    /** The decided application with this reference, as the officer typed it. */
    @Transactional(readOnly = true)
    public Chargeable find(String typedReference) {
        String reference = typedReference.strip();
        if (reference.isEmpty()) {
            throw new InvalidChargeException("reference", "Enter the application's reference, like TA-2026-000123");
        }
        return records.applications.findByReferenceIgnoreCase(reference).map(Charges::chargeable)
                .orElseThrow(() -> new InvalidChargeException("reference",
                        "There is no decided application with the reference " + reference + ". Check the reference on the case page"));
    }

    @Transactional(readOnly = true)
    public Chargeable application(UUID applicationId) {
        return records.applications.findById(applicationId).map(Charges::chargeable)
                .orElseThrow(() -> new ChargeNotFoundException(applicationId));
    }

    private static Chargeable chargeable(org.travelassist.contributions.internal.ChargeApplication a) {
        return new Chargeable(a.applicationId(), a.reference(), a.childName(), a.schoolName() == null ? "No school named" : a.schoolName(),
                a.decidedOn());
    }

    /**
     * Sets a charge on a decided application; every problem with the form is reported at once
     * ({@link ChargeRules.InvalidCharge}).
     */
    @Transactional
    public UUID set(UUID applicationId, ChargeForm form) {
        var application = records.applications.findById(applicationId).orElseThrow(() -> new ChargeNotFoundException(applicationId));
        var plan = ChargeRules.plan(form, records.today());
        var officer = currentUser.require();
        var charge = new Charge(application, plan, officer.id(), officer.displayName(), records.now());
        records.charges.saveAndFlush(charge);
        records.publish(RecordChanged.created(ChargeRecords.CHARGE, charge.getId(), charge.householdId(), ChargeRecords.state(charge)));
        return charge.getId();
    }

    @Transactional(readOnly = true)
    public ChargeDetails charge(UUID id) {
        return records.details(records.charge(id));
    }

    @Transactional(readOnly = true)
    public List<ChargeDetails> chargesOf(UUID applicationId) {
        return records.charges.findByApplicationIdOrderBySetAtAsc(applicationId).stream().map(records::details).toList();
    }

    /** The latest charges set, newest first. */
    @Transactional(readOnly = true)
    public List<ChargeDetails> latest() {
        return records.charges.findTop20ByOrderBySetAtDesc().stream().map(records::details).toList();
    }

    /**
     * Gives a paid instalment back to the card it was paid with. The card provider's refund is idempotent on the
     * instalment, so a second click (or a retry after a failure) refunds once.
     */
    @Transactional
    public ChargeDetails refund(UUID instalmentId, String typedReason) {
        String reason = typedReason.strip();
        if (reason.isEmpty()) {
            throw new InvalidChargeException("reason", "Enter the reason for the refund: the family is told it");
        }
        if (reason.length() > ChargeRules.REASON_LENGTH) {
            throw new InvalidChargeException("reason", "The reason must be " + ChargeRules.REASON_LENGTH + " characters or fewer");
        }
        Charge charge = records.chargeOfInstalment(instalmentId);
        var instalment = charge.instalment(instalmentId);
        if (!instalment.status().refundable()) {
            throw new InvalidChargeException("reason", "Only a paid instalment can be refunded; this one is "
                    + instalment.status().label.toLowerCase(java.util.Locale.UK));
        }
        CardPayments payments = cardPayments.getIfAvailable();
        if (payments == null) {
            throw new InvalidChargeException("reason", "Card payments are not set up, so the refund cannot be made here");
        }
        try {
            payments.refund(instalmentId, reason);
        } catch (CardPaymentException e) {
            throw new InvalidChargeException("reason", e.getMessage());
        }
        var before = ChargeRecords.state(charge);
        var officer = currentUser.require();
        charge.refunded(instalmentId, records.today(), reason, officer.displayName());
        records.charges.saveAndFlush(charge);
        records.publish(RecordChanged.changed(ChargeRecords.CHARGE, charge.getId(), charge.householdId(), before, ChargeRecords.state(charge)));
        var details = records.details(charge);
        var refunded = details.instalments().stream().filter(i -> i.id().equals(instalmentId)).findFirst().orElseThrow();
        records.publish(new InstalmentRefunded(charge.getId(), instalmentId, charge.householdId(), charge.kind(), refunded.name(),
                refunded.amount(), reason, records.today()));
        return details;
    }
}
