-- Charges to families: a post-16 contribution or a spare-seat charge an officer sets on a decided application, paid
-- in full or in instalments that add up to it exactly.

-- The decided applications a charge can be set on, as ApplicationDecided told us (contributions never asks
-- applications back).
create table contribution_application (
    application_id  uuid         primary key,
    reference       varchar(40)  not null unique,
    household_id    uuid         not null,
    child_name      varchar(200) not null,
    school_name     varchar(300),
    decided_on      date         not null
);

create table contribution_charge (
    id                 uuid         primary key,
    version            bigint       not null,
    application_id     uuid         not null references contribution_application (application_id),
    household_id       uuid         not null,
    kind               varchar(30)  not null check (kind in ('POST16_CONTRIBUTION', 'SPARE_SEAT')),
    total_pence        bigint       not null check (total_pence > 0),
    reason             varchar(1000) not null,
    set_by             uuid         not null,
    set_by_name        varchar(200) not null,
    set_at             timestamptz  not null
);
create index contribution_charge_application_idx on contribution_charge (application_id);
create index contribution_charge_household_idx on contribution_charge (household_id);

create table contribution_instalment (
    id             uuid         primary key,
    version        bigint       not null,
    charge_id      uuid         not null references contribution_charge (id),
    number         int          not null check (number > 0),
    amount_pence   bigint       not null check (amount_pence > 0),
    due_on         date         not null,
    status         varchar(20)  not null check (status in ('DUE', 'PAID', 'REFUNDED')),
    paid_on        date,
    refunded_on    date,
    refund_reason  varchar(1000),
    refunded_by    varchar(200),
    unique (charge_id, number)
);
