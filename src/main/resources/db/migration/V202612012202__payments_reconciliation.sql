-- When the daily reconciliation ran and how many differences it found (each is also logged, and finance's page
-- shows them as they are now).
create table payments_reconciliation (
    ran_at       timestamptz primary key,
    differences  int         not null
);
