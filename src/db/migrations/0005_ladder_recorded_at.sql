-- Two measurements on the same day: the one recorded last is the current step.
ALTER TABLE ladder_measurements ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now();
