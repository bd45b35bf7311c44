-- Mileage allowances and claims (issue 12). One allowance per household per school: siblings at the same school
-- share it. A day is never paid twice: at most one counted row per allowance and day, whatever the route.
create table mileage_allowance (
    id uuid primary key,
    version bigint not null,
    household_id uuid not null,
    school_urn varchar(16) not null,
    school_name varchar(200) not null,
    road_metres bigint not null,
    one_way_miles_hundredths bigint not null,
    distance_method text not null,
    indicative boolean not null,
    rate_pence integer not null,
    higher_rate_above_miles integer,
    higher_rate_pence integer,
    full_day_legs integer not null,
    half_day_legs integer not null,
    policy_version varchar(64) not null,
    starts_on date not null,
    status varchar(16) not null,
    accepted_at timestamptz,
    accepted_by uuid,
    accepted_by_name varchar(200),
    created_at timestamptz not null,
    constraint mileage_allowance_one_per_household_and_school unique (household_id, school_urn)
);

create table mileage_allowance_child (
    id uuid primary key,
    allowance_id uuid not null references mileage_allowance (id),
    child_id uuid not null,
    child_name varchar(200) not null,
    application_id uuid not null,
    application_reference varchar(32) not null,
    decided_on date not null,
    constraint mileage_allowance_child_once_per_application unique (application_id)
);
create index mileage_allowance_child_allowance on mileage_allowance_child (allowance_id);

create sequence mileage_claim_reference_seq;

create table mileage_claim (
    id uuid primary key,
    version bigint not null,
    reference varchar(32) not null unique,
    allowance_id uuid not null references mileage_allowance (id),
    household_id uuid not null,
    school_urn varchar(16) not null,
    period_from date not null,
    period_to date not null,
    status varchar(24) not null,
    note text,
    amount_pence bigint not null,
    policy_version varchar(64) not null,
    created_at timestamptz not null,
    sent_at timestamptz,
    sent_by_name varchar(200),
    sent_by_adviser boolean not null default false,
    school_confirm_by date,
    confirmed_at timestamptz,
    confirmed_by uuid,
    confirmed_by_name varchar(200),
    confirmed_by_officer boolean not null default false,
    query_text text,
    query_reply text,
    rejected_reason text,
    corrected_by uuid,
    corrected_by_name varchar(200),
    corrected_at timestamptz,
    correction_reason text,
    first_approved_by uuid,
    first_approved_by_name varchar(200),
    first_approved_at timestamptz,
    approved_by uuid,
    approved_by_name varchar(200),
    approved_at timestamptz,
    payment_expected_on date,
    paid_on date,
    payment_problem text
);
create index mileage_claim_allowance on mileage_claim (allowance_id);
create index mileage_claim_status on mileage_claim (status, sent_at);
-- One draft per allowance and period: two tabs opening "Claim mileage" for March get the same draft.
create unique index mileage_claim_one_draft on mileage_claim (allowance_id, period_from) where status = 'DRAFT';

create table mileage_claim_day (
    id uuid primary key,
    claim_id uuid not null references mileage_claim (id),
    allowance_id uuid not null references mileage_allowance (id),
    day date not null,
    journeys varchar(16) not null,
    legs integer not null,
    counted boolean not null,
    attendance varchar(16),
    constraint mileage_claim_day_once_per_claim unique (claim_id, day)
);
-- The guarantee: a day counts in at most one claim of an allowance (a second claim, a second tab, a double click).
create unique index mileage_claim_day_paid_once on mileage_claim_day (allowance_id, day) where counted;

create table mileage_claim_line (
    claim_id uuid not null references mileage_claim (id),
    position integer not null,
    text varchar(300) not null,
    miles_hundredths bigint not null,
    rate_pence integer not null,
    amount_pence bigint not null,
    primary key (claim_id, position)
);

create table mileage_claim_rejected_day (
    claim_id uuid not null references mileage_claim (id),
    position integer not null,
    day date not null,
    reason varchar(32) not null,
    why varchar(300) not null,
    primary key (claim_id, position)
);

-- Reminders sent, once each: "you can claim for March", "claim for March by 5 April".
create table mileage_reminder (
    allowance_id uuid not null references mileage_allowance (id),
    month date not null,
    kind varchar(16) not null,
    sent_at timestamptz not null,
    primary key (allowance_id, month, kind)
);
