-- One draft per child, enforced by the database: two tabs or a double click starting an application at the same
-- moment could each see no draft and each insert one. The service returns the existing draft on a conflict.
-- Drafts already duplicated by that race are withdrawn, keeping the one changed last (it holds the latest answers).
update application set status = 'WITHDRAWN'
where status = 'DRAFT'
  and id in (select id from (select id, row_number() over (partition by child_id order by updated_at desc, created_at desc) as n
                             from application where status = 'DRAFT') ranked
             where n > 1);

create unique index application_one_draft_per_child on application (child_id) where status = 'DRAFT';
