package org.travelassist.reporting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.travelassist.applications.ApplicationStatus;
import org.travelassist.budgets.BudgetState;
import org.travelassist.budgets.InstalmentState;
import org.travelassist.claims.AllowanceStatus;
import org.travelassist.claims.ClaimStatus;
import org.travelassist.payments.PaymentStatus;
import org.travelassist.reporting.ReportFilter;

/**
 * The dashboard's money figures in SQL, over the read models of {@code V202612020700__reporting_money_read_models.sql}:
 * take-up, what budgets and mileage cost, and how payments went. PostgreSQL counts and sums; Java lays the rows out.
 */
@Component
public class MoneyQueries {

    private final JdbcClient jdbc;

    MoneyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filter's school and SEN conditions on a read model with {@code school_urn} and {@code sen}. */
    private static String filter(String alias) {
        return "(cast(:school as varchar) is null or %1$s.school_urn = :school) and (cast(:sen as boolean) is null or %1$s.sen = :sen)"
                .formatted(alias);
    }

    private static List<String> agreedBudget() {
        return Arrays.stream(BudgetState.values()).filter(BudgetState::agreed).map(Enum::name).toList();
    }

    /** Children at the end of one month: eligible with transport, and of them on a budget, on mileage, on either. */
    public record TakeUpMonth(YearMonth month, long eligible, long budget, long mileage, long either) {}

    /** Month by month from {@code first}'s month to {@code until}'s. */
    public List<TakeUpMonth> takeUp(ReportFilter filter, LocalDate first, LocalDate until) {
        return jdbc.sql("""
                        with months as (
                            select m::date as first, (m + interval '1 month' - interval '1 day')::date as last
                            from generate_series(cast(:first as date), cast(:until as date), interval '1 month') m),
                        eligible as (
                            select d.child_id, min(d.decided_on) as since
                            from reporting_decided d
                            where d.eligible and d.status <> :withdrawn and %1$s
                            group by d.child_id),
                        arranged as (
                            select 'BUDGET' as kind, b.child_id, b.accepted_on as since, coalesce(b.ends_on, 'infinity'::date) as until
                            from reporting_budget b
                            where b.state in (:agreed) and b.accepted_on is not null and %2$s
                            union all
                            select 'MILEAGE', m.child_id, m.accepted_on, 'infinity'::date
                            from reporting_mileage_child m
                            where m.status = :accepted and m.accepted_on is not null and %3$s)
                        select mo.first as month,
                               (select count(*) from eligible e where e.since <= mo.last) as eligible,
                               count(distinct a.child_id) filter (where a.kind = 'BUDGET') as budget,
                               count(distinct a.child_id) filter (where a.kind = 'MILEAGE') as mileage,
                               count(distinct a.child_id) as either
                        from months mo
                        left join (arranged a join eligible e on e.child_id = a.child_id)
                               on a.since <= mo.last and a.until >= mo.first and e.since <= mo.last
                        group by mo.first, mo.last
                        order by mo.first""".formatted(filter("d"), filter("b"), filter("m")))
                .param("first", first).param("until", until)
                .param("withdrawn", ApplicationStatus.WITHDRAWN.name()).param("agreed", agreedBudget())
                .param("accepted", AllowanceStatus.ACCEPTED.name())
                .param("school", filter.schoolUrn()).param("sen", filter.sen().sql())
                .query((rs, n) -> new TakeUpMonth(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("eligible"),
                        rs.getLong("budget"), rs.getLong("mileage"), rs.getLong("either")))
                .list();
    }

    /**
     * What one kind of arrangement cost in the year for children with or without SEN: how many children, the pence,
     * and the days the money covered (each child's days counted once however many payments covered them).
     *
     * @param kind BUDGET or MILEAGE
     */
    public record CostGroup(String kind, boolean sen, long children, long pence, long days) {}

    /** The groups, and the children with either in {@code children} of the row whose kind is "ALL". */
    public List<CostGroup> costs(ReportFilter filter) {
        var approved = EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.PAID, ClaimStatus.PAYMENT_FAILED).stream().map(Enum::name).toList();
        return jdbc.sql("""
                        with budgets as (
                            select b.child_id, bool_or(b.sen) as sen, sum(i.amount_pence) as pence,
                                   range_agg(daterange(i.covers_from, i.covers_to, '[]')) as days
                            from reporting_budget b
                            join budget_instalment i on i.budget_id = b.id
                            where b.state in (:agreed) and i.state <> :cancelled and i.due_on between :first and :last and %1$s
                            group by b.child_id),
                        mileage as (
                            select m.child_id, bool_or(m.sen) as sen, sum(c.amount_pence::numeric / m.children) as pence,
                                   range_agg(daterange(c.period_from, c.period_to, '[]')) as days
                            from reporting_mileage_child m
                            join mileage_claim c on c.allowance_id = m.allowance_id
                            where c.status in (:approved) and c.period_from between :first and :last and %2$s
                            group by m.child_id),
                        children as (
                            select 'BUDGET' as kind, child_id, sen, pence, days from budgets
                            union all
                            select 'MILEAGE', child_id, sen, pence, days from mileage)
                        select case when grouping(kind) = 1 then 'ALL' else kind end as kind, coalesce(sen, false) as sen,
                               count(distinct child_id) as children, coalesce(round(sum(pence)), 0) as pence,
                               coalesce(sum((select sum(upper(d) - lower(d)) from unnest(days) d)), 0) as days
                        from children
                        group by grouping sets ((kind, sen), ())""".formatted(filter("b"), filter("m")))
                .param("first", filter.year().first()).param("last", filter.year().last())
                .param("agreed", agreedBudget()).param("cancelled", InstalmentState.CANCELLED.name()).param("approved", approved)
                .param("school", filter.schoolUrn()).param("sen", filter.sen().sql())
                .query((rs, n) -> new CostGroup(rs.getString("kind"), rs.getBoolean("sen"), rs.getLong("children"), rs.getLong("pence"),
                        rs.getLong("days")))
                .list();
    }

    /** Payments first due in one month, counted once each however many times they were sent. */
    public record PaymentMonth(YearMonth month, long due, long paidOnTime, long paidLate, long failed, long reissued, long outstanding,
            long cancelled) {}

    public List<PaymentMonth> payments(ReportFilter filter) {
        var failed = List.of(PaymentStatus.FAILED.name(), PaymentStatus.REISSUED.name());
        var outstanding = EnumSet.complementOf(EnumSet.of(PaymentStatus.PAID, PaymentStatus.CANCELLED, PaymentStatus.REISSUED)).stream()
                .map(Enum::name).toList();
        return jdbc.sql("""
                        select date_trunc('month', p.due_on)::date as month, count(*) as due,
                               count(*) filter (where p.status = :paid and p.paid_on <= p.due_on) as on_time,
                               count(*) filter (where p.status = :paid and p.paid_on > p.due_on) as late,
                               count(*) filter (where p.statuses && cast(array[:failed] as varchar[])) as failed,
                               count(*) filter (where p.attempts > 1) as reissued,
                               count(*) filter (where p.status in (:outstanding)) as outstanding,
                               count(*) filter (where p.status = :cancelled) as cancelled
                        from reporting_payment p
                        where p.due_on between :first and :last
                          and ((cast(:school as varchar) is null and cast(:sen as boolean) is null)
                               or exists (select 1 from reporting_payment_application pa
                                          join reporting_application r on r.id = pa.application_id
                                          where pa.source_kind = p.source_kind and pa.source_id = p.source_id and %s))
                        group by month
                        order by month""".formatted(filter("r")))
                .param("first", filter.year().first()).param("last", filter.year().last())
                .param("paid", PaymentStatus.PAID.name()).param("failed", failed).param("outstanding", outstanding)
                .param("cancelled", PaymentStatus.CANCELLED.name())
                .param("school", filter.schoolUrn()).param("sen", filter.sen().sql())
                .query((rs, n) -> new PaymentMonth(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("due"),
                        rs.getLong("on_time"), rs.getLong("late"), rs.getLong("failed"), rs.getLong("reissued"), rs.getLong("outstanding"),
                        rs.getLong("cancelled")))
                .list();
    }

}
