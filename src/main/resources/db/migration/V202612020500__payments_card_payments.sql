-- Money in: parents pay the council by card (post-16 contributions, spare seats). A payment received is an entry of
-- its own kind, RECEIVED, once per thing paid for; a refund is its reversal, REFUNDED. Money received by card sits
-- with the card provider (CARD_RECEIPTS) until it settles to the council's bank; it is income from families
-- (FAMILY_CHARGES), kept apart from what the council pays out.
alter table ledger_entry drop constraint ledger_entry_kind_check;
alter table ledger_entry add constraint ledger_entry_kind_check
    check (kind in ('DUE', 'SENT', 'PAID', 'FAILED', 'CANCELLED', 'RECEIVED', 'REFUNDED'));
alter table ledger_line drop constraint ledger_line_account_check;
alter table ledger_line add constraint ledger_line_account_check
    check (account in ('TRAVEL_SUPPORT', 'OWED_TO_HOUSEHOLD', 'IN_FLIGHT', 'COUNCIL_BANK', 'CARD_RECEIPTS', 'FAMILY_CHARGES'));

-- Stripe's side of a card payment: one row per thing paid for (the caller's reference). Each try at paying is a
-- Checkout session made with the key checkout:<reference>:<attempt>; a new attempt only once the last session
-- expired, so a double click or a second tab reuses the open one.
create table stripe_checkout (
    reference        uuid         primary key,
    household_id     uuid         not null,
    amount_pence     bigint       not null check (amount_pence > 0),
    attempt          int          not null default 1,
    session_id       varchar(255),
    payment_intent   varchar(255) unique,
    paid_at          timestamptz,
    refund_id        varchar(255) unique,
    refunded_at      timestamptz,
    created_at       timestamptz  not null
);
create index stripe_checkout_session_idx on stripe_checkout (session_id);
