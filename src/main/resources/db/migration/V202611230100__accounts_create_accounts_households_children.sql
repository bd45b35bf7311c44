-- People who sign in. Our own id is the key; the identity provider's subject is stored, never used as a key
-- (GOV.UK One Login's sub is pairwise and can change when an account is recreated).
create table household (
    id          uuid primary key,
    version     bigint      not null default 0,
    created_at  timestamptz not null
);

create table user_account (
    id                  uuid primary key,
    version             bigint       not null default 0,
    identity_provider   varchar(40)  not null,
    subject             varchar(255) not null,
    email               varchar(320),
    display_name        varchar(200),
    household_id        uuid references household (id),
    created_at          timestamptz  not null,
    last_signed_in_at   timestamptz  not null,
    constraint user_account_identity_unique unique (identity_provider, subject)
);
create index user_account_household_idx on user_account (household_id);

-- SENDIAS advisers the council recognises: a person signing in through the families provider with this
-- verified email address is an adviser, not a parent.
create table registered_adviser (
    id              uuid primary key,
    version         bigint       not null default 0,
    email           varchar(320) not null,
    organisation    varchar(200) not null,
    registered_at   timestamptz  not null
);
create unique index registered_adviser_email_unique on registered_adviser (lower(email));

create table child (
    id              uuid primary key,
    version         bigint       not null default 0,
    household_id    uuid         not null references household (id),
    full_name       varchar(100) not null,
    date_of_birth   date         not null,
    address_line1   varchar(100) not null,
    town            varchar(60),
    postcode        varchar(8)   not null,
    school_name     varchar(120),
    has_ehc_plan    boolean      not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create index child_household_idx on child (household_id);
