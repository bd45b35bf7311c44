package org.travelassist.claims;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.travelassist.accounts.Acting;
import org.travelassist.accounts.ConsentScope;
import org.travelassist.accounts.HouseholdAccess;
import org.travelassist.claims.ClaimStatus.ClaimAction;
import org.travelassist.claims.internal.ClaimReceipt;
import org.travelassist.claims.internal.ClaimReceiptRepository;
import org.travelassist.claims.internal.ClaimRecords;
import org.travelassist.claims.internal.MileageClaim;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.FileRejectedException;
import org.travelassist.shared.RecordChanged;
import org.travelassist.shared.RecordRead;
import org.travelassist.shared.StoredFile;
import org.travelassist.shared.UploadedFiles;
import org.travelassist.shared.VirusScanner;

/**
 * Tickets and receipts attached to a claim (a parking ticket, a bus fare on a day the car was off the road). The
 * family adds and removes them while the claim is a draft, with the checks every family's file passes
 * ({@link UploadedFiles}, {@link VirusScanner}); they read them back afterwards; officers open them, each opening
 * audited. School staff have no method here: what the school sees of a claim is {@link SchoolClaim}. Each method
 * narrows the class's roles to the family's or the officers'.
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.PARENT + "','" + AppRoles.ADVISER + "','" + AppRoles.OFFICER + "','" + AppRoles.SENIOR_OFFICER + "')")
public class ClaimReceipts {

    public static final String RECEIPT = "MileageClaimReceipt";
    public static final int MAX_FILES = 10;
    public static final long MAX_TOTAL_BYTES = 30L * 1024 * 1024;
    private static final String FAMILY = "hasAnyRole('" + AppRoles.PARENT + "','" + AppRoles.ADVISER + "')";
    private static final String OFFICERS = "hasAnyRole('" + AppRoles.OFFICER + "','" + AppRoles.SENIOR_OFFICER + "')";

    /** A receipt as a list shows it. */
    public record Receipt(UUID id, String fileName, String mediaType, long sizeBytes, String scanResult, Instant uploadedAt) {
        public String size() {
            return UploadedFiles.size(sizeBytes);
        }

        public boolean scanned() {
            return !VirusScanner.NOT_SCANNED.equals(scanResult);
        }
    }

    /** A receipt's bytes, under a name the server makes ("MC-2026-000012-receipt-1.pdf"). */
    public record Content(String fileName, String mediaType, byte[] bytes) {}

    private final ClaimRecords records;
    private final ClaimReceiptRepository receipts;
    private final HouseholdAccess access;
    private final VirusScanner scanner;
    private final TransactionOperations transactions;

    ClaimReceipts(ClaimRecords records, ClaimReceiptRepository receipts, HouseholdAccess access, VirusScanner scanner,
            TransactionOperations transactions) {
        this.records = records;
        this.receipts = receipts;
        this.access = access;
        this.scanner = scanner;
        this.transactions = transactions;
    }

    /**
     * Checks, scans and keeps a receipt with a draft claim, or refuses it with what to do (field
     * {@code receipt-upload}). The scan runs outside any transaction, so a slow scanner holds no connection; the
     * claim is checked again when the file is kept, in case it was sent meanwhile.
     */
    @PreAuthorize(FAMILY)
    public Receipt add(UUID claimId, String clientName, byte[] content) {
        String name = UploadedFiles.safeName(clientName);
        // Who may add, and whether the claim takes another file, before the file itself is looked at.
        transactions.executeWithoutResult(status -> mayAdd(claimId, name, 0));
        String mediaType;
        String scan;
        byte[] kept;
        try {
            mediaType = UploadedFiles.mediaType(name, content);
            scan = scanner.scan(name, content);
            kept = UploadedFiles.withoutMetadata(name, mediaType, content);
        } catch (FileRejectedException refused) {
            throw new InvalidClaimException("receipt-upload", refused.getMessage());
        }
        return Objects.requireNonNull(transactions.execute(status -> {
            Acting acting = mayAdd(claimId, name, kept.length);
            MileageClaim claim = records.claim(claimId);
            ClaimReceipt saved = receipts.save(new ClaimReceipt(claim, new StoredFile(name, mediaType, kept, scan, acting.personId(), records.now())));
            records.publish(RecordChanged.created(RECEIPT, saved.getId(), claim.getHouseholdId(), snapshot(saved)));
            return receipt(saved);
        }));
    }

    /** Takes a receipt off a draft claim. */
    @PreAuthorize(FAMILY)
    @Transactional
    public void remove(UUID claimId, UUID receiptId) {
        MileageClaim claim = records.claim(claimId);
        access.require(claim.getHouseholdId(), ConsentScope.PREPARE, ClaimRecords.CLAIM, claimId);
        claim.require(ClaimAction.SAVE);
        ClaimReceipt receipt = receiptOf(claim, receiptId);
        receipts.delete(receipt);
        records.publish(RecordChanged.deleted(RECEIPT, receipt.getId(), claim.getHouseholdId(), snapshot(receipt)));
    }

    /** The family's receipts on their claim, in the order they added them. */
    @PreAuthorize(FAMILY)
    @Transactional(readOnly = true)
    public List<Receipt> receipts(UUID claimId) {
        MileageClaim claim = records.claim(claimId);
        access.require(claim.getHouseholdId(), ConsentScope.VIEW, ClaimRecords.CLAIM, claimId);
        return receipts.findByClaimIdOrderByFileUploadedAtAsc(claimId).stream().map(ClaimReceipts::receipt).toList();
    }

    /** One of the family's receipts, to open again. */
    @PreAuthorize(FAMILY)
    @Transactional(readOnly = true)
    public Content content(UUID claimId, UUID receiptId) {
        MileageClaim claim = records.claim(claimId);
        access.require(claim.getHouseholdId(), ConsentScope.VIEW, ClaimRecords.CLAIM, claimId);
        return contentOf(claim, receiptId);
    }

    /** The receipts on a claim, for the officer deciding it. */
    @PreAuthorize(OFFICERS)
    @Transactional(readOnly = true)
    public List<Receipt> receiptsForOfficer(UUID claimId) {
        records.claim(claimId);
        return receipts.findByClaimIdOrderByFileUploadedAtAsc(claimId).stream().map(ClaimReceipts::receipt).toList();
    }

    /** A receipt opened by an officer: audited as a read of the family's record. */
    @PreAuthorize(OFFICERS)
    @Transactional(readOnly = true)
    public Content contentForOfficer(UUID claimId, UUID receiptId) {
        MileageClaim claim = records.claim(claimId);
        Content content = contentOf(claim, receiptId);
        records.publish(new RecordRead(RECEIPT, receiptId.toString(), claim.getHouseholdId(), "receipt " + content.fileName()));
        return content;
    }

    private Acting mayAdd(UUID claimId, String name, long adding) {
        MileageClaim claim = records.claim(claimId);
        Acting acting = access.require(claim.getHouseholdId(), ConsentScope.PREPARE, ClaimRecords.CLAIM, claimId);
        claim.require(ClaimAction.SAVE);
        List<ClaimReceipt> held = receipts.findByClaimIdOrderByFileUploadedAtAsc(claimId);
        if (held.size() >= MAX_FILES) {
            throw new InvalidClaimException("receipt-upload", "You can attach up to " + MAX_FILES + " receipts to a claim. Remove one to add "
                    + name + ", or put several receipts in one PDF");
        }
        if (held.stream().mapToLong(r -> r.file().sizeBytes()).sum() + adding > MAX_TOTAL_BYTES) {
            throw new InvalidClaimException("receipt-upload", "The receipts on a claim can add up to 30 MB. Remove one to add " + name
                    + ", or send a smaller file");
        }
        return acting;
    }

    private ClaimReceipt receiptOf(MileageClaim claim, UUID receiptId) {
        return receipts.findById(receiptId).filter(receipt -> receipt.getClaimId().equals(claim.getId()))
                .orElseThrow(() -> access.refused(RECEIPT, receiptId, "a receipt of another claim"));
    }

    private Content contentOf(MileageClaim claim, UUID receiptId) {
        List<ClaimReceipt> held = receipts.findByClaimIdOrderByFileUploadedAtAsc(claim.getId());
        for (int i = 0; i < held.size(); i++) {
            ClaimReceipt receipt = held.get(i);
            if (receipt.getId().equals(receiptId)) {
                return new Content(claim.getReference() + "-receipt-" + (i + 1) + "." + UploadedFiles.extension(receipt.file().mediaType()),
                        receipt.file().mediaType(), receipt.file().content());
            }
        }
        throw access.refused(RECEIPT, receiptId, "a receipt of another claim");
    }

    private static Receipt receipt(ClaimReceipt saved) {
        return new Receipt(saved.getId(), saved.file().fileName(), saved.file().mediaType(), saved.file().sizeBytes(), saved.file().scanResult(),
                saved.file().uploadedAt());
    }

    private static Map<String, @Nullable String> snapshot(ClaimReceipt receipt) {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("claimId", receipt.getClaimId().toString());
        fields.put("fileName", receipt.file().fileName());
        fields.put("mediaType", receipt.file().mediaType());
        fields.put("sizeBytes", Long.toString(receipt.file().sizeBytes()));
        fields.put("scanResult", receipt.file().scanResult());
        return fields;
    }
}
