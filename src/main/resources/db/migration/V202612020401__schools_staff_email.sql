-- School staff's email address, from the staff identity provider's email claim at each sign-in, so the claims
-- module can remind a school's office before its attendance confirmation deadline (issue 12).
alter table school_staff_member add column email varchar(320);
