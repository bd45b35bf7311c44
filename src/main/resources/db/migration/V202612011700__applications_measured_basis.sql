-- What an assessment and a decision were based on, in applications' own versioned layout (schemaVersion inside).
-- Applications sent before this column existed have none until an officer re-measures them.
ALTER TABLE application ADD COLUMN measured_basis jsonb;
