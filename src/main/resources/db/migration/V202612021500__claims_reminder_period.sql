-- A reminder is for a claim period, a month or (where the policy pays by term) a school term: keyed by its first day.
alter table mileage_reminder rename column month to period_from;
