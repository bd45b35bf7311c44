-- A re-assessment line for a child who moved up a phase since the decision says which move ("Year 6 to Year 7").
alter table reassessment_change add column phase_move varchar(40);

-- Each family emailed to apply again before their child's post-16 year: once per child and policy year, however
-- often the job runs and on however many nodes.
create table reapply_reminder (
    id                 uuid primary key,
    child_id           uuid        not null,
    policy_year_starts date        not null,
    application_id     uuid        not null,
    household_id       uuid        not null,
    sent_at            timestamptz not null,
    constraint reapply_reminder_once unique (child_id, policy_year_starts)
);
