package org.travelassist.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * The bank account a household's travel payments go to, as it may be shown: never the whole account number
 * (GOV.UK: show only its last 4 digits), nor the roll number.
 *
 * @param bankDetailsId this version of the household's bank details
 * @param sortCode as people read it, "30-94-30"
 * @param accountEnding the account number's last four digits
 * @param rollNumberGiven whether a building society roll number is held
 * @param changedAt when this version was given
 */
public record BankDetailsSummary(UUID bankDetailsId, UUID householdId, String accountName, String sortCode,
        String accountEnding, boolean rollNumberGiven, Instant changedAt) {

    /** "Account ending 5678". */
    public String maskedAccount() {
        return "Account ending " + accountEnding;
    }
}
