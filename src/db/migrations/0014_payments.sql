-- Betaalruns, SEPA-export, betaalspecificaties en controle achteraf (issue 6). Money in cents, months as 'YYYY-MM'.

-- The account the municipality pays benefits from (debtor in the SEPA file); a new account is a new row from a date.
CREATE TABLE payment_debtor_accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  name text NOT NULL,
  iban text NOT NULL CHECK (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$'),
  bic text CHECK (bic IS NULL OR bic ~ '^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$'),
  valid_from date NOT NULL,
  source text NOT NULL,
  UNIQUE (municipality_id, valid_from)
);

-- A payment run is its own durable job: the row holds status, keyset cursor, counters and a lease, so a run that
-- stopped (crash, restart) is continued by whoever takes the lease next, from the last committed batch.
CREATE TABLE payment_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  sequence smallint NOT NULL DEFAULT 1 CHECK (sequence >= 1),   -- 2, 3, …: supplementary run for benefits not yet paid
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'computed', 'reconciled', 'approved')),
  planned_pay_date date NOT NULL,
  pay_day_setting_id uuid REFERENCES policy_settings(id),        -- NULL: no setting, last working day of the month
  holiday_payout_month smallint NOT NULL CHECK (holiday_payout_month BETWEEN 1 AND 12),
  holiday_setting_id uuid REFERENCES policy_settings(id),        -- NULL: no setting, May
  batch_size integer NOT NULL CHECK (batch_size > 0),
  total_benefits integer NOT NULL,                                -- due and unpaid when the run started
  processed_benefits integer NOT NULL DEFAULT 0,
  cursor_benefit_id uuid,                                         -- benefits are processed in id order; last one done
  payment_count integer NOT NULL DEFAULT 0,
  payment_total_cents bigint NOT NULL DEFAULT 0,
  exception_count integer NOT NULL DEFAULT 0,
  lease_owner text,
  lease_until timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  started_by uuid REFERENCES users(id),                           -- NULL: started on the command line
  started_via text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  computed_at timestamptz,
  reconciled_by uuid REFERENCES users(id),
  reconciled_at timestamptz,
  reconciled_count integer,
  reconciled_total_cents bigint,
  reconciliation_differences jsonb,
  approved_by uuid REFERENCES users(id),
  approved_at timestamptz,
  execution_date date,                                            -- ReqdExctnDt, fixed at approval
  version integer NOT NULL DEFAULT 1,
  UNIQUE (municipality_id, month, sequence),
  CHECK (approved_by IS NULL OR started_by IS NULL OR approved_by <> started_by)
);
CREATE INDEX payment_runs_pending ON payment_runs (lease_until) WHERE status = 'running';

-- One payment per benefit, month and kind, ever: a second run or a resumed batch cannot pay anyone twice.
CREATE TABLE benefit_payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  run_id uuid NOT NULL REFERENCES payment_runs(id),
  benefit_id uuid NOT NULL REFERENCES benefits(id),
  month text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('benefit', 'holiday_allowance')),
  amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
  holiday_reserved_cents bigint NOT NULL DEFAULT 0 CHECK (holiday_reserved_cents >= 0),
  basis text NOT NULL CHECK (basis IN ('standing', 'report')),    -- standing situation, or the month's income report
  table_id text NOT NULL REFERENCES benefit_rule_tables(id),
  lines jsonb NOT NULL,                                           -- every calculation line with its article
  iban text NOT NULL,
  account_holder text NOT NULL,
  end_to_end_id text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (benefit_id, month, kind)
);
CREATE INDEX benefit_payments_run ON benefit_payments (run_id, id);

-- A benefit the run could not compute safely (the calculation refused): no payment, a consultant calculates by hand;
-- a supplementary run tries again once the situation is corrected.
CREATE TABLE payment_run_exceptions (
  run_id uuid NOT NULL REFERENCES payment_runs(id),
  benefit_id uuid NOT NULL REFERENCES benefits(id),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  reason text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (run_id, benefit_id)
);

-- Controle achteraf: one draw per municipality and month, with its seed, so anyone can redo it.
CREATE TABLE check_draws (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  sample_bp integer NOT NULL CHECK (sample_bp BETWEEN 0 AND 10000),
  sample_setting_id uuid REFERENCES policy_settings(id),
  seed text NOT NULL CHECK (seed ~ '^[0-9a-f]{64}$'),
  prng text NOT NULL,
  population_count integer NOT NULL,
  population_hash text NOT NULL,
  sample_count integer NOT NULL,
  signal_count integer NOT NULL,
  drawn_by uuid REFERENCES users(id),
  drawn_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (municipality_id, month)
);

CREATE TABLE check_cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  draw_id uuid NOT NULL REFERENCES check_draws(id),
  subject_type text NOT NULL CHECK (subject_type IN ('payment', 'decision')),
  subject_id uuid NOT NULL,                                       -- benefit_payments.id or benefit_decisions.id
  resident_id uuid NOT NULL REFERENCES residents(id),
  benefit_id uuid REFERENCES benefits(id),                        -- NULL for a decision without a benefit (a refusal)
  draw_position integer,                                          -- 1 = drawn first; NULL: not in the random sample
  signal_code text,                                               -- a concrete signal, e.g. income_report_differs
  signal_detail text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  outcome text CHECK (outcome IN ('no_finding', 'correction', 'recovery_proposal')),
  finding text NOT NULL DEFAULT '',
  reviewed_by uuid REFERENCES users(id),
  reviewed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (draw_id, subject_type, subject_id),
  CHECK (draw_position IS NOT NULL OR signal_code IS NOT NULL),
  CHECK ((status = 'closed') = (outcome IS NOT NULL))
);
CREATE INDEX check_cases_draw ON check_cases (draw_id, status);

-- The run walks a municipality's active benefits in id order (keyset batches).
CREATE INDEX benefits_due ON benefits (municipality_id, id) WHERE status = 'active';
-- Payslips are found through the benefit of which the resident is the applicant or the partner.
CREATE INDEX benefits_partner ON benefits (partner_resident_id) WHERE partner_resident_id IS NOT NULL;
