-- Email the portal stopped trying to send after travelassist.mail.most-attempts tries. Officers see the list and
-- contact the family another way; the event publication itself stays incomplete, so nothing is lost.
create table undelivered_email (
    publication_id  uuid         primary key,
    listener_id     text         not null,
    description     varchar(300) not null,
    household_id    uuid,
    first_tried_at  timestamptz  not null,
    attempts        int          not null,
    gave_up_at      timestamptz  not null
);
create index undelivered_email_gave_up_idx on undelivered_email (gave_up_at);
