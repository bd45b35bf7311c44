-- Applications for travel assistance, from draft to decision, review and appeal.
create sequence application_reference_seq start with 123;

create table application (
    id                  uuid primary key,
    version             bigint       not null default 0,
    reference           varchar(20) unique,
    household_id        uuid         not null,
    child_id            uuid         not null,
    child_name          varchar(100) not null,
    status              varchar(30)  not null,
    answers             jsonb        not null,
    school_urn          varchar(10),
    school_name         varchar(200),
    has_ehc_plan        boolean      not null default false,
    eligibility         jsonb,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    submitted_at        timestamptz,
    submitted_by        uuid,
    decision_due        date,
    assigned_to         uuid,
    assigned_name       varchar(200),
    officer_cannot_walk boolean,
    officer_cannot_walk_reasons varchar(4000),
    officer_route_unsafe boolean,
    officer_route_notes varchar(4000),
    decision_eligible   boolean,
    decision_category   varchar(10),
    decision_offers     varchar(200),
    decision_reasons    varchar(8000),
    decided_by          uuid,
    decided_by_name     varchar(200),
    decided_at          timestamptz,
    review_by           date
);
create index application_household_idx on application (household_id);
create index application_status_idx on application (status);

-- What happened, when, in words the family can read; some entries are for staff only.
create table application_event (
    id                  uuid primary key,
    application_id      uuid          not null references application (id),
    occurred_at         timestamptz   not null,
    title               varchar(200)  not null,
    detail              varchar(8000),
    actor_name          varchar(200),
    for_family          boolean       not null
);
create index application_event_application_idx on application_event (application_id, occurred_at);

create table information_request (
    id                  uuid primary key,
    version             bigint        not null default 0,
    application_id      uuid          not null references application (id),
    question            varchar(4000) not null,
    asked_at            timestamptz   not null,
    asked_by_name       varchar(200)  not null,
    answer              varchar(8000),
    answered_at         timestamptz
);
create index information_request_application_idx on information_request (application_id);

-- Evidence files, kept in PostgreSQL so that every node sees them. The type is what the content is, not its name.
create table evidence (
    id                  uuid primary key,
    version             bigint       not null default 0,
    application_id      uuid         not null references application (id),
    file_name           varchar(255) not null,
    media_type          varchar(50)  not null,
    size_bytes          bigint       not null,
    content             bytea        not null,
    scan_result         varchar(20)  not null,
    uploaded_at         timestamptz  not null,
    uploaded_by         uuid         not null
);
create index evidence_application_idx on evidence (application_id);

-- Stage 1 reviews (a senior officer) and stage 2 appeals (an independent panel).
create table challenge (
    id                  uuid primary key,
    version             bigint        not null default 0,
    application_id      uuid          not null references application (id),
    stage               int           not null,
    grounds             varchar(8000) not null,
    requested_at        timestamptz   not null,
    requested_by        uuid          not null,
    respond_by          date          not null,
    hearing_on          date,
    hearing_mode        varchar(20),
    evidence_by         date,
    outcome_by          date,
    outcome             varchar(20),
    outcome_reasons     varchar(8000),
    decided_by          uuid,
    decided_by_name     varchar(200),
    decided_at          timestamptz,
    constraint challenge_stage_unique unique (application_id, stage)
);

-- Letters as sent: the PDF is kept, so what the family received can always be shown again.
create table letter (
    id                  uuid primary key,
    application_id      uuid         not null references application (id),
    title               varchar(200) not null,
    created_at          timestamptz  not null,
    pdf                 bytea        not null
);
create index letter_application_idx on letter (application_id);
