package org.travelassist.accounts;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who a payment goes to: the bank account a parent gave, copied as it was when the payment was created, so a later
 * change never alters a payment already made. Only {@code accounts} makes one; {@link #toString()} masks the
 * account so it never reaches a log.
 *
 * @param bankDetailsId the version of the household's bank details this copies
 * @param sortCode six digits, no spaces or hyphens
 * @param accountNumber eight digits
 * @param rollNumber a building society's roll number; null when there is none
 */
public record Payee(UUID householdId, UUID bankDetailsId, String accountName, String sortCode, String accountNumber,
        @Nullable String rollNumber) {

    public Payee {
        if (!sortCode.matches("\\d{6}") || !accountNumber.matches("\\d{8}")) {
            throw new IllegalArgumentException("A payee needs a six-digit sort code and an eight-digit account number");
        }
    }

    /**
     * The account name as a Standard 18 payee name field takes it (18 characters of capitals, digits and
     * {@code . & / -}); {@link #accountName()} is the name in full.
     */
    public String bacsName() {
        return BankDetailsRules.bacsName(accountName);
    }

    /** "Account ending 5678", as the family and staff see it. */
    public String masked() {
        return "Account ending " + accountNumber.substring(4);
    }

    @Override
    public String toString() {
        return "Payee[" + accountName + ", " + masked() + "]";
    }
}
