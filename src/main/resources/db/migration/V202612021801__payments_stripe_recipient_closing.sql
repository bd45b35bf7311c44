-- A connected account whose bank details the retention job deleted: Stripe still holds the bank account on it, so
-- payments.stripe.StripeRecipientClosures deletes the account at Stripe and then this row.
alter table stripe_recipient add column bank_details_deleted_at timestamptz;
create index stripe_recipient_to_close_idx on stripe_recipient (bank_details_deleted_at) where bank_details_deleted_at is not null;
