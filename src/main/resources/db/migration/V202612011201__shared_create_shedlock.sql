-- ShedLock: one row per scheduled job, held by the node running it until lock_until, so that two nodes never
-- run the same job at once. Times are the database's own (ShedLock's usingDbTime), so node clocks do not matter.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
