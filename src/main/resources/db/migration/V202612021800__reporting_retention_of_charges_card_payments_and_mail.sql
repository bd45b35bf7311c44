-- Retention of money in and of email never delivered (reporting.internal.ChargeAndMailRetention): each row the
-- retention job anonymised is marked, so a second run changes nothing, and an anonymised row no longer keeps its
-- household (HouseholdRetention.KEEP_UNTIL_ANONYMISED).
alter table contribution_application add column anonymised_at timestamptz;
alter table contribution_charge add column anonymised_at timestamptz;
alter table stripe_checkout add column anonymised_at timestamptz;
alter table undelivered_email add column anonymised_at timestamptz;
