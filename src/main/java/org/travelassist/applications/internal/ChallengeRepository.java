package org.travelassist.applications.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.travelassist.applications.ChallengeStage;

interface ChallengeRepository extends JpaRepository<Challenge, UUID> {

    List<Challenge> findByApplicationIdOrderByStageAsc(UUID applicationId);

    Optional<Challenge> findByApplicationIdAndStage(UUID applicationId, ChallengeStage stage);
}
