-- A family's consent for a SENDIAS adviser to act for it: invited by email with a one-time code (only its hash is
-- kept), accepted by the adviser, limited in scope and time, revocable at once.
create table adviser_consent (
    id                  uuid primary key,
    version             bigint       not null default 0,
    household_id        uuid         not null references household (id),
    adviser_email       varchar(320) not null,
    code_hash           varchar(64)  not null,
    code_expires_at     timestamptz  not null,
    scopes              varchar(100) not null,
    months              int          not null,
    invited_by          uuid         not null references user_account (id),
    invited_at          timestamptz  not null,
    adviser_id          uuid references user_account (id),
    starts_at           timestamptz,
    expires_at          timestamptz,
    revoked_at          timestamptz
);
create index adviser_consent_household_idx on adviser_consent (household_id);
create index adviser_consent_adviser_idx on adviser_consent (adviser_id);
create unique index adviser_consent_code_unique on adviser_consent (code_hash);

-- The child's one-page travel passport for drivers and passenger assistants.
create table travel_passport (
    id                  uuid primary key,
    version             bigint        not null default 0,
    child_id            uuid          not null unique references child (id) on delete cascade,
    communication       varchar(2000) not null default '',
    what_helps          varchar(2000) not null default '',
    what_upsets         varchar(2000) not null default '',
    medical             varchar(2000) not null default '',
    equipment           varchar(2000) not null default '',
    emergency_contacts  varchar(2000) not null default '',
    updated_at          timestamptz   not null
);
