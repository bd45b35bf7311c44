-- Term calendars: the council's standard calendar for a school year (school_urn null), and a school's own calendar
-- where it differs (academies set their own), which replaces the council's for that school and year.
create table term_calendar (
    id              uuid         primary key,
    school_urn      varchar(10),
    school_year     integer      not null check (school_year between 2000 and 2100),
    source          varchar(500) not null,
    loaded_by       uuid,
    loaded_by_name  varchar(200) not null,
    loaded_at       timestamptz  not null
);
create unique index term_calendar_council_year_idx on term_calendar (school_year) where school_urn is null;
create unique index term_calendar_school_year_idx on term_calendar (school_urn, school_year) where school_urn is not null;

-- A calendar's periods: terms, and the holidays, training days and closures that close the school.
create table term_calendar_period (
    id              uuid         primary key,
    calendar_id     uuid         not null references term_calendar (id) on delete cascade,
    kind            varchar(20)  not null check (kind in ('TERM', 'HOLIDAY', 'TRAINING_DAY', 'CLOSURE')),
    name            varchar(100) not null,
    first_day       date         not null,
    last_day        date         not null,
    check (last_day >= first_day)
);
create index term_calendar_period_calendar_idx on term_calendar_period (calendar_id);

-- School office staff who have signed in through the staff identity provider with the school staff role, so an
-- officer can find them; and the schools an officer linked each of them to.
create table school_staff_member (
    user_id         uuid         primary key,
    display_name    varchar(200) not null,
    first_seen_at   timestamptz  not null,
    last_seen_at    timestamptz  not null
);

create table school_staff_link (
    id              uuid         primary key,
    user_id         uuid         not null references school_staff_member (user_id),
    school_urn      varchar(10)  not null,
    linked_by       uuid,
    linked_by_name  varchar(200) not null,
    linked_at       timestamptz  not null,
    constraint school_staff_link_unique unique (user_id, school_urn)
);
create index school_staff_link_urn_idx on school_staff_link (school_urn);
