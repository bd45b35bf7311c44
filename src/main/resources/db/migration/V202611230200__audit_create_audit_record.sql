-- Append-only record of who did what, in which role, on whose behalf, when, with the record before and after.
create table audit_record (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz  not null,
    actor_id        uuid,
    actor_name      varchar(200),
    actor_role      varchar(40)  not null,
    on_behalf_of    uuid,
    action          varchar(20)  not null,
    record_type     varchar(60)  not null,
    record_id       varchar(64)  not null,
    household_id    uuid,
    before_state    jsonb,
    after_state     jsonb
);
create index audit_record_record_idx on audit_record (record_type, record_id);
create index audit_record_household_idx on audit_record (household_id);

-- The application can only add to the trail: changing or deleting a row fails in the database itself.
create function audit_record_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_record is append-only: % refused', tg_op;
end;
$$;

create trigger audit_record_append_only
    before update or delete or truncate on audit_record
    for each statement execute function audit_record_is_append_only();
