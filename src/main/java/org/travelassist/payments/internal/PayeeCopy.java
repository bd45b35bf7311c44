package org.travelassist.payments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.accounts.Payee;

/**
 * The bank details a payment goes to, copied when it was made: a later change of the household's details does not
 * move it (a reissue copies the new ones). In an approved run the database refuses to change them.
 */
@Embeddable
class PayeeCopy {

    @Column(name = "payee_bank_details", nullable = false)
    private UUID bankDetails;

    @Column(name = "payee_name", nullable = false)
    private String name;

    @Column(name = "payee_sort_code", nullable = false)
    private String sortCode;

    @Column(name = "payee_account_number", nullable = false)
    private String accountNumber;

    @Column(name = "payee_roll_number")
    private @Nullable String rollNumber;

    protected PayeeCopy() {}

    PayeeCopy(Payee payee) {
        this.bankDetails = payee.bankDetailsId();
        this.name = payee.accountName();
        this.sortCode = payee.sortCode();
        this.accountNumber = payee.accountNumber();
        this.rollNumber = payee.rollNumber();
    }

    Payee of(UUID householdId) {
        return new Payee(householdId, bankDetails, name, sortCode, accountNumber, rollNumber);
    }
}
