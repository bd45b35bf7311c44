-- A change of address or school a family reported from its budget page, with the amount the portal previewed for
-- it: the officer re-checks the entitlement and changes the budget; the budget itself is not changed by the report.
CREATE TABLE budget_change_report (
    id uuid PRIMARY KEY,
    version bigint NOT NULL,
    budget_id uuid NOT NULL REFERENCES budget (id),
    postcode varchar(8) NOT NULL,
    school_urn varchar(20),
    school_name text,
    what_changed text NOT NULL,
    preview_annual_pence bigint,
    preview_summary text NOT NULL,
    reported_by_name text NOT NULL,
    reported_at timestamptz NOT NULL
);
CREATE INDEX budget_change_report_budget ON budget_change_report (budget_id);
