package org.travelassist.contributions;

import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.contributions.internal.Charge;
import org.travelassist.contributions.internal.ChargeRecords;
import org.travelassist.payments.CardPaymentException;
import org.travelassist.payments.CardPaymentRequest;
import org.travelassist.payments.CardPayments;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;

/**
 * The family's side of charges: a parent sees and pays them; an adviser the family let see its records sees them,
 * but never pays (paying is the family's own agreement with the council).
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.PARENT + "','" + AppRoles.ADVISER + "')")
public class FamilyCharges {

    /** The page the card provider sends the payer back to. */
    public static final String PAY_PAGE = "pay/";

    private final ChargeRecords records;
    private final HouseholdAccess access;
    private final CurrentUser currentUser;
    private final ObjectProvider<CardPayments> cardPayments;

    FamilyCharges(ChargeRecords records, HouseholdAccess access, CurrentUser currentUser, ObjectProvider<CardPayments> cardPayments) {
        this.records = records;
        this.access = access;
        this.currentUser = currentUser;
        this.cardPayments = cardPayments;
    }

    @Transactional(readOnly = true)
    public List<ChargeDetails> chargesOf(UUID householdId) {
        access.require(householdId, ConsentScope.VIEW, "Household", householdId);
        return records.charges.findByHouseholdIdOrderBySetAtAsc(householdId).stream().map(records::details).toList();
    }

    @Transactional(readOnly = true)
    public ChargeDetails charge(UUID id) {
        Charge charge = records.charge(id);
        access.require(charge.householdId(), ConsentScope.VIEW, ChargeRecords.CHARGE, id);
        return records.details(charge);
    }

    /** The charge an instalment belongs to, for the pay page. */
    @Transactional(readOnly = true)
    public ChargeDetails chargeOfInstalment(UUID instalmentId) {
        Charge charge = records.chargeOfInstalment(instalmentId);
        access.require(charge.householdId(), ConsentScope.VIEW, ChargeRecords.CHARGE, instalmentId);
        return records.details(charge);
    }

    /** Whether this person may pay (a parent of the household), for the page to offer it. */
    public boolean canPay() {
        return currentUser.require().hasRole(AppRoles.PARENT);
    }

    /**
     * Where a parent pays this instalment: the card provider's page, which comes back to {@link #PAY_PAGE}. Only the
     * next instalment to pay may be paid, and only by a parent of the household.
     */
    @Transactional
    public String pay(UUID instalmentId) {
        Charge charge = records.chargeOfInstalment(instalmentId);
        access.requireParent(charge.householdId(), ChargeRecords.CHARGE, instalmentId);
        var details = records.details(charge);
        var instalment = details.instalments().stream().filter(i -> i.id().equals(instalmentId)).findFirst().orElseThrow();
        if (!instalment.status().payable()) {
            throw new InvalidChargeException("pay", "This has been paid already");
        }
        CardPayments payments = cardPayments.getIfAvailable();
        if (payments == null) {
            throw new InvalidChargeException("pay", "Paying by card is not available at the moment. Contact the council to pay another way");
        }
        try {
            return payments.checkout(new CardPaymentRequest(instalmentId, charge.householdId(), instalment.amount(),
                    charge.kind().label + ", " + details.childName() + ": " + instalment.name().toLowerCase(java.util.Locale.UK),
                    PAY_PAGE + instalmentId, null)).url(); // Checkout asks for the receipt's email itself
        } catch (CardPaymentException e) {
            throw new InvalidChargeException("pay", e.getMessage());
        }
    }
}
