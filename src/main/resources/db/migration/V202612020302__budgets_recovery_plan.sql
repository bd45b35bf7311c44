-- A recovery (what was paid for days after a budget ended) repaid in instalments the officer sets, which add up to
-- the recovery exactly; each is marked repaid by an officer, and the recovery is reconciled when all are.
CREATE TABLE budget_repayment (
    id uuid PRIMARY KEY,
    version bigint NOT NULL,
    budget_id uuid NOT NULL REFERENCES budget (id),
    number int NOT NULL,
    due_on date NOT NULL,
    amount_pence bigint NOT NULL CHECK (amount_pence > 0),
    set_by_name text NOT NULL,
    set_at timestamptz NOT NULL,
    repaid_on date,
    repaid_recorded_by_name text,
    CONSTRAINT budget_repayment_number UNIQUE (budget_id, number)
);
