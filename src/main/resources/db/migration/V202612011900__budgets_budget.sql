-- Personal transport budgets: the offer worked out from a decision, the agreement the parent accepted (with the
-- PDF of exactly what was accepted), its instalments and the absences recorded against it. One budget per decision
-- occasion of an application, so a redelivered ApplicationDecided never makes a second offer.
CREATE TABLE budget (
    id uuid PRIMARY KEY,
    version bigint NOT NULL,
    application_id uuid NOT NULL,
    occasion varchar(40) NOT NULL,
    application_reference varchar(40) NOT NULL,
    household_id uuid NOT NULL,
    child_id uuid NOT NULL,
    child_name text NOT NULL,
    school_urn varchar(20),
    school_name text,
    state varchar(20) NOT NULL,
    policy_version varchar(60) NOT NULL,
    walking_metres bigint,
    walking_straight_line boolean NOT NULL,
    road_metres bigint,
    distance_method text NOT NULL,
    starts_on date NOT NULL,
    decided_on date NOT NULL,
    needs_officer text,
    annual_pence bigint,
    total_pence bigint,
    daily_rate_pence bigint,
    working jsonb NOT NULL,
    adjusted_reason text,
    created_at timestamptz NOT NULL,
    sent_at timestamptz,
    sent_by_name text,
    accepted_at timestamptz,
    accepted_by uuid,
    accepted_by_name text,
    declined_at timestamptz,
    decline_reason text,
    withdrawn_reason text,
    notice_given_on date,
    ends_on date,
    end_reason text,
    recovery_pence bigint,
    agreement_pdf bytea,
    CONSTRAINT budget_one_per_decision UNIQUE (application_id, occasion)
);
CREATE INDEX budget_household ON budget (household_id);

CREATE TABLE budget_instalment (
    id uuid PRIMARY KEY,
    version bigint NOT NULL,
    budget_id uuid NOT NULL REFERENCES budget (id),
    number int NOT NULL,
    label text NOT NULL,
    due_on date NOT NULL,
    covers_from date NOT NULL,
    covers_to date NOT NULL,
    planned_pence bigint NOT NULL,
    amount_pence bigint NOT NULL,
    adjustments jsonb NOT NULL,
    state varchar(20) NOT NULL,
    state_reason text,
    state_changed_on date,
    handed_over_on date,
    -- Deferred: re-working a draft replaces its instalments, and Hibernate inserts the new rows before deleting the old.
    CONSTRAINT budget_instalment_number UNIQUE (budget_id, number) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX budget_instalment_due ON budget_instalment (state, due_on);

CREATE TABLE budget_absence (
    id uuid PRIMARY KEY,
    version bigint NOT NULL,
    budget_id uuid NOT NULL REFERENCES budget (id),
    month date NOT NULL,
    school_days int NOT NULL,
    days_absent int NOT NULL,
    medical boolean NOT NULL,
    instalment_number int,
    deduction_pence bigint NOT NULL,
    needs_review boolean NOT NULL,
    reviewed_at timestamptz,
    recorded_by_name text NOT NULL,
    recorded_at timestamptz NOT NULL,
    CONSTRAINT budget_absence_one_per_month UNIQUE (budget_id, month)
);
