-- Flyway runs this after every migration, as the schema's owner. The portal's runtime role (the placeholder
-- runtime_role, from travelassist.database.runtime-role) may read and write the tables, but may only add to and read
-- the audit trail and the payments ledger. It owns nothing, so it cannot alter a table or disable the audit trigger. Nothing is done when no
-- separate runtime role is configured or it does not exist.
do $$
declare
    runtime text := '${runtime_role}';
begin
    if runtime = '' or runtime = current_user or not exists (select from pg_roles where rolname = runtime) then
        return;
    end if;
    execute format('grant usage on schema %I to %I', current_schema(), runtime);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), runtime);
    execute format('grant usage, select, update on all sequences in schema %I to %I', current_schema(), runtime);
    execute format('revoke update, delete, truncate, references, trigger on audit_record from %I', runtime);
    execute format('revoke update, delete, truncate, references, trigger on ledger_entry, ledger_line from %I', runtime);
    execute format('revoke insert, update, delete, truncate, references, trigger on flyway_schema_history from %I', runtime);
    -- Each version of a household's bank details is written once: a change adds a row, so the portal may not alter one.
    if to_regclass('bank_details') is not null then
        execute format('revoke update, truncate, references, trigger on bank_details from %I', runtime);
    end if;
end
$$;
