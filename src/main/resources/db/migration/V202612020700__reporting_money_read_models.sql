-- Reporting's read models of the money: budgets, mileage allowances and payments, each with the school and SEN of
-- the application it came from, so the dashboard's filters apply to them as to applications. States are the
-- modules' enum names (BudgetState, InstalmentState, AllowanceStatus, ClaimStatus, PaymentStatus), which the
-- dashboard passes as parameters; MoneyDashboardIT checks the figures against rows made with known answers.

-- Each decided application with whether the child was found eligible: by the latest revised offer after a review
-- or appeal, else by the first decision.
create view reporting_decided as
select r.id, r.child_id, r.school_urn, r.sen, r.status, r.decided_on,
       coalesce((select c.revised_eligible from challenge c
                 where c.application_id = r.id and c.revised_at is not null
                 order by c.stage desc limit 1), a.decision_eligible) as eligible
from reporting_application r
join application a on a.id = r.id
where r.decided_on is not null;

-- Personal transport budgets with the day (in England) a parent accepted them.
create view reporting_budget as
select b.id, b.child_id, b.application_id, b.state, (b.accepted_at at time zone 'Europe/London')::date as accepted_on,
       b.ends_on, r.school_urn, r.sen
from budget b
join reporting_application r on r.id = b.application_id;

-- Each child a mileage allowance carries (brothers and sisters at one school share one), with how many it carries:
-- a claim pays for the household's journeys, so its amount is shared equally between them.
create view reporting_mileage_child as
select k.allowance_id, k.child_id, k.application_id, m.status,
       (m.accepted_at at time zone 'Europe/London')::date as accepted_on,
       count(*) over (partition by k.allowance_id) as children,
       r.school_urn, r.sen
from mileage_allowance_child k
join mileage_allowance m on m.id = k.allowance_id
join reporting_application r on r.id = k.application_id;

-- One row per payment owed (a budget instalment or a mileage claim), however many times it was sent: the date it was
-- first due (its first attempt's), where its latest attempt stands and when that was paid, every status its attempts
-- reached, and how many attempts there were (a reissue after a failure is attempt 2, 3...). Written from the first
-- attempt with lookups on (source_kind, source_id, attempt), so a condition on due_on narrows it before any lookup.
create view reporting_payment as
select p.source_kind, p.source_id, p.due_on, latest.status, latest.paid_on, latest.attempt as attempts,
       (select array_agg(f.status) from payment_instruction f
        where f.source_kind = p.source_kind and f.source_id = p.source_id) as statuses
from payment_instruction p
cross join lateral (select l.status, l.paid_on, l.attempt from payment_instruction l
                    where l.source_kind = p.source_kind and l.source_id = p.source_id
                    order by l.attempt desc limit 1) latest
where p.attempt = 1;

-- The applications a payment is for, for the filters: an instalment's budget's, or every child's on a claim's
-- allowance. The kinds are payments.PaymentSource.Kind's names.
create view reporting_payment_application as
select 'BUDGET_INSTALMENT' as source_kind, i.id as source_id, b.application_id
from budget_instalment i
join budget b on b.id = i.budget_id
union all
select 'MILEAGE_CLAIM', c.id, k.application_id
from mileage_claim c
join mileage_allowance_child k on k.allowance_id = c.allowance_id;
