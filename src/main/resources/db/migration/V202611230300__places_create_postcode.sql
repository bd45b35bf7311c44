-- Postcode centroids (OS Code-Point Open): the grid reference as published and its WGS84 position.
create table postcode (
    postcode            varchar(8)       primary key,
    easting             integer          not null,
    northing            integer          not null,
    latitude            double precision not null,
    longitude           double precision not null,
    positional_quality  smallint         not null,
    district_code       varchar(9)
);
