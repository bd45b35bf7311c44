-- Payment runs: a finance officer gathers every due instruction for a run date, a second finance officer approves
-- it, then it is sent. Once approved, nothing about the run or its payments can change but their progress.
create sequence payment_run_number_seq;
create table payment_run (
    id                uuid         primary key,
    version           bigint       not null,
    run_number        bigint       not null unique,
    run_date          date         not null,
    status            varchar(20)  not null check (status in ('OPEN', 'APPROVED', 'SUBMITTED', 'CLOSED', 'DISCARDED')),
    gateway           varchar(20)  not null,
    payment_count     int          not null,
    total_pence       bigint       not null,
    created_by        uuid         not null,
    created_by_name   varchar(200) not null,
    created_at        timestamptz  not null,
    approved_by       uuid,
    approved_by_name  varchar(200),
    approved_at       timestamptz,
    submitted_at      timestamptz,
    closed_at         timestamptz,
    constraint payment_run_four_eyes check (approved_by is null or approved_by <> created_by)
);
create index payment_run_status_idx on payment_run (status);

-- One instruction per payment due: the payee copied as it was, the amount, the statement reference and the source.
-- A failed payment is reissued as a new instruction for the same source (attempt 2, 3…); only one is ever live.
create table payment_instruction (
    id                   uuid         primary key,
    version              bigint       not null,
    source_kind          varchar(30)  not null,
    source_id            uuid         not null,
    attempt              int          not null,
    reissue_of           uuid         references payment_instruction (id),
    household_id         uuid         not null,
    payee_bank_details   uuid         not null,
    payee_name           varchar(200) not null,
    payee_sort_code      varchar(6)     not null,
    payee_account_number varchar(8)     not null,
    payee_roll_number    varchar(18),
    amount_pence         bigint       not null check (amount_pence > 0),
    due_on               date         not null,
    statement_reference  varchar(18)  not null,
    description          varchar(200) not null,
    status               varchar(20)  not null check (status in
                             ('DUE', 'HELD', 'IN_RUN', 'APPROVED', 'SENT', 'PAID', 'FAILED', 'REISSUED', 'CANCELLED')),
    held_reason          varchar(300),
    run_id               uuid         references payment_run (id),
    idempotency_key      varchar(100),
    gateway_reference    varchar(100),
    sent_on              date,
    expected_on          date,
    paid_on              date,
    failed_on            date,
    failure_reason       varchar(300),
    cancelled_reason     varchar(300),
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    unique (source_kind, source_id, attempt)
);
create unique index payment_instruction_one_live_per_source on payment_instruction (source_kind, source_id)
    where status not in ('REISSUED');
create index payment_instruction_household_idx on payment_instruction (household_id);
create index payment_instruction_status_idx on payment_instruction (status);
create index payment_instruction_run_idx on payment_instruction (run_id);
create unique index payment_instruction_gateway_reference on payment_instruction (gateway_reference);

create table payment_instruction_line (
    instruction_id uuid         not null references payment_instruction (id),
    line_no        int          not null,
    text           varchar(300) not null,
    amount_pence   bigint       not null,
    primary key (instruction_id, line_no)
);

-- When each household last changed its bank details (from accounts' BankDetailsChanged): payments to a household
-- whose details changed recently wait for an officer.
create table payments_bank_change (
    household_id  uuid         primary key,
    changed_at    timestamptz  not null
);

-- An approved run is fixed: its date, gateway, count, total and people never change, and it only moves forward.
create function payment_run_is_fixed_once_approved() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'OPEN' and old.status <> 'DISCARDED' then
            raise exception 'payment run % is approved: it cannot be deleted', old.run_number;
        end if;
        return old;
    end if;
    if old.status in ('APPROVED', 'SUBMITTED', 'CLOSED') and (
            new.run_date <> old.run_date or new.gateway <> old.gateway or new.payment_count <> old.payment_count
            or new.total_pence <> old.total_pence or new.created_by <> old.created_by
            or new.approved_by is distinct from old.approved_by or new.approved_at is distinct from old.approved_at
            or new.status in ('OPEN', 'DISCARDED')
            or (old.status = 'SUBMITTED' and new.status = 'APPROVED')
            or (old.status = 'CLOSED' and new.status <> 'CLOSED')) then
        raise exception 'payment run % is approved: it cannot be changed', old.run_number;
    end if;
    return new;
end;
$$;
create trigger payment_run_fixed
    before update or delete on payment_run
    for each row execute function payment_run_is_fixed_once_approved();

-- A payment in an approved run keeps its payee, amount, reference and run; only its progress is recorded.
create function payment_instruction_is_fixed_in_an_approved_run() returns trigger
    language plpgsql as
$$
declare
    run_status varchar(20);
begin
    if old.run_id is null then
        return coalesce(new, old);
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
create trigger payment_instruction_fixed
    before update or delete on payment_instruction
    for each row execute function payment_instruction_is_fixed_in_an_approved_run();
