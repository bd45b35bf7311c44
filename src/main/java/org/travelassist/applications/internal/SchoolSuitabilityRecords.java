package org.travelassist.applications.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.eligibility.CaseInputs;
import org.travelassist.eligibility.EligibilityQuestion.Sex;
import org.travelassist.eligibility.SchoolMark;
import org.travelassist.shared.RecordChanged;

/**
 * What an application tells the rules beyond the checker's questions: the school the EHC plan names, the
 * officer's category A and B judgements, and the officer's findings about which schools suit the child.
 */
@Component
public class SchoolSuitabilityRecords {

    static final String RECORD_TYPE = "SchoolSuitability";

    private final SchoolSuitabilityRepository suitability;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SchoolSuitabilityRecords(SchoolSuitabilityRepository suitability, ApplicationEventPublisher events, Clock clock) {
        this.suitability = suitability;
        this.events = events;
        this.clock = clock;
    }

    public Optional<SchoolSuitability> find(UUID applicationId) {
        return suitability.findByApplicationId(applicationId);
    }

    /** The rules' inputs for this application, with the officer's judgements as recorded so far. */
    public CaseInputs inputs(Application application) {
        return inputs(application, application.getOfficerCannotWalk(), application.getOfficerRouteUnsafe());
    }

    /** The same, with category A and B judgements about to be recorded. */
    public CaseInputs inputs(Application application, @Nullable Boolean cannotWalk, @Nullable Boolean routeUnsafe) {
        var inputs = CaseInputs.judged(cannotWalk, routeUnsafe).withEhcpNamedSchools(ehcpNamedSchools(application));
        return find(application.getId())
                .map(found -> inputs.withSuitability(found.getChildSex(), found.getSelectiveSuitable(), found.getSchoolMarks()))
                .orElse(inputs);
    }

    /** The family said the final plan names the school they chose (Schedule 35B para 15(3) for an independent school). */
    static List<String> ehcpNamedSchools(Application application) {
        return ApplicationQuestions.ehcPlanNamesChosenSchool(application.getAnswers()) && application.getSchoolUrn() != null
                ? List.of(application.getSchoolUrn()) : List.of();
    }

    /** Records the officer's findings, audited with what they were before. */
    public SchoolSuitability record(Application application, @Nullable Sex sex, @Nullable Boolean selectiveSuitable,
            List<SchoolMark> marks, String byName) {
        var existing = find(application.getId());
        var record = existing.orElseGet(() -> new SchoolSuitability(application.getId(), byName, clock.instant()));
        var before = existing.map(SchoolSuitability::snapshot).orElse(null);
        record.record(sex, selectiveSuitable, marks, byName, clock.instant());
        suitability.save(record);
        events.publishEvent(before == null
                ? RecordChanged.created(RECORD_TYPE, record.getId(), application.getHouseholdId(), record.snapshot())
                : RecordChanged.changed(RECORD_TYPE, record.getId(), application.getHouseholdId(), before, record.snapshot()));
        return record;
    }
}
