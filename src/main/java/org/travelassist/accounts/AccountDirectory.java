package org.travelassist.accounts;

import java.time.Clock;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.accounts.internal.RegisteredAdviserRepository;
import org.travelassist.accounts.internal.UserAccount;
import org.travelassist.accounts.internal.UserAccountRepository;
import org.travelassist.security.AppRoles;
import org.travelassist.security.AppUser;
import org.travelassist.security.AppUserDirectory;
import org.travelassist.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Finds or makes the account for each sign-in. Families are parents unless their verified email belongs to a
 * registered SENDIAS adviser; staff roles come from the staff identity provider at every sign-in.
 */
@Service
class AccountDirectory implements AppUserDirectory {

    static final String FAMILIES = "families";

    private final UserAccountRepository accounts;
    private final RegisteredAdviserRepository advisers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountDirectory(UserAccountRepository accounts, RegisteredAdviserRepository advisers,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.advisers = advisers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AppUser signIn(String provider, String subject, @Nullable String email, @Nullable String displayName, Set<String> staffRoles) {
        UserAccount account = accounts.findByIdentityProviderAndSubject(provider, subject).orElseGet(() -> {
            var created = accounts.save(new UserAccount(provider, subject, clock.instant()));
            events.publishEvent(RecordChanged.created("UserAccount", created.getId(), null,
                    java.util.Map.of("identityProvider", provider)));
            return created;
        });
        account.signedIn(email, displayName, clock.instant());
        Set<String> roles = FAMILIES.equals(provider)
                ? Set.of(email != null && advisers.isRegistered(email) ? AppRoles.ADVISER : AppRoles.PARENT)
                : staffRoles;
        return new AppUser(account.getId(), account.getDisplayName(), roles);
    }
}
