package org.travelassist.accounts;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.internal.BankDetails;
import org.travelassist.accounts.internal.BankDetailsCipher;
import org.travelassist.accounts.internal.BankDetailsRepository;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.RecordChanged;

/**
 * The bank account a household's travel payments (budgets, mileage) go to: given once, on the one bank details page,
 * and used by every payment after that. Only a parent of the household may give or change it (never an adviser,
 * whatever the family's consent); a parent, or an adviser the family lets see its records, sees it masked. Every
 * change adds a version, is audited (masked) in the same transaction, and is emailed to every parent after it
 * commits. System code that pays the household reads it through {@link Payees}.
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.PARENT + "','" + AppRoles.ADVISER + "')")
public class BankAccounts {

    static final String BANK_DETAILS = "BankDetails";

    private final BankDetailsRepository bankDetails;
    private final BankDetailsCipher cipher;
    private final HouseholdAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BankAccounts(BankDetailsRepository bankDetails, BankDetailsCipher cipher, HouseholdAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.bankDetails = bankDetails;
        this.cipher = cipher;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The household's current bank details, masked; for its parents, and advisers it lets see its records. */
    @Transactional(readOnly = true)
    public Optional<BankDetailsSummary> current(UUID householdId) {
        access.require(householdId, ConsentScope.VIEW, BANK_DETAILS, householdId);
        return bankDetails.findFirstByHouseholdIdOrderByRevisionDesc(householdId).map(BankDetails::summary);
    }

    /** The signed-in parent's household, for the bank details page; null for anyone else or before a child is added. */
    public @Nullable UUID ownHousehold() {
        return access.ownHousehold();
    }

    /**
     * Gives or changes the household's bank details. The same details as now held change nothing (no new version, no
     * email).
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the caller is a parent of the
     *     household (refused and audited)
     * @throws InvalidBankDetailsException with GOV.UK's messages by field
     */
    @Transactional
    public BankDetailsSummary save(UUID householdId, BankDetailsForm form) {
        Acting parent = access.requireParent(householdId, BANK_DETAILS, householdId);
        var problems = BankDetailsRules.problems(form);
        if (!problems.isEmpty()) {
            throw new InvalidBankDetailsException(problems);
        }
        BankDetailsForm details = BankDetailsRules.normalised(form);
        var previous = bankDetails.findFirstByHouseholdIdOrderByRevisionDesc(householdId).orElse(null);
        if (previous != null && previous.reveal(cipher).equals(details)) {
            return previous.summary();
        }
        // What PostgreSQL keeps, so the summary returned now equals the one read back later.
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var saved = bankDetails.saveAndFlush(new BankDetails(householdId, previous == null ? 1 : previous.getRevision() + 1,
                details, cipher, parent.personId(), parent.personName(), now));
        events.publishEvent(previous == null
                ? RecordChanged.created(BANK_DETAILS, saved.getId(), householdId, saved.snapshot())
                : RecordChanged.changed(BANK_DETAILS, saved.getId(), householdId, previous.snapshot(), saved.snapshot()));
        events.publishEvent(new BankDetailsChanged(householdId, saved.getId(), previous == null ? null : previous.getId(),
                saved.summary(), now, parent.personId(), parent.personName()));
        return saved.summary();
    }
}
