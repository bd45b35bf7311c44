package org.travelassist.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.internal.Child;
import org.travelassist.accounts.internal.ChildRepository;
import org.travelassist.accounts.internal.Household;
import org.travelassist.accounts.internal.HouseholdRepository;
import org.travelassist.accounts.internal.UserAccount;
import org.travelassist.accounts.internal.UserAccountRepository;
import org.travelassist.security.AppRoles;
import org.travelassist.security.CurrentUser;
import org.travelassist.shared.AccessRefused;
import org.travelassist.shared.PlainText;
import org.travelassist.shared.Postcode;
import org.travelassist.shared.RecordChanged;
import org.travelassist.shared.GovukDates;

/**
 * "Your household": the signed-in parent's children. Every method works on the caller's own household only; a
 * child id from another household is refused, logged and audited, whatever the UI showed.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.PARENT + "')")
public class HouseholdService {

    static final String CHILD = "Child";

    private static final Logger log = LoggerFactory.getLogger(HouseholdService.class);

    private final UserAccountRepository accounts;
    private final HouseholdRepository households;
    private final ChildRepository children;
    private final CurrentUser currentUser;
    private final HouseholdAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HouseholdService(UserAccountRepository accounts, HouseholdRepository households, ChildRepository children,
            CurrentUser currentUser, HouseholdAccess access, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.accounts = accounts;
        this.households = households;
        this.children = children;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ChildDetails> children() {
        UUID household = account().getHouseholdId();
        if (household == null) {
            return List.of();
        }
        return children.findByHouseholdIdOrderByDateOfBirthAsc(household).stream().map(Child::details).toList();
    }

    @Transactional(readOnly = true)
    public ChildDetails child(UUID childId) {
        return ownChild(childId).details();
    }

    /** A household's children, for its parents and for an adviser the family let see them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + AppRoles.PARENT + "','" + AppRoles.ADVISER + "')")
    public List<ChildDetails> childrenOf(UUID householdId) {
        access.require(householdId, ConsentScope.VIEW, "Household", householdId);
        return children.findByHouseholdIdOrderByDateOfBirthAsc(householdId).stream().map(Child::details).toList();
    }

    /** One child, for whoever may act for its household within {@code scope}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + AppRoles.PARENT + "','" + AppRoles.ADVISER + "')")
    public ChildDetails child(UUID childId, ConsentScope scope) {
        Child child = children.findById(childId).orElseThrow(() -> new ChildNotFoundException(childId));
        access.require(child.getHouseholdId(), scope, CHILD, childId);
        return child.details();
    }

    /**
     * Adds a child with the id the form was opened with. Sending the same form twice (a double click) saves once:
     * the second call finds the child the first made and returns it.
     */
    @Transactional
    public ChildDetails addChild(UUID newChildId, ChildForm typed) {
        ChildForm form = cleaned(typed);
        UserAccount account = account();
        UUID household = account.getHouseholdId();
        if (household != null) {
            var existing = children.findById(newChildId).filter(child -> child.getHouseholdId().equals(account.getHouseholdId()));
            if (existing.isPresent()) {
                return existing.get().details();
            }
        }
        if (children.existsById(newChildId)) {
            throw refused(newChildId, "id of another household's child reused for a new child");
        }
        validate(form);
        if (household == null) {
            household = households.save(new Household(clock.instant())).getId();
            account.joinHousehold(household);
            events.publishEvent(RecordChanged.created("Household", household, household, Map.of()));
        }
        var child = new Child(newChildId, household, clock.instant());
        describe(child, form);
        children.save(child);
        events.publishEvent(RecordChanged.created(CHILD, child.getId(), household, child.snapshot()));
        return child.details();
    }

    @Transactional
    public ChildDetails changeChild(UUID childId, ChildForm typed) {
        ChildForm form = cleaned(typed);
        Child child = ownChild(childId);
        validate(form);
        var before = child.snapshot();
        describe(child, form);
        var after = child.snapshot();
        if (!before.equals(after)) {
            events.publishEvent(RecordChanged.changed(CHILD, child.getId(), child.getHouseholdId(), before, after));
        }
        return child.details();
    }

    @Transactional
    public void removeChild(UUID childId) {
        Child child = ownChild(childId);
        children.delete(child);
        events.publishEvent(RecordChanged.deleted(CHILD, child.getId(), child.getHouseholdId(), child.snapshot()));
    }

    /**
     * The form as typed, without the characters no letter or database can hold (a NUL, a lone surrogate, U+000B that
     * Word pastes): {@code HostileFormsIT} found a name with a NUL failing the save with "Sorry, there is a problem".
     */
    private static ChildForm cleaned(ChildForm form) {
        return new ChildForm(PlainText.cleanText(form.fullName()), PlainText.cleanText(form.dayOfBirth()),
                PlainText.cleanText(form.monthOfBirth()), PlainText.cleanText(form.yearOfBirth()),
                PlainText.cleanText(form.addressLine1()), PlainText.cleanText(form.town()), PlainText.cleanText(form.postcode()),
                PlainText.cleanText(form.schoolName()), form.hasEhcPlan());
    }

    private void validate(ChildForm form) {
        Map<String, String> problems = ChildRules.problems(form, GovukDates.today(clock));
        if (!problems.isEmpty()) {
            throw new InvalidChildException(problems);
        }
    }

    private void describe(Child child, ChildForm form) {
        child.describe(form.fullName().strip(), ChildRules.dateOfBirth(form), form.addressLine1().strip(),
                blankToNull(form.town()), Postcode.parse(form.postcode()).orElseThrow(),
                blankToNull(form.schoolName()), Boolean.TRUE.equals(form.hasEhcPlan()), clock.instant());
    }

    private Child ownChild(UUID childId) {
        Child child = children.findById(childId).orElseThrow(() -> new ChildNotFoundException(childId));
        if (!child.getHouseholdId().equals(account().getHouseholdId())) {
            throw refused(childId, "child of another household");
        }
        return child;
    }

    private AccessDeniedException refused(UUID childId, String reason) {
        log.warn("Refused account {} access to child {}: {}", currentUser.require().id(), childId, reason);
        events.publishEvent(new AccessRefused(CHILD, childId.toString(), reason));
        return new AccessDeniedException("Not your household's child");
    }

    private UserAccount account() {
        UUID id = currentUser.require().id();
        return accounts.findById(id).orElseThrow(() -> new AccessDeniedException("No account " + id));
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
