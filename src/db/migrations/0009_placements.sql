-- Plaatsingen, loonkostensubsidie, uitstroom en taakstelling nieuw beschut werk (issue 5).
-- Law as data: the statutory minimum wage and the parameters of the wage-cost subsidy are national tables with a
-- validity date and a source, never constants in code; every calculation records the rows it used.

-- Wettelijk minimumloon (Wml), bruto per uur, for employees aged 21 and over.
CREATE TABLE minimum_wages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  valid_from date NOT NULL UNIQUE,
  hourly_cents integer NOT NULL CHECK (hourly_cents > 0),
  source text NOT NULL
);
INSERT INTO minimum_wages (valid_from, hourly_cents, source) VALUES
  ('2025-01-01', 1406, 'Rijksoverheid, Wet minimumloon en minimumvakantiebijslag: bruto minimumuurloon 21 jaar en ouder per 1 januari 2025 (€ 14,06)'),
  ('2025-07-01', 1440, 'Rijksoverheid, Wet minimumloon en minimumvakantiebijslag: bruto minimumuurloon 21 jaar en ouder per 1 juli 2025 (€ 14,40)'),
  ('2026-01-01', 1471, 'Rijksoverheid, Wet minimumloon en minimumvakantiebijslag: bruto minimumuurloon 21 jaar en ouder per 1 januari 2026 (€ 14,71)');

-- Loonkostensubsidie (art. 10d Participatiewet): percentages and limits.
CREATE TABLE wage_subsidy_parameters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  valid_from date NOT NULL UNIQUE,
  holiday_pay_pct numeric(5,2) NOT NULL CHECK (holiday_pay_pct >= 0),                  -- minimumvakantiebijslag
  employer_cost_allowance_pct numeric(5,2) NOT NULL CHECK (employer_cost_allowance_pct >= 0),  -- tegemoetkoming werkgeverslasten
  max_pct numeric(5,2) NOT NULL CHECK (max_pct BETWEEN 0 AND 100),                     -- at most this share of minimum wage + holiday pay
  flat_pct_without_wage_value numeric(5,2) NOT NULL CHECK (flat_pct_without_wage_value BETWEEN 0 AND 100),  -- forfaitair
  flat_max_months smallint NOT NULL CHECK (flat_max_months >= 0),
  full_time_hours numeric(4,1) NOT NULL CHECK (full_time_hours > 0),
  source text NOT NULL
);
INSERT INTO wage_subsidy_parameters (valid_from, holiday_pay_pct, employer_cost_allowance_pct, max_pct, flat_pct_without_wage_value, flat_max_months, full_time_hours, source)
VALUES ('2018-01-01', 8, 23.5, 70, 50, 6, 36,
  'Participatiewet art. 10d (BWBR0015703); Wet minimumloon en minimumvakantiebijslag art. 15 (vakantiebijslag 8%); '
  || 'tegemoetkoming werkgeverslasten 23,5% vastgesteld per 1 januari 2018 (Regeling loonwaardebepaling en werkgeverslasten) — '
  || 'het percentage wordt jaarlijks herzien: controleer het vóór gebruik en voeg een nieuwe versie toe als het is gewijzigd');

-- plaatsing: a resident starts working at an employer. The tenant is the RESIDENT's municipality; the employer may
-- belong to another municipality of the same region (regional labour market), never outside it (checked in code).
CREATE TABLE placements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  employer_id uuid NOT NULL REFERENCES employers(id),
  opportunity_id uuid REFERENCES opportunities(id),
  kind text NOT NULL CHECK (kind IN ('regular_job', 'trial_placement', 'work_experience', 'jobs_agreement', 'sheltered_work', 'learn_work')),
  contract_hours_per_week numeric(4,1) NOT NULL CHECK (contract_hours_per_week > 0 AND contract_hours_per_week <= 40),
  hourly_wage_cents integer CHECK (hourly_wage_cents >= 0),     -- bruto uurloon: employment data, not benefit income
  start_date date NOT NULL,
  end_date date,                                                -- planned end of a fixed-term contract, or the actual end
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
  end_reason text CHECK (end_reason IN ('contract_ended', 'other_job', 'resigned', 'dismissed', 'trial_not_continued', 'moved_away', 'retirement', 'other')),
  end_note text NOT NULL DEFAULT '',
  wage_cost_subsidy boolean NOT NULL DEFAULT false,             -- loonkostensubsidie
  wage_cost_subsidy_monthly_cents integer CHECK (wage_cost_subsidy_monthly_cents >= 0),
  wage_cost_subsidy_calculation jsonb,                          -- the rule's lines and the table versions it used
  hiring_subsidy_cents integer CHECK (hiring_subsidy_cents >= 0),  -- indienstnemingssubsidie
  job_coach boolean NOT NULL DEFAULT false,                     -- jobcoaching
  job_coach_hours_per_month smallint CHECK (job_coach_hours_per_month BETWEEN 1 AND 200),
  ends_benefit boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK ((status = 'ended') = (end_reason IS NOT NULL)),
  CHECK (status = 'active' OR end_date IS NOT NULL),
  CHECK (wage_cost_subsidy = (wage_cost_subsidy_calculation IS NOT NULL)),
  CHECK (wage_cost_subsidy = (wage_cost_subsidy_monthly_cents IS NOT NULL)),
  CHECK (job_coach OR job_coach_hours_per_month IS NULL)
);
CREATE INDEX placements_municipality_start ON placements (municipality_id, start_date DESC);
CREATE INDEX placements_resident ON placements (resident_id);
CREATE INDEX placements_employer ON placements (employer_id);
CREATE INDEX placements_sheltered ON placements (municipality_id, start_date) WHERE kind = 'sheltered_work';

-- nazorg: follow-up moments after the start
CREATE TABLE placement_followups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  placement_id uuid NOT NULL REFERENCES placements(id),
  followed_up_on date NOT NULL,
  note text NOT NULL,
  recorded_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX placement_followups_placement ON placement_followups (placement_id, followed_up_on);

-- uitstroom: a resident leaves the benefit. Placements write reason 'work'; benefits (issue 6) and the
-- steering dashboards (issue 7) read and add to it.
CREATE TABLE outflow_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  occurred_on date NOT NULL,
  reason text NOT NULL CHECK (reason IN ('work', 'education', 'moved_away', 'other_income', 'other')),
  placement_id uuid UNIQUE REFERENCES placements(id),
  recorded_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outflow_events_municipality_date ON outflow_events (municipality_id, occurred_on);
CREATE INDEX outflow_events_resident ON outflow_events (resident_id);

-- taakstelling nieuw beschut werk: the yearly target the State sets per municipality
CREATE TABLE sheltered_work_targets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  year smallint NOT NULL CHECK (year BETWEEN 2015 AND 2100),
  target_hours_per_week numeric(7,1) NOT NULL CHECK (target_hours_per_week >= 0),
  hours_per_placement numeric(4,1) NOT NULL DEFAULT 31 CHECK (hours_per_placement > 0 AND hours_per_placement <= 40),
  growth_rate_pct numeric(5,2) NOT NULL DEFAULT 7.5 CHECK (growth_rate_pct BETWEEN -50 AND 100),
  source text NOT NULL,
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (municipality_id, year)
);
