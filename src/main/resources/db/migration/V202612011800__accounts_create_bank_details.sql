-- The bank account a household's travel payments go to. One row per version: a change adds a row and the newest
-- revision is current; old rows stay, because payments copied them. The account and roll numbers are encrypted by
-- the portal (AES-256-GCM, key from travelassist.bank-details.key) and only the last four digits are kept in clear,
-- for the masked display.
create table bank_details (
    id                      uuid primary key,
    version                 bigint       not null default 0,
    household_id            uuid         not null references household (id),
    revision                int          not null check (revision > 0),
    account_name            varchar(60)  not null,
    sort_code               varchar(6)   not null check (sort_code ~ '^[0-9]{6}$'),
    account_number_cipher   bytea        not null,
    account_ending          varchar(4)   not null check (account_ending ~ '^[0-9]{4}$'),
    roll_number_cipher      bytea,
    changed_by              uuid         not null references user_account (id),
    changed_by_name         varchar(200) not null,
    changed_at              timestamptz  not null,
    -- Two saves racing for one household cannot both become the current version.
    constraint bank_details_one_revision unique (household_id, revision)
);
