package org.travelassist.applications.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineEventRepository extends JpaRepository<TimelineEvent, UUID> {

    List<TimelineEvent> findByApplicationIdOrderByOccurredAtAsc(UUID applicationId);
}
