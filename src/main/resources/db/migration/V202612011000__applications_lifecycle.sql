-- The application's life is one table of transitions (ApplicationStatus). Who withdrew an application, and when.
alter table application add column withdrawn_by uuid;
alter table application add column withdrawn_at timestamptz;

-- Reviews and appeals share one outcome: the decision stands (UPHELD) or is changed (CHANGED). An appeal the panel
-- allowed was stored as ALLOWED.
update challenge set outcome = 'CHANGED' where outcome = 'ALLOWED';
alter table challenge add constraint challenge_outcome_known check (outcome in ('UPHELD', 'CHANGED'));
alter table challenge add constraint challenge_hearing_mode_known check (hearing_mode in ('IN_PERSON', 'REMOTE'));
alter table challenge add constraint challenge_stage_known check (stage in (1, 2));
