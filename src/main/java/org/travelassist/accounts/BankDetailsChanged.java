package org.travelassist.accounts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A parent gave the household's bank details, or changed them; published after it is saved, so every parent can be
 * told at once (changing the account a council pays into is a known fraud). Masked: it never carries the whole
 * account number.
 *
 * @param replacedId the version it replaces; null when the household had none
 * @param changedByName the parent who did it, as their account names them
 */
public record BankDetailsChanged(UUID householdId, UUID bankDetailsId, @Nullable UUID replacedId,
        BankDetailsSummary details, Instant changedAt, UUID changedBy, String changedByName) {}
