-- School gates the council measures to (walking distance runs to the nearest open pupil entrance). Without any,
-- the school's GIAS grid reference is used.
create table school_access_point (
    id          uuid             primary key,
    urn         varchar(10)      not null references school (urn),
    name        varchar(100)     not null,
    easting     integer          not null,
    northing    integer          not null,
    latitude    double precision not null,
    longitude   double precision not null,
    created_at  timestamptz      not null
);
create index school_access_point_urn_idx on school_access_point (urn);
