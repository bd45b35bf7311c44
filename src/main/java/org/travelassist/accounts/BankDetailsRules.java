package org.travelassist.accounts;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.PlainText;

/**
 * What a UK bank account given for travel payments must look like, with GOV.UK's error messages (Design System,
 * "Bank details" pattern). Pure: no Spring, no database.
 *
 * <p>This is a format check only. No modulus check is done: no maintained Java library for the Vocalink (Pay.UK)
 * modulus rules is available to this project, and the rules depend on Vocalink's weight table, which changes several
 * times a year; a stale copy would refuse real accounts. A wrong but well-formed number is caught by the bank when
 * the first payment is made (README, "Bank details").
 *
 * <p>GOV.UK lets users type an account number of 6 to 8 digits. We ask for 8: BACS (Standard 18) needs 8, and
 * GOV.UK does not say how a shorter number is made up to 8, so we do not guess; the hint and the message say 8.
 */
public final class BankDetailsRules {

    /** Field keys, also the ids of the page's inputs, so an error summary link lands on its field. */
    public static final String ACCOUNT_NAME = "name-on-the-account";
    public static final String SORT_CODE = "sort-code";
    public static final String ACCOUNT_NUMBER = "account-number";
    public static final String ROLL_NUMBER = "roll-number";

    public static final int ACCOUNT_NAME_MAX_LENGTH = 60;
    public static final int ROLL_NUMBER_MAX_LENGTH = 18;
    /** The payee name field of a Standard 18 record. */
    public static final int BACS_NAME_LENGTH = 18;
    /** Said on the page and in the README: see the class comment. */
    public static final boolean MODULUS_CHECKED = false;

    public static final String NAME_MISSING = "Enter the name on the account";
    public static final String NAME_TOO_LONG = "Name on the account must be " + ACCOUNT_NAME_MAX_LENGTH + " characters or fewer";
    public static final String SORT_CODE_MISSING = "Enter a sort code";
    public static final String SORT_CODE_FORMAT = "Enter a valid sort code like 309430";
    public static final String ACCOUNT_NUMBER_MISSING = "Enter an account number";
    public static final String ACCOUNT_NUMBER_FORMAT = "Enter a valid account number like 00733445";
    public static final String ACCOUNT_NUMBER_LENGTH = "Account number must be 8 digits";
    public static final String ROLL_NUMBER_LENGTH = "Building society roll number must be between 1 and 18 characters";
    public static final String ROLL_NUMBER_CHARACTERS = "Building society roll number must only include letters a to z, "
            + "numbers, hyphens, spaces, forward slashes and full stops";

    /** Spaces (also non-breaking), hyphens and the dashes and minus signs phones and word processors put in. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\-\\u2010-\\u2015\\u2212]");
    private static final Pattern ROLL_NUMBER_ALLOWED = Pattern.compile("[A-Za-z0-9 ./\\-]+");
    private static final Pattern NOT_BACS = Pattern.compile("[^A-Z0-9.&/\\- ]");

    private BankDetailsRules() {}

    /** Problems by field key, in the order of the fields; empty when the details can be kept. */
    public static Map<String, String> problems(BankDetailsForm form) {
        var problems = new LinkedHashMap<String, String>();
        String name = accountName(form.accountName());
        if (name.isEmpty()) {
            problems.put(ACCOUNT_NAME, NAME_MISSING);
        } else if (name.length() > ACCOUNT_NAME_MAX_LENGTH) {
            problems.put(ACCOUNT_NAME, NAME_TOO_LONG);
        }
        String sortCode = withoutSeparators(form.sortCode());
        if (sortCode.isEmpty()) {
            problems.put(SORT_CODE, SORT_CODE_MISSING);
        } else if (!isDigits(sortCode, 6)) {
            problems.put(SORT_CODE, SORT_CODE_FORMAT);
        }
        String account = withoutSeparators(form.accountNumber());
        if (account.isEmpty()) {
            problems.put(ACCOUNT_NUMBER, ACCOUNT_NUMBER_MISSING);
        } else if (!account.chars().allMatch(BankDetailsRules::isAsciiDigit)) {
            problems.put(ACCOUNT_NUMBER, ACCOUNT_NUMBER_FORMAT);
        } else if (account.length() != 8) {
            problems.put(ACCOUNT_NUMBER, ACCOUNT_NUMBER_LENGTH);
        }
        String roll = PlainText.cleanText(form.rollNumber()).strip();
        if (!roll.isEmpty()) {
            if (roll.length() > ROLL_NUMBER_MAX_LENGTH) {
                problems.put(ROLL_NUMBER, ROLL_NUMBER_LENGTH);
            } else if (!ROLL_NUMBER_ALLOWED.matcher(roll).matches()) {
                problems.put(ROLL_NUMBER, ROLL_NUMBER_CHARACTERS);
            }
        }
        return problems;
    }

    /**
     * The details as they are kept: the name tidied, the sort code as six digits, the account number as eight, the
     * roll number stripped (empty when none).
     *
     * @throws IllegalArgumentException when {@link #problems} finds any
     */
    public static BankDetailsForm normalised(BankDetailsForm form) {
        var problems = problems(form);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Bank details refused: " + problems.keySet());
        }
        return new BankDetailsForm(accountName(form.accountName()), withoutSeparators(form.sortCode()),
                withoutSeparators(form.accountNumber()), PlainText.cleanText(form.rollNumber()).strip());
    }

    /** "309430" as people read it: "30-94-30". */
    public static String displaySortCode(String sixDigits) {
        if (!isDigits(sixDigits, 6)) {
            throw new IllegalArgumentException("A sort code is six digits");
        }
        return sixDigits.substring(0, 2) + "-" + sixDigits.substring(2, 4) + "-" + sixDigits.substring(4);
    }

    /** "Account ending 5678": only the last four digits, as the family and staff see an account. */
    public static String maskedAccount(String accountNumber) {
        return "Account ending " + accountNumber.substring(Math.max(0, accountNumber.length() - 4));
    }

    /**
     * The name as a Standard 18 payee name field takes it: capitals, digits and {@code . & / -} and spaces only
     * (accents taken off, anything else dropped), at most 18 characters. The full name is kept as well: this is only
     * what fits in the payment file.
     */
    public static String bacsName(String accountName) {
        String plain = Normalizer.normalize(accountName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('\u00DF', 'S').replace('\u00C6', 'A').replace('\u00E6', 'A').replace('\u00D8', 'O').replace('\u00F8', 'O')
                .toUpperCase(Locale.UK);
        String allowed = NOT_BACS.matcher(plain).replaceAll("").replaceAll(" {2,}", " ").strip();
        String cut = allowed.length() <= BACS_NAME_LENGTH ? allowed : allowed.substring(0, BACS_NAME_LENGTH).strip();
        return cut;
    }

    private static String accountName(@Nullable String typed) {
        return PlainText.cleanText(typed == null ? "" : typed).replaceAll("\\s+", " ").strip();
    }

    private static String withoutSeparators(String typed) {
        return SEPARATORS.matcher(typed).replaceAll("");
    }

    private static boolean isDigits(String text, int length) {
        return text.length() == length && text.chars().allMatch(BankDetailsRules::isAsciiDigit);
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
