package org.travelassist.applications.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.travelassist.applications.ApplicationQuestions;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.applications.ChallengeStage;

/**
 * The officers' work queue in SQL, one page at a time: the open applications with the date each one's current step
 * is due (the decision, or the review's or appeal's), whether it concerns special educational needs, filtered,
 * sorted soonest due first and counted by PostgreSQL. Only the page's rows leave the database, none of the answers
 * or stored eligibility results that loading every open application as an entity used to bring (about 2,800 at the
 * September peak, 10 s to open).
 */
@Component
public class WorkQueueQuery {

    /** One line of the queue as stored; Casework adds the working days left. */
    public record Row(UUID id, String reference, String childName, @Nullable String schoolUrn, @Nullable String schoolName,
            ApplicationStatus status, Instant submittedAt, LocalDate due, boolean sen, @Nullable UUID assignedTo,
            @Nullable String assignedName) {}

    /**
     * What to select. {@code overdueBefore}: only applications due before this day (the last working day up to today,
     * so that a step due on a weekend is overdue from the next working day, as the working days left count it).
     */
    public record Criteria(Collection<ApplicationStatus> open, Collection<ApplicationStatus> reviewClock,
            Collection<ApplicationStatus> appealClock, @Nullable ApplicationStatus status, @Nullable String school,
            @Nullable LocalDate overdueBefore, boolean senOnly, @Nullable UUID assignedTo) {}

    private static final String QUEUE = """
            with queue as (
                select a.id, a.reference, a.child_name, a.school_urn, a.school_name, a.status, a.submitted_at, a.decision_due,
                       a.assigned_to, a.assigned_name,
                       case when a.status in (:reviewClock) then (select coalesce(c.outcome_by, c.respond_by) from challenge c
                                                                 where c.application_id = a.id and c.stage = :review)
                            when a.status in (:appealClock) then (select coalesce(c.outcome_by, c.respond_by) from challenge c
                                                                 where c.application_id = a.id and c.stage = :appeal)
                            else a.decision_due end as due,
                       (a.has_ehc_plan or (a.answers ->> :ehcPlan) is distinct from 'none'
                            or coalesce(a.answers ->> :needs, '') !~ '^\\s*$') as sen
                from application a
                where a.status in (:open))
            select %s
            from queue q
            where (cast(:status as varchar) is null or q.status = :status)
              and (cast(:school as varchar) is null or strpos(lower(coalesce(q.school_name, '')), lower(:school)) > 0)
              and (cast(:overdueBefore as date) is null or q.due < :overdueBefore)
              and (not :senOnly or q.sen)
              and (cast(:assignedTo as uuid) is null or q.assigned_to = :assignedTo)
            %s""";

    private final JdbcClient jdbc;

    WorkQueueQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows from {@code offset}, at most {@code limit}, soonest due first (then the longest waiting). */
    public List<Row> page(Criteria criteria, int offset, int limit) {
        return bind(QUEUE.formatted("q.*", "order by q.due, q.decision_due, q.submitted_at, q.id limit :limit offset :offset"), criteria)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("child_name"),
                        rs.getString("school_urn"), rs.getString("school_name"), ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("submitted_at").toInstant(), rs.getObject("due", LocalDate.class), rs.getBoolean("sen"),
                        rs.getObject("assigned_to", UUID.class), rs.getString("assigned_name")))
                .list();
    }

    /** How many rows the criteria select in all. */
    public int count(Criteria criteria) {
        return bind(QUEUE.formatted("count(*)", ""), criteria).query(Integer.class).single();
    }

    private JdbcClient.StatementSpec bind(String sql, Criteria criteria) {
        return jdbc.sql(sql)
                .param("open", names(criteria.open())).param("reviewClock", names(criteria.reviewClock()))
                .param("appealClock", names(criteria.appealClock()))
                .param("review", ChallengeStage.REVIEW.number).param("appeal", ChallengeStage.APPEAL.number)
                .param("ehcPlan", ApplicationQuestions.EHC_PLAN).param("needs", ApplicationQuestions.NEEDS)
                .param("status", criteria.status() == null ? null : criteria.status().name())
                .param("school", criteria.school() == null || criteria.school().isBlank() ? null : criteria.school().strip())
                .param("overdueBefore", criteria.overdueBefore())
                .param("senOnly", criteria.senOnly())
                .param("assignedTo", criteria.assignedTo());
    }

    /** Never empty: {@code in ()} is not SQL. */
    private static List<String> names(Collection<ApplicationStatus> statuses) {
        return statuses.isEmpty() ? List.of("") : statuses.stream().map(Enum::name).toList();
    }
}
