-- Local demo only, like the adviser's registration: Sarah Quinn (school-sarah on the local staff identity provider)
-- works in Casterton College's office (URN 137340 in the demo GIAS file). Her account is made as her first sign-in
-- would make it, and an officer's link to the school is recorded, so she sees the school's claims at once.
-- Idempotent; it runs again only when this file changes.
insert into user_account (id, identity_provider, subject, email, display_name, created_at, last_signed_in_at)
values ('5b7c3e1a-2d4f-4a8e-9c61-3f0e8d2a7b10', 'staff', 'school-sarah', 'office@casterton.example.sch.uk', 'Sarah Quinn', now(), now())
on conflict do nothing;

insert into school_staff_member (user_id, display_name, email, first_seen_at, last_seen_at)
select id, 'Sarah Quinn', 'office@casterton.example.sch.uk', now(), now() from user_account
where identity_provider = 'staff' and subject = 'school-sarah'
on conflict (user_id) do update set email = coalesce(school_staff_member.email, excluded.email);

insert into school_staff_link (id, user_id, school_urn, linked_by, linked_by_name, linked_at)
select '8e2f6a4c-1b3d-4c7e-a5f9-0d6b2c8e4a31', id, '137340', null, 'Demo data', now()
from user_account where identity_provider = 'staff' and subject = 'school-sarah'
on conflict do nothing;
