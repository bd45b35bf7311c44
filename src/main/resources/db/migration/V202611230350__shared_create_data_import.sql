-- Each reference data file imported (school register, postcodes), so an unchanged file is not imported again.
create table data_import (
    id          bigint generated always as identity primary key,
    kind        varchar(40)  not null,
    source      varchar(500) not null,
    sha256      char(64)     not null,
    imported    integer      not null,
    skipped     integer      not null,
    imported_at timestamptz  not null
);
create index data_import_kind_sha_idx on data_import (kind, sha256);
