-- When an administrator last ended all of an account's sessions: every session signed in before it ends at its
-- next request.
alter table user_account add column sessions_ended_at timestamptz;
