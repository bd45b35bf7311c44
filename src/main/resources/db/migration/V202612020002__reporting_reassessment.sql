-- Children with transport now: each child's latest decided application, if the decision it rests on (the latest
-- revised offer after a review or appeal, else the first decision) found the child eligible. Withdrawn ones are not.
create view reporting_current_transport as
select latest.application_id, latest.child_id, latest.household_id, latest.school_urn
from (select distinct on (a.child_id)
             a.id as application_id, a.child_id, a.household_id, a.school_urn,
             coalesce((select c.revised_eligible from challenge c
                       where c.application_id = a.id and c.revised_at is not null
                       order by c.stage desc limit 1), a.decision_eligible) as eligible
      from application a
      where a.decided_at is not null and a.status <> 'WITHDRAWN'
      order by a.child_id, a.decided_at desc) latest
where latest.eligible;

-- Each run of the annual re-assessment: why it ran, under which policy, and what it found.
create table reassessment_run (
    id               uuid primary key,
    started_at       timestamptz  not null,
    finished_at      timestamptz  not null,
    reason           varchar(20)  not null check (reason in ('POLICY_YEAR', 'POLICY_CHANGED', 'ON_DEMAND')),
    policy_version   varchar(50)  not null,
    run_by           uuid,
    run_by_name      varchar(200),
    children_checked integer      not null,
    children_changed integer      not null,
    not_checked      integer      not null
);
create index reassessment_run_started_idx on reassessment_run (started_at desc);

-- One child whose entitlement would change, or who could not be checked, with why, beside the stored decision.
create table reassessment_change (
    id             uuid primary key,
    run_id         uuid          not null references reassessment_run (id),
    application_id uuid          not null,
    reference      varchar(20)   not null,
    child_name     varchar(100)  not null,
    school_name    varchar(200),
    decided        varchar(1000) not null,
    found_now      varchar(1000) not null,
    why            varchar(4000) not null
);
create index reassessment_change_run_idx on reassessment_change (run_id);
