-- Instruments, providers, trajectories, partner reports and the re-integration budget (issue 4).

-- aanbieders: partner organisations are organisations of kind 'provider', one per municipality that contracts them
ALTER TABLE organisations ADD COLUMN provider_type text
  CHECK (provider_type IN ('sheltered_work_company', 'reintegration_firm', 'training_institute', 'charity_shop', 'other'));
ALTER TABLE organisations ADD COLUMN kvk_number text CHECK (kvk_number ~ '^[0-9]{8}$');
ALTER TABLE organisations ADD COLUMN contact_email text;
ALTER TABLE organisations ADD COLUMN description text NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN version integer NOT NULL DEFAULT 1;

-- contracten met aanbieders
CREATE TABLE provider_contracts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  reference text NOT NULL,
  description text NOT NULL DEFAULT '',
  starts_on date NOT NULL,
  ends_on date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX provider_contracts_organisation ON provider_contracts (municipality_id, organisation_id);

-- instrumentencatalogus
CREATE TABLE instruments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]*$'),
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  legal_basis text NOT NULL,                         -- wettelijke grondslag, e.g. "Participatiewet art. 10a"
  unit text NOT NULL CHECK (unit IN ('hour', 'day', 'week', 'month', 'trajectory')),
  target_groups text[] NOT NULL DEFAULT '{}',        -- target-group codes it is meant for
  needs text[] NOT NULL DEFAULT '{}',                -- need codes it serves (src/rules/needs.ts)
  active_from date NOT NULL,
  active_until date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (municipality_id, code),
  CHECK (active_until IS NULL OR active_until >= active_from)
);

-- aanbod: an instrument delivered by one provider, with price per unit and capacity per period
CREATE TABLE instrument_offers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  instrument_id uuid NOT NULL REFERENCES instruments(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  contract_id uuid REFERENCES provider_contracts(id),
  unit_price_cents bigint NOT NULL CHECK (unit_price_cents >= 0),
  capacity integer NOT NULL CHECK (capacity > 0),     -- places per period
  capacity_period text NOT NULL CHECK (capacity_period IN ('month', 'quarter', 'year')),
  expected_wait_days integer NOT NULL DEFAULT 0 CHECK (expected_wait_days >= 0),
  active_from date NOT NULL,
  active_until date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (instrument_id, organisation_id, active_from)
);
CREATE INDEX instrument_offers_instrument ON instrument_offers (municipality_id, instrument_id);

-- Municipal policy values with a validity date and the decision they come from (e.g. the four-eyes amount).
CREATE TABLE policy_settings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  name text NOT NULL,
  value bigint NOT NULL,
  valid_from date NOT NULL,
  source text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (municipality_id, name, valid_from)
);

-- re-integratiebudget (participatiebudget) per year
CREATE TABLE reintegration_budgets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
  source text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  UNIQUE (municipality_id, year)
);

-- trajecten: one instrument for one resident from one provider (or maatwerk outside the catalogue, with a reason)
CREATE TABLE trajectories (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  instrument_id uuid REFERENCES instruments(id),
  offer_id uuid REFERENCES instrument_offers(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  custom_title text,                                   -- maatwerk: what is bought
  custom_reason text,                                  -- maatwerk: why the catalogue does not do
  goal_id uuid REFERENCES plan_goals(id),
  units integer NOT NULL CHECK (units > 0),
  unit text NOT NULL CHECK (unit IN ('hour', 'day', 'week', 'month', 'trajectory')),
  unit_price_cents bigint NOT NULL CHECK (unit_price_cents >= 0),
  amount_cents bigint NOT NULL CHECK (amount_cents >= 0),   -- committed against the budget of budget_year
  budget_year integer NOT NULL,
  status text NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected', 'started', 'ended', 'cancelled')),
  needs_second_approval boolean NOT NULL,              -- four eyes: amount above the municipality's threshold
  four_eyes_threshold_cents bigint NOT NULL,
  threshold_setting_id uuid REFERENCES policy_settings(id),
  proposed_by uuid NOT NULL REFERENCES users(id),
  proposed_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz,
  decision_note text NOT NULL DEFAULT '',
  planned_start_on date NOT NULL,
  planned_end_on date NOT NULL,
  started_on date,
  ended_on date,
  outcome text CHECK (outcome IN ('paid_work', 'higher_ladder_step', 'other_instrument', 'dropped_out')),
  outcome_reason text NOT NULL DEFAULT '',
  realised_cents bigint CHECK (realised_cents >= 0),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (instrument_id IS NOT NULL OR (custom_title IS NOT NULL AND custom_reason IS NOT NULL)),
  CHECK (planned_end_on >= planned_start_on),
  CHECK (status <> 'ended' OR (outcome IS NOT NULL AND realised_cents IS NOT NULL AND realised_cents <= amount_cents))
);
CREATE INDEX trajectories_resident ON trajectories (municipality_id, resident_id);
CREATE INDEX trajectories_provider ON trajectories (municipality_id, organisation_id, status);
CREATE INDEX trajectories_budget ON trajectories (municipality_id, budget_year, status);
CREATE INDEX trajectories_instrument ON trajectories (municipality_id, instrument_id, status);

-- voortgangsrapportages en aanwezigheid, door de partner
CREATE TABLE trajectory_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  trajectory_id uuid NOT NULL REFERENCES trajectories(id),
  kind text NOT NULL CHECK (kind IN ('attendance', 'progress')),
  period_from date NOT NULL,
  period_to date NOT NULL,
  hours_planned integer CHECK (hours_planned >= 0),
  hours_attended integer CHECK (hours_attended >= 0),
  summary text NOT NULL DEFAULT '',
  reported_by uuid NOT NULL REFERENCES users(id),
  reported_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_to >= period_from)
);
CREATE INDEX trajectory_reports_trajectory ON trajectory_reports (trajectory_id, period_from);

-- needs in the action plan: a goal may name the need it answers (src/rules/needs.ts)
ALTER TABLE plan_goals ADD COLUMN need text;
