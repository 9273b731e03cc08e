-- Payment months and dated situations (issue 6; decision record 0019).

-- A dated history of a benefit's household situation: the grant's situation from the start date, then one row per
-- change decision from its effective date. A payment run uses the row valid on the first day of the month it pays (or
-- on the start date in the first month). benefits.situation stays as the newest situation (the base of a next change).
CREATE TABLE benefit_situations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  benefit_id uuid NOT NULL REFERENCES benefits(id),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  valid_from date NOT NULL,
  situation jsonb NOT NULL,
  decision_id uuid REFERENCES benefit_decisions(id),   -- NULL: the first row of a benefit created without a decision (demo)
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX benefit_situations_benefit ON benefit_situations (benefit_id, valid_from, created_at);

-- Every new benefit gets its first row from its own situation, whichever code inserts it (decisions, demo, bench).
CREATE FUNCTION benefit_situations_first() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO benefit_situations (benefit_id, municipality_id, valid_from, situation, created_at)
    SELECT n.id, n.municipality_id, n.start_date, n.situation, n.created_at FROM new_benefits n;
  RETURN NULL;
END $$;
CREATE TRIGGER benefits_first_situation AFTER INSERT ON benefits REFERENCING NEW TABLE AS new_benefits
  FOR EACH STATEMENT EXECUTE FUNCTION benefit_situations_first();

-- Backfill: the final grant's situation (else the benefit's own) from the start date, then every final change decision
-- (not a one-month income report) from its effective date.
INSERT INTO benefit_situations (benefit_id, municipality_id, valid_from, situation, decision_id, created_at)
SELECT b.id, b.municipality_id, b.start_date, coalesce(g.situation, b.situation), g.id, b.created_at
FROM benefits b
LEFT JOIN LATERAL (SELECT d.id, d.situation FROM benefit_decisions d
                   WHERE d.benefit_id = b.id AND d.kind = 'grant' AND d.status = 'final' LIMIT 1) g ON true;
INSERT INTO benefit_situations (benefit_id, municipality_id, valid_from, situation, decision_id, created_at)
SELECT d.benefit_id, d.municipality_id, d.effective_date, d.situation, d.id, coalesce(d.reviewed_at, d.proposed_at)
FROM benefit_decisions d
WHERE d.kind = 'change' AND d.status = 'final' AND d.period_month IS NULL AND d.situation IS NOT NULL;

-- The run pays every benefit whose period overlaps the month, whatever its status (an ended benefit is paid up to its
-- end date), in id order per municipality.
CREATE INDEX benefits_by_municipality ON benefits (municipality_id, id);

-- Months in which a payment run granted an earnings release (art. 31 lid 2 n: 6 months; lid 2 r: 30 months); the run
-- counts them to know the months used before a later month, so nobody has to keep a counter up to date.
CREATE TABLE benefit_release_months (
  benefit_id uuid NOT NULL REFERENCES benefits(id),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  person text NOT NULL CHECK (person IN ('applicant', 'partner')),
  release text NOT NULL CHECK (release IN ('general', 'single_parent')),
  run_id uuid NOT NULL REFERENCES payment_runs(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (benefit_id, month, person, release)
);

-- A change that reaches back into a month already paid in an approved run: a later run recomputes that month on the
-- situation now valid for it. Underpaid: a correction payment (nabetaling, kind 'correction') in that later run.
-- Overpaid: not deducted, a recovery signal (terugvorderingssignaal) for the income consultant.
ALTER TABLE benefit_payments DROP CONSTRAINT benefit_payments_kind_check;
ALTER TABLE benefit_payments ADD CONSTRAINT benefit_payments_kind_check CHECK (kind IN ('benefit', 'holiday_allowance', 'correction'));
CREATE TABLE benefit_retro_differences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  benefit_id uuid NOT NULL REFERENCES benefits(id),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),   -- the month paid earlier
  situation_id uuid NOT NULL REFERENCES benefit_situations(id),      -- the dated situation now valid for that month
  run_id uuid NOT NULL REFERENCES payment_runs(id),                  -- the run that found it (and pays a correction)
  paid_cents bigint NOT NULL,      -- gross paid for the month (benefit + holiday allowance reserved + earlier corrections)
  due_cents bigint NOT NULL,       -- gross due on the situation now valid
  outcome text NOT NULL CHECK (outcome IN ('correction', 'recovery_signal', 'none')),
  lines jsonb NOT NULL,            -- the recalculation, every line with its article
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (benefit_id, month, situation_id),
  CHECK ((outcome = 'correction') = (due_cents > paid_cents) AND (outcome = 'recovery_signal') = (due_cents < paid_cents))
);
CREATE INDEX benefit_retro_differences_benefit ON benefit_retro_differences (benefit_id, month);
