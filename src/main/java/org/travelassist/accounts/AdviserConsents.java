package org.travelassist.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.internal.AdviserConsent;
import org.travelassist.accounts.internal.AdviserConsentRepository;
import org.travelassist.accounts.internal.UserAccount;
import org.travelassist.accounts.internal.UserAccountRepository;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.RecordChanged;

/**
 * Families' consent for SENDIAS advisers. A parent invites an adviser by email with a code valid for
 * {@link #CODE_VALID}; the adviser, signed in with that email, enters the code and the consent runs for the months
 * the family chose (12 by default) unless the family withdraws it, which takes effect at once.
 */
@Service
@PreAuthorize("hasAnyRole('" + AppRoles.PARENT + "','" + AppRoles.ADVISER + "','" + AppRoles.OFFICER + "')")
public class AdviserConsents {

    public static final Duration CODE_VALID = Duration.ofDays(14);
    /** Each invitation emails a code to an address the family types: a cap stops the portal being used to send spam. */
    public static final int MOST_INVITATIONS_A_DAY = 5;
    public static final String TOO_MANY_INVITATIONS = "You have invited " + MOST_INVITATIONS_A_DAY
            + " advisers in the last 24 hours. You can invite another adviser tomorrow, or call the council.";
    public static final int DEFAULT_MONTHS = 12;
    static final String CONSENT = "AdviserConsent";
    /** No 0/O or 1/I/L: the code is read out over the phone and typed from a letter. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final AdviserConsentRepository consents;
    private final UserAccountRepository accounts;
    private final HouseholdAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AdviserConsents(AdviserConsentRepository consents, UserAccountRepository accounts, HouseholdAccess access,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.consents = consents;
        this.accounts = accounts;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Problems with an invitation, by field; empty when it can be sent. */
    public static Map<String, String> problems(String email, Set<ConsentScope> scopes, int months) {
        var problems = new LinkedHashMap<String, String>();
        String trimmed = email.strip();
        if (trimmed.isEmpty()) {
            problems.put("adviserEmail", "Enter the adviser's email address");
        } else if (!trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || trimmed.length() > 320) {
            problems.put("adviserEmail", "Enter an email address in the correct format, like name@example.com");
        }
        if (scopes.isEmpty()) {
            problems.put("scopes", "Select what the adviser can do for you");
        }
        if (months < 1 || months > 24) {
            problems.put("months", "Consent can last from 1 to 24 months");
        }
        return problems;
    }

    /** The parent invites an adviser; the returned consent carries the code, shown once and emailed. */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.PARENT + "')")
    public ConsentDetails invite(String adviserEmail, Set<ConsentScope> scopes, int months) {
        var problems = problems(adviserEmail, scopes, months);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems.values()));
        }
        UUID household = ownHousehold();
        Instant now = clock.instant();
        if (consents.countByHouseholdIdAndInvitedAtAfter(household, now.minus(Duration.ofDays(1))) >= MOST_INVITATIONS_A_DAY) {
            throw new IllegalArgumentException(TOO_MANY_INVITATIONS);
        }
        String code = newCode();
        var consent = consents.save(new AdviserConsent(household, adviserEmail.strip().toLowerCase(Locale.ROOT), hash(code),
                now.plus(CODE_VALID), scopes, months, currentUser.require().id(), now));
        events.publishEvent(RecordChanged.created(CONSENT, consent.getId(), household, consent.snapshot()));
        String family = access.familyName(household);
        events.publishEvent(new AdviserInvited(consent.getAdviserEmail(), family, code, consent.getCodeExpiresAt()));
        return consent.details(family, null, now, code);
    }

    /** The parent's consents, newest first, in force or not. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.PARENT + "')")
    public List<ConsentDetails> consents() {
        UUID household = access.ownHousehold();
        return household == null ? List.of() : describe(consents.findByHouseholdIdOrderByInvitedAtDesc(household));
    }

    /** The parent withdraws consent, or cancels an invitation: it stops at once. */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.PARENT + "')")
    public void revoke(UUID consentId) {
        AdviserConsent consent = consents.findById(consentId).orElseThrow(() -> access.refused(CONSENT, consentId, "no such consent"));
        access.requireParent(consent.getHouseholdId(), CONSENT, consentId);
        var before = consent.snapshot();
        consent.revoke(clock.instant());
        events.publishEvent(RecordChanged.changed(CONSENT, consent.getId(), consent.getHouseholdId(), before, consent.snapshot()));
    }

    /**
     * The adviser enters the code the family sent. It must be unused, within 14 days, and sent to the email address
     * the adviser signed in with, so a forwarded code is no use to anyone else.
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ADVISER + "')")
    public ConsentDetails accept(String typedCode) {
        String code = typedCode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        Instant now = clock.instant();
        UserAccount adviser = accounts.findById(currentUser.require().id()).orElseThrow();
        AdviserConsent consent = consents.findByCodeHash(hash(code))
                .filter(found -> found.getAdviserEmail().equalsIgnoreCase(String.valueOf(adviser.getEmail())))
                .orElseThrow(() -> new InvalidCodeException("That code is not right. Check the email the family sent and try again"));
        if (consent.status(now) != ConsentDetails.Status.INVITED) {
            throw new InvalidCodeException(consent.getAdviserId() == null
                    ? "That code has expired or been cancelled. Ask the family to invite you again"
                    : "That code has already been used");
        }
        var before = consent.snapshot();
        consent.accept(adviser.getId(), now);
        events.publishEvent(RecordChanged.changed(CONSENT, consent.getId(), consent.getHouseholdId(), before, consent.snapshot()));
        return consent.details(access.familyName(consent.getHouseholdId()), adviser.getDisplayName(), now, null);
    }

    /** The families who gave the signed-in adviser consent that is still in force. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.ADVISER + "')")
    public List<ConsentDetails> families() {
        return describe(consents.findByAdviserIdOrderByInvitedAtDesc(currentUser.require().id())).stream()
                .filter(consent -> consent.status() == ConsentDetails.Status.ACTIVE).toList();
    }

    /** Officers see who may act for a family, and within what. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.OFFICER + "')")
    public List<ConsentDetails> consentsFor(UUID householdId) {
        return describe(consents.findByHouseholdIdOrderByInvitedAtDesc(householdId));
    }

    private List<ConsentDetails> describe(List<AdviserConsent> found) {
        Instant now = clock.instant();
        return found.stream().map(consent -> consent.details(access.familyName(consent.getHouseholdId()),
                consent.getAdviserId() == null ? null
                        : accounts.findById(consent.getAdviserId()).map(UserAccount::getDisplayName).orElse(null),
                now, null)).toList();
    }

    private UUID ownHousehold() {
        UUID household = access.ownHousehold();
        if (household == null) {
            throw new IllegalStateException("Add a child before inviting an adviser");
        }
        return household;
    }

    private String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
