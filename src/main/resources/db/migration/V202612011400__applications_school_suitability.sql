-- The officer's findings about which schools suit the child, beyond the family's answers: the child's sex (for
-- single-sex schools), whether the child was assessed as suitable for a grammar school, and nearer schools with no
-- place or that cannot meet the child's needs, each with the reason the letter quotes. One row per application.
create table application_school_suitability (
    id                 uuid primary key,
    version            bigint       not null default 0,
    application_id     uuid         not null unique references application (id),
    child_sex          varchar(10),
    selective_suitable boolean,
    school_marks       jsonb        not null default '[]',
    recorded_by_name   varchar(200) not null,
    recorded_at        timestamptz  not null
);
