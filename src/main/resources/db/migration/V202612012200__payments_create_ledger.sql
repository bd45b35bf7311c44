-- The payments ledger: double-entry and append-only, in whole pence. An entry is posted once per fact it records
-- (its idempotency key); a correction is a new entry that reverses one (at most one reversal per entry). Balances
-- are sums of lines, never stored.
create table ledger_entry (
    id               uuid         primary key,
    idempotency_key  varchar(120) not null unique,
    kind             varchar(20)  not null check (kind in ('DUE', 'SENT', 'PAID', 'FAILED', 'CANCELLED')),
    instruction_id   uuid,
    household_id     uuid         not null,
    reverses         varchar(120) unique references ledger_entry (idempotency_key),
    posted_on        date         not null,
    posted_at        timestamptz  not null,
    description      varchar(200) not null
);
create index ledger_entry_instruction_idx on ledger_entry (instruction_id);

create table ledger_line (
    entry_id      uuid        not null references ledger_entry (id),
    line_no       smallint    not null,
    account       varchar(30) not null check (account in ('TRAVEL_SUPPORT', 'OWED_TO_HOUSEHOLD', 'IN_FLIGHT', 'COUNCIL_BANK')),
    household_id  uuid        not null,
    amount_pence  bigint      not null check (amount_pence <> 0),
    primary key (entry_id, line_no)
);
create index ledger_line_household_idx on ledger_line (household_id, account);
create index ledger_line_account_idx on ledger_line (account);

-- Like the audit trail: the application can only add to the ledger.
create function ledger_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % refused; post a reversing entry instead', tg_table_name, tg_op;
end;
$$;

create trigger ledger_entry_append_only
    before update or delete or truncate on ledger_entry
    for each statement execute function ledger_is_append_only();
create trigger ledger_line_append_only
    before update or delete or truncate on ledger_line
    for each statement execute function ledger_is_append_only();

-- Every entry balances, checked when the transaction commits (its lines arrive one by one).
create function ledger_entry_balances() returns trigger
    language plpgsql as
$$
declare
    total bigint;
    lines int;
begin
    select coalesce(sum(amount_pence), 0), count(*) into total, lines from ledger_line where entry_id = new.entry_id;
    if total <> 0 or lines < 2 then
        raise exception 'ledger entry % does not balance: % lines adding up to % pence', new.entry_id, lines, total;
    end if;
    return null;
end;
$$;

create constraint trigger ledger_line_balanced
    after insert on ledger_line
    deferrable initially deferred
    for each row execute function ledger_entry_balances();
