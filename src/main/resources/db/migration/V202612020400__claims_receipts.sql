-- Tickets and receipts a family attaches to a mileage claim (issue 12, item 3). Checked like evidence before they are
-- kept (type by content, 10 MB, virus scan, photos without metadata); officers open them, school staff never do.
create table mileage_claim_receipt (
    id           uuid primary key,
    version      bigint       not null default 0,
    claim_id     uuid         not null references mileage_claim (id),
    household_id uuid         not null,
    file_name    varchar(255) not null,
    media_type   varchar(50)  not null,
    size_bytes   bigint       not null,
    content      bytea        not null,
    scan_result  varchar(20)  not null,
    uploaded_at  timestamptz  not null,
    uploaded_by  uuid         not null
);
create index mileage_claim_receipt_claim on mileage_claim_receipt (claim_id);
