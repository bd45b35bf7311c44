package org.travelassist.accounts;

/**
 * Bank or building society account details exactly as the parent typed them (GOV.UK bank details pattern):
 * spaces and hyphens and all. {@link BankDetailsRules} says what is wrong with them and what they mean.
 *
 * @param rollNumber empty when the parent has none
 */
public record BankDetailsForm(String accountName, String sortCode, String accountNumber, String rollNumber) {

    public static BankDetailsForm empty() {
        return new BankDetailsForm("", "", "", "");
    }
}
