-- The offer as a review or appeal changed it, recorded by an officer after the outcome (ApplicationDecided again).
alter table challenge add column revised_eligible boolean;
alter table challenge add column revised_category varchar(10);
alter table challenge add column revised_offers varchar(200);
alter table challenge add column revised_reasons varchar(8000);
alter table challenge add column revised_by uuid;
alter table challenge add column revised_by_name varchar(200);
alter table challenge add column revised_at timestamptz;
