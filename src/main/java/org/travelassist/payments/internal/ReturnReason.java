package org.travelassist.payments.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why the bank returned a credit (the reason codes of BACS's returns report, ARUCS), with what the family reads and
 * whether new bank details would help.
 */
public enum ReturnReason {
    REFER_TO_PAYER("0", "Your bank could not pay it in and asked us to contact you"),
    INSTRUCTION_CANCELLED("1", "Your bank cancelled the payment"),
    BENEFICIARY_DECEASED("2", "Your bank returned the payment: the account holder has died"),
    ACCOUNT_TRANSFERRED("3", "Your account has moved to another bank or branch"),
    NO_ACCOUNT("5", "Your bank has no account with that sort code and account number"),
    ACCOUNT_CLOSED("B", "The account is closed"),
    INVALID_ACCOUNT_TYPE("F", "The account cannot receive this kind of payment"),
    NOT_ACCEPTED("G", "Your bank would not accept the payment into this account");

    public final String code;
    /** For the family, as a sentence without its full stop. */
    public final String words;

    ReturnReason(String code, String words) {
        this.code = code;
        this.words = words;
    }

    public static Optional<ReturnReason> ofCode(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code.equalsIgnoreCase(code.strip())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(reason -> reason.code).toList());
    }
}
