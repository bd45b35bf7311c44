package org.travelassist.accounts;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.internal.BankDetails;
import org.travelassist.accounts.internal.BankDetailsCipher;
import org.travelassist.accounts.internal.BankDetailsRepository;

/**
 * The bank account to pay a household into, in full, for system code (event listeners, scheduled jobs) that copies
 * it into a payment. Not for pages: people see {@link BankAccounts#current}, masked. Checks no one's rights: the
 * caller decided a payment is due.
 */
@Component
public class Payees {

    private final BankDetailsRepository bankDetails;
    private final BankDetailsCipher cipher;

    Payees(BankDetailsRepository bankDetails, BankDetailsCipher cipher) {
        this.bankDetails = bankDetails;
        this.cipher = cipher;
    }

    /** The household's current bank details; empty when it has given none. */
    @Transactional(readOnly = true)
    public Optional<Payee> payeeOf(UUID householdId) {
        return bankDetails.findFirstByHouseholdIdOrderByRevisionDesc(householdId).map(details -> details.payee(cipher));
    }

    /** One version exactly, as a payment copied it. */
    @Transactional(readOnly = true)
    public Optional<Payee> payee(UUID bankDetailsId) {
        return bankDetails.findById(bankDetailsId).map(details -> details.payee(cipher));
    }
}
