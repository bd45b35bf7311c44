-- A GIAS file is staged before it changes the register: its rows are parsed into school_import_row, compared
-- with the register (added, changed, closed, rows refused), and applied only when a senior officer confirms.
create table school_import (
    id              uuid         primary key,
    source          varchar(500) not null,
    sha256          char(64)     not null,
    bytes           bigint       not null,
    rows_read       integer      not null,
    open_before     integer      not null,
    added           integer      not null,
    changed         integer      not null,
    closed          integer      not null,
    refused         integer      not null,
    blockers        text[]       not null,
    status          varchar(20)  not null check (status in ('STAGED', 'APPLIED', 'REFUSED', 'DISCARDED', 'SUPERSEDED')),
    staged_by       uuid,
    staged_by_name  varchar(200) not null,
    staged_at       timestamptz  not null,
    decided_by      uuid,
    decided_by_name varchar(200),
    decided_at      timestamptz
);
-- One file at a time waits for confirmation: staging another supersedes it.
create unique index school_import_one_staged_idx on school_import ((true)) where status = 'STAGED';

-- The file's usable rows, kept only while the import waits for confirmation.
create table school_import_row (
    import_id           uuid             not null references school_import (id) on delete cascade,
    line                bigint           not null,
    urn                 varchar(10)      not null,
    name                varchar(200)     not null,
    type_name           varchar(100)     not null,
    type_group          varchar(100),
    status              varchar(60)      not null,
    phase               varchar(60),
    low_age             smallint         not null,
    high_age            smallint         not null,
    gender              varchar(20)      not null,
    admissions_policy   varchar(60),
    religious_character varchar(100),
    sen_provision       varchar(2000),
    postcode            varchar(10),
    town                varchar(100),
    la_name             varchar(100),
    easting             integer          not null,
    northing            integer          not null,
    latitude            double precision not null,
    longitude           double precision not null,
    qualifying          boolean          not null,
    independent         boolean          not null,
    special             boolean          not null,
    selective           boolean          not null,
    primary key (import_id, urn)
);

-- The rows that could not be used, with their line and, where it could be read, the school's URN.
create table school_import_refused_row (
    import_id uuid          not null references school_import (id) on delete cascade,
    line      bigint        not null,
    urn       varchar(10),
    reason    varchar(1000) not null,
    primary key (import_id, line)
);
