-- Reporting's read model of applications: one row per application sent to the council, with the days that count
-- (in England's time zone), whether it concerns special educational needs, and the date its current step is due.
-- The dashboard reads only this view and the challenge table, so a change to applications' tables is one change here.
--
-- "sen" is Casework.sen: an EHC plan (final or being assessed; no answer counts as not "none"), or needs described.
-- "current_due" is Casework.currentDeadline: the decision due date before a decision, the review's or the appeal's
-- own date while one is open (the panel's letter once a hearing is arranged), nothing once nothing is waiting.
-- ReadModelsIT checks both against Casework's work queue.
create view reporting_application as
select a.id,
       a.household_id,
       a.child_id,
       a.school_urn,
       a.school_name,
       a.status,
       (a.submitted_at at time zone 'Europe/London')::date as received_on,
       (a.decided_at at time zone 'Europe/London')::date as decided_on,
       a.decision_due,
       (a.has_ehc_plan
            or (a.answers ->> 'ehcPlan') is distinct from 'none'
            or btrim(coalesce(a.answers ->> 'needs', '')) <> '') as sen,
       case
           when a.status in ('SUBMITTED', 'BEING_ASSESSED', 'INFORMATION_NEEDED') then a.decision_due
           when a.status = 'REVIEW_REQUESTED' then
               (select coalesce(c.outcome_by, c.respond_by) from challenge c where c.application_id = a.id and c.stage = 1)
           when a.status in ('APPEAL_REQUESTED', 'HEARING_ARRANGED') then
               (select coalesce(c.outcome_by, c.respond_by) from challenge c where c.application_id = a.id and c.stage = 2)
       end as current_due
from application a
where a.submitted_at is not null;

-- Stage 1 reviews and stage 2 appeals, with their days in England's time zone and the date each was due.
create view reporting_challenge as
select c.id,
       c.application_id,
       c.stage,
       c.outcome,
       (c.requested_at at time zone 'Europe/London')::date as requested_on,
       (c.decided_at at time zone 'Europe/London')::date as decided_on,
       coalesce(c.outcome_by, c.respond_by) as due
from challenge c;

-- Working days after from_day up to and including to_day, as shared.WorkingDays.workingDaysBetween counts them:
-- Monday to Friday except the bank holidays, which the caller passes from WorkingDays.bankHolidays().
create function reporting_working_days_between(from_day date, to_day date, holidays date[]) returns integer
    language sql immutable as
$$
select count(*)::integer
from generate_series(from_day + 1, to_day, interval '1 day') as d(day)
where extract(isodow from d.day) < 6
  and not (d.day::date = any (holidays))
$$;
