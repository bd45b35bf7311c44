package org.travelassist.applications.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.travelassist.applications.ApplicationDetails;

interface LetterRepository extends JpaRepository<Letter, UUID> {

    /** The application's letters as a page lists them, oldest first, without their PDFs (read only when one is opened). */
    @Query("""
            select new org.travelassist.applications.ApplicationDetails$LetterFile(l.id, l.title, l.createdAt)
            from Letter l where l.applicationId = :applicationId order by l.createdAt""")
    List<ApplicationDetails.LetterFile> listed(UUID applicationId);
}
