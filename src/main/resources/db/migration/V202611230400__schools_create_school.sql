-- The school register, from the DfE's GIAS establishment file, with the travel rules' classification.
create table school (
    urn                 varchar(10)      primary key,
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
    open                boolean          not null,
    updated_at          timestamptz      not null
);
create index school_open_idx on school (open);
