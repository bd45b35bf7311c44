package org.travelassist.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.travelassist.reporting.ReportFilter;
import org.travelassist.reporting.SchoolChoice;
import org.travelassist.shared.WorkingDays;

/**
 * The dashboard's SQL, over the read models of {@code V202612020001__reporting_read_models.sql}. Every figure is
 * counted by PostgreSQL; Java only lays the counted rows out.
 */
@Component
public class DashboardQueries {

    /** The filter's school and SEN conditions on {@code reporting_application r}. */
    private static final String FILTER = """
            (cast(:school as varchar) is null or r.school_urn = :school)
            and (cast(:sen as boolean) is null or r.sen = :sen)""";

    private final JdbcClient jdbc;
    private final String holidays;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.holidays = WorkingDays.bankHolidays().stream().sorted().map(LocalDate::toString)
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** Applications received, decided, and decided by their due date, in one month. */
    public record MonthCount(YearMonth month, long received, long decided, long decidedOnTime) {}

    public List<MonthCount> decisionsByMonth(ReportFilter filter) {
        return jdbc.sql("""
                        select month, sum(received) as received, sum(decided) as decided, sum(on_time) as on_time
                        from (select date_trunc('month', r.received_on)::date as month, 1 as received, 0 as decided, 0 as on_time
                              from reporting_application r
                              where r.received_on between :first and :last and %1$s
                              union all
                              select date_trunc('month', r.decided_on)::date, 0, 1,
                                     case when r.decided_on <= r.decision_due then 1 else 0 end
                              from reporting_application r
                              where r.decided_on between :first and :last and %1$s) counted
                        group by month
                        order by month""".formatted(FILTER))
                .param("first", filter.year().first()).param("last", filter.year().last())
                .param("school", filter.schoolUrn()).param("sen", filter.sen().sql())
                .query((rs, n) -> new MonthCount(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("received"),
                        rs.getLong("decided"), rs.getLong("on_time")))
                .list();
    }

    /**
     * Open applications in one status now, and how many of them are overdue: due before {@code lastWorkingDay}, the
     * last working day up to today, so at least one working day has passed since the step was due (as the work queue
     * counts it). The caller works that day out once, so PostgreSQL compares a date per row instead of counting days.
     */
    public record OpenCount(String status, long open, long overdue) {}

    public List<OpenCount> openWork(ReportFilter filter, List<String> openStatuses, LocalDate lastWorkingDay) {
        return jdbc.sql("""
                        select r.status, count(*) as open, count(*) filter (where r.current_due < :lastWorkingDay) as overdue
                        from reporting_application r
                        where r.status in (:open) and %s
                        group by r.status""".formatted(FILTER))
                .param("lastWorkingDay", lastWorkingDay).param("open", openStatuses)
                .param("school", filter.schoolUrn()).param("sen", filter.sen().sql())
                .query((rs, n) -> new OpenCount(rs.getString("status"), rs.getLong("open"), rs.getLong("overdue")))
                .list();
    }

    /**
     * Reviews (stage 1) or appeals (stage 2) asked for in the year: how many, decided, each outcome, decided by the
     * date due, and the average working days from the request to the outcome.
     */
    public record ChallengeCount(int stage, long requested, long decided, long upheld, long changed, long decidedOnTime,
            @Nullable BigDecimal averageWorkingDays) {}

    public List<ChallengeCount> challenges(ReportFilter filter) {
        return jdbc.sql("""
                        select c.stage, count(*) as requested, count(c.decided_on) as decided,
                               count(*) filter (where c.outcome = 'UPHELD') as upheld,
                               count(*) filter (where c.outcome = 'CHANGED') as changed,
                               count(*) filter (where c.decided_on <= c.due) as on_time,
                               round(avg(reporting_working_days_between(c.requested_on, c.decided_on, cast(:holidays as date[])))
                                     filter (where c.decided_on is not null), 1) as average_days
                        from reporting_challenge c
                        join reporting_application r on r.id = c.application_id
                        where c.requested_on between :first and :last and %s
                        group by c.stage""".formatted(FILTER))
                .param("first", filter.year().first()).param("last", filter.year().last()).param("holidays", holidays)
                .param("school", filter.schoolUrn()).param("sen", filter.sen().sql())
                .query((rs, n) -> new ChallengeCount(rs.getInt("stage"), rs.getLong("requested"), rs.getLong("decided"),
                        rs.getLong("upheld"), rs.getLong("changed"), rs.getLong("on_time"), rs.getBigDecimal("average_days")))
                .list();
    }

    /** Children counted on one line of the DfE return: all, with SEN, without. */
    public record ReturnCount(String line, long children, long sen, long notSen) {}

    /**
     * The DfE return's children for a policy year, each child once per line. Lines: RECEIVED, ELIGIBLE, each
     * {@code Offer} name, PTB_AGREED and MILEAGE_ACCEPTED (from the budgets and claims modules' tables).
     */
    public List<ReturnCount> dfeReturn(ReportFilter filter) {
        return jdbc.sql("""
                        with decided as (
                            select r.child_id, r.sen,
                                   coalesce((select c.revised_eligible from challenge c where c.application_id = a.id and c.revised_at is not null
                                             order by c.stage desc limit 1), a.decision_eligible) as eligible,
                                   coalesce((select c.revised_offers from challenge c where c.application_id = a.id and c.revised_at is not null
                                             order by c.stage desc limit 1), a.decision_offers) as offers
                            from reporting_application r join application a on a.id = r.id
                            where r.decided_on between :first and :last),
                        lines as (
                            select 'RECEIVED' as line, r.child_id, r.sen from reporting_application r where r.received_on between :first and :last
                            union all
                            select 'ELIGIBLE', d.child_id, d.sen from decided d where d.eligible
                            union all
                            select offer, d.child_id, d.sen from decided d cross join unnest(string_to_array(d.offers, ',')) as offer where d.eligible
                            union all
                            select 'PTB_AGREED', r.child_id, r.sen from budget b join reporting_application r on r.id = b.application_id
                            where b.accepted_at is not null and (b.accepted_at at time zone 'Europe/London')::date <= :last
                              and (b.accepted_at at time zone 'Europe/London')::date >= :first
                            union all
                            select 'MILEAGE_ACCEPTED', r.child_id, r.sen from mileage_allowance_child m
                            join mileage_allowance ma on ma.id = m.allowance_id join reporting_application r on r.id = m.application_id
                            where ma.accepted_at is not null and (ma.accepted_at at time zone 'Europe/London')::date between :first and :last)
                        select line, count(distinct child_id) as children, count(distinct child_id) filter (where sen) as sen,
                               count(distinct child_id) filter (where not sen) as not_sen
                        from lines group by line""")
                .param("first", filter.year().first()).param("last", filter.year().last())
                .query((rs, n) -> new ReturnCount(rs.getString("line"), rs.getLong("children"), rs.getLong("sen"), rs.getLong("not_sen")))
                .list();
    }

    /** The schools families have applied for, by name. */
    public List<SchoolChoice> schools() {
        return jdbc.sql("""
                        select r.school_urn, min(r.school_name) as name
                        from reporting_application r
                        where r.school_urn is not null
                        group by r.school_urn
                        order by name, r.school_urn""")
                .query((rs, n) -> new SchoolChoice(rs.getString("school_urn"), String.valueOf(rs.getString("name"))))
                .list();
    }

    /** The day the first application was received, if any has been. */
    public Optional<LocalDate> firstReceived() {
        return jdbc.sql("select min(received_on) as first from reporting_application")
                .query((rs, n) -> Optional.ofNullable(rs.getObject("first", LocalDate.class))).single();
    }
}
