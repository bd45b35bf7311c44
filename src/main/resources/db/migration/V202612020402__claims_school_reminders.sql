-- A school's reminder to confirm attendance goes once per school and confirmation deadline, however often the job
-- runs and on however many nodes (issue 12, item 4: "a deadline and a reminder email").
create table mileage_school_reminder (
    school_urn varchar(16) not null,
    confirm_by date        not null,
    claims     integer     not null,
    sent_at    timestamptz not null,
    primary key (school_urn, confirm_by)
);
