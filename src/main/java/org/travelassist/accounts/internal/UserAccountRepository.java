package org.travelassist.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByIdentityProviderAndSubject(String identityProvider, String subject);

    List<UserAccount> findByHouseholdId(UUID householdId);

    List<UserAccount> findByEmailIgnoreCase(String email);
}
