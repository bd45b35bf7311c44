-- The retention job (reporting.internal.RetentionRunner) marks what it anonymised, so that a second run changes nothing.
alter table application add column anonymised_at timestamptz;
alter table budget add column anonymised_at timestamptz;
alter table mileage_allowance add column anonymised_at timestamptz;
alter table mileage_claim add column anonymised_at timestamptz;
alter table payment_instruction add column anonymised_at timestamptz;

-- What each retention run did, with the periods it applied; each run is also in the audit trail.
create table retention_run (
    id          uuid primary key,
    ran_at      timestamptz   not null,
    applied_on  date          not null,
    run_by      uuid,
    run_by_name varchar(200),
    policy      jsonb         not null,
    counts      jsonb         not null
);
create index retention_run_ran_at_idx on retention_run (ran_at desc);

-- A payment in an approved run keeps its payee, amount, reference and run; only its progress is recorded, and,
-- once its financial records period has passed, the retention job may anonymise its payee and description, once.
create or replace function payment_instruction_is_fixed_in_an_approved_run() returns trigger
    language plpgsql as
$$
declare
    run_status varchar(20);
begin
    if old.run_id is null then
        return coalesce(new, old);
    end if;
    if tg_op = 'UPDATE' and old.anonymised_at is null and new.anonymised_at is not null
            and new.run_id is not distinct from old.run_id and new.amount_pence = old.amount_pence
            and new.statement_reference = old.statement_reference and new.household_id = old.household_id
            and new.status = old.status and new.payee_bank_details = old.payee_bank_details then
        return new;
    end if;
    select status into run_status from payment_run where id = old.run_id;
    if run_status in ('APPROVED', 'SUBMITTED', 'CLOSED') then
        if tg_op = 'DELETE' or new.run_id is distinct from old.run_id or new.amount_pence <> old.amount_pence
                or new.payee_bank_details <> old.payee_bank_details or new.payee_sort_code <> old.payee_sort_code
                or new.payee_account_number <> old.payee_account_number or new.payee_name <> old.payee_name
                or new.statement_reference <> old.statement_reference or new.household_id <> old.household_id
                or new.status in ('DUE', 'HELD', 'IN_RUN')
                or (new.status = 'CANCELLED' and old.status not in ('FAILED', 'CANCELLED')) then
            raise exception 'payment % is in an approved run: it cannot be changed', old.id;
        end if;
    end if;
    return coalesce(new, old);
end;
$$;
