-- Why an application was started although one for the same child was decided this school year.
alter table application add column new_reason varchar(20)
    check (new_reason in ('MOVED_HOME', 'CHANGING_SCHOOL', 'OTHER'));
alter table application add column new_reason_text varchar(500);
