-- Renewal before the next policy year: next year's offer is a new budget of the same application, made from the
-- one it renews (never a change to it), for the family to confirm by the day the old one's policy year ends.
ALTER TABLE budget ADD COLUMN renews_budget_id uuid REFERENCES budget (id);
ALTER TABLE budget ADD COLUMN confirm_by date;
-- One budget per decision occasion still holds for the budgets a decision made; a renewal is one per budget renewed.
ALTER TABLE budget DROP CONSTRAINT budget_one_per_decision;
CREATE UNIQUE INDEX budget_one_per_decision ON budget (application_id, occasion) WHERE renews_budget_id IS NULL;
CREATE UNIQUE INDEX budget_one_renewal ON budget (renews_budget_id) WHERE renews_budget_id IS NOT NULL;
