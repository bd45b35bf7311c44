package org.travelassist.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.accounts.BankDetailsForm;
import org.travelassist.accounts.BankDetailsRules;
import org.travelassist.accounts.BankDetailsSummary;
import org.travelassist.accounts.Payee;
import org.travelassist.shared.AbstractEntity;

/**
 * One version of a household's bank details, never changed once written. The account and roll numbers are held
 * only as ciphertext bound to this row ({@link BankDetailsCipher}).
 */
@Entity
@Table(name = "bank_details")
public class BankDetails extends AbstractEntity {

    private static final String ACCOUNT_NUMBER = "account_number";
    private static final String ROLL_NUMBER = "roll_number";

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Column(name = "account_name", nullable = false, updatable = false)
    private String accountName;

    @Column(name = "sort_code", nullable = false, updatable = false)
    private String sortCode;

    @Column(name = "account_number_cipher", nullable = false, updatable = false)
    private byte[] accountNumberCipher;

    @Column(name = "account_ending", nullable = false, updatable = false)
    private String accountEnding;

    @Column(name = "roll_number_cipher", updatable = false)
    private byte @Nullable [] rollNumberCipher;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private UUID changedBy;

    @Column(name = "changed_by_name", nullable = false, updatable = false)
    private String changedByName;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected BankDetails() {
        this.householdId = new UUID(0, 0);
        this.accountName = "";
        this.sortCode = "";
        this.accountNumberCipher = new byte[0];
        this.accountEnding = "";
        this.changedBy = new UUID(0, 0);
        this.changedByName = "";
        this.changedAt = Instant.EPOCH;
    }

    /** @param details already {@link BankDetailsRules#normalised normalised} */
    public BankDetails(UUID householdId, int revision, BankDetailsForm details, BankDetailsCipher cipher, UUID changedBy,
            String changedByName, Instant changedAt) {
        this.householdId = householdId;
        this.revision = revision;
        this.accountName = details.accountName();
        this.sortCode = details.sortCode();
        this.accountNumberCipher = cipher.encrypt(details.accountNumber(), getId(), ACCOUNT_NUMBER);
        this.accountEnding = details.accountNumber().substring(details.accountNumber().length() - 4);
        this.rollNumberCipher = details.rollNumber().isEmpty() ? null : cipher.encrypt(details.rollNumber(), getId(), ROLL_NUMBER);
        this.changedBy = changedBy;
        this.changedByName = changedByName;
        this.changedAt = changedAt;
    }

    public UUID getHouseholdId() {
        return householdId;
    }

    public int getRevision() {
        return revision;
    }

    public BankDetailsSummary summary() {
        return new BankDetailsSummary(getId(), householdId, accountName, BankDetailsRules.displaySortCode(sortCode), accountEnding,
                rollNumberCipher != null, changedAt);
    }

    /** The details in full, for a payment or to compare with what a parent typed. */
    public BankDetailsForm reveal(BankDetailsCipher cipher) {
        return new BankDetailsForm(accountName, sortCode, cipher.decrypt(accountNumberCipher, getId(), ACCOUNT_NUMBER),
                rollNumberCipher == null ? "" : cipher.decrypt(rollNumberCipher, getId(), ROLL_NUMBER));
    }

    public Payee payee(BankDetailsCipher cipher) {
        var details = reveal(cipher);
        return new Payee(householdId, getId(), accountName, sortCode, details.accountNumber(),
                details.rollNumber().isEmpty() ? null : details.rollNumber());
    }

    /** What the audit trail keeps: masked, never the whole account or roll number. */
    public Map<String, @Nullable String> snapshot() {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("accountName", accountName);
        fields.put("sortCode", BankDetailsRules.displaySortCode(sortCode));
        fields.put("accountNumber", BankDetailsRules.maskedAccount(accountEnding));
        fields.put("rollNumber", rollNumberCipher == null ? "none" : "given");
        fields.put("revision", String.valueOf(revision));
        return fields;
    }
}
