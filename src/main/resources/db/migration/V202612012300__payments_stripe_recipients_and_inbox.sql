-- Stripe's side of payouts. One connected account (recipient service agreement, bank details set by the council)
-- per version of a household's bank details; a change of details makes a new recipient, so an old payment's
-- recipient never changes under it.
create table stripe_recipient (
    bank_details_id  uuid         primary key,
    household_id     uuid         not null,
    account_id       varchar(64)  not null unique,
    created_at       timestamptz  not null
);

-- The webhook inbox: every event Stripe sent, once (Stripe sends some twice and not in order). Stored before it is
-- applied; processed_at says when it was, outcome what it did.
create table stripe_webhook_event (
    event_id              varchar(64)  primary key,
    type                  varchar(100) not null,
    object_id             varchar(64),
    account_id            varchar(64),
    created_by_stripe_at  timestamptz  not null,
    payload               text         not null,
    received_at           timestamptz  not null,
    processed_at          timestamptz,
    outcome               varchar(300)
);
create index stripe_webhook_event_object_idx on stripe_webhook_event (object_id);
