-- Absences are recorded as the dates a pupil was absent, each checked against the school's term dates, and by whom:
-- an officer or the school's office. Months recorded before this keep their count only.
ALTER TABLE budget_absence ADD COLUMN absent_dates text;
ALTER TABLE budget_absence ADD COLUMN recorded_by_school boolean NOT NULL DEFAULT false;
