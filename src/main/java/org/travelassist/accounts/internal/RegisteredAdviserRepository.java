package org.travelassist.accounts.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegisteredAdviserRepository extends JpaRepository<RegisteredAdviser, UUID> {

    @Query("select count(a) > 0 from RegisteredAdviser a where lower(a.email) = lower(?1)")
    boolean isRegistered(String email);
}
