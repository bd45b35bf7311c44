-- Local demo only (db/demo is on the Flyway path in the local profile). Repeatable and idempotent, so it runs after
-- every versioned migration and never blocks a newer one from being applied to an existing local database.
-- The demo adviser is a registered SENDIAS adviser.
insert into registered_adviser (id, email, organisation, registered_at)
values ('6f1d2a52-3c1e-4d55-9a3b-2b7f0f7f0a01', 'sam.adebayo@sendias.example.org', 'Rutland SENDIAS', now())
on conflict do nothing;
