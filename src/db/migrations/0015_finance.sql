-- Sturing: financiën per stroom en jaar, de reserve sociaal domein en prognosescenario's (issue 7).
-- Aggregates only: no personal data. Amounts in whole cents. See docs/decisions/0016-finance-and-forecasts.md.

-- Figures entered by the policy analyst per municipality, year and stream: the budget (begroting) and the realised
-- figures of the annual accounts (jaarrekening). A realised expenditure left empty is taken from Meedoen's own
-- registration (benefits: the payments of approved payment runs in that year; re-integration: the realised cost of
-- the trajectories charged to that year).
CREATE TABLE finance_figures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  stream text NOT NULL CHECK (stream IN ('benefits', 'reintegration', 'sheltered_employment')),  -- BUIG, participatiebudget, Wsw
  basis text NOT NULL CHECK (basis IN ('budget', 'realised')),
  income_cents bigint NOT NULL CHECK (income_cents >= 0),
  expenditure_cents bigint CHECK (expenditure_cents >= 0),
  source text NOT NULL,
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (municipality_id, year, stream, basis),
  CHECK (basis = 'realised' OR expenditure_cents IS NOT NULL)
);

-- reserve sociaal domein: the balance at the start of the opening year; later years follow from the balances.
CREATE TABLE social_domain_reserves (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL UNIQUE REFERENCES municipalities(id),
  opening_year integer NOT NULL CHECK (opening_year BETWEEN 2000 AND 2100),
  opening_balance_cents bigint NOT NULL CHECK (opening_balance_cents >= 0),
  source text NOT NULL,
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);

-- Caseload scenarios (prognoses): start, monthly inflow and outflow, horizon, and the cost inputs with their source.
CREATE TABLE forecast_scenarios (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  description text NOT NULL DEFAULT '',
  start_month text NOT NULL CHECK (start_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),  -- the first month, 'YYYY-MM'
  horizon_months smallint NOT NULL CHECK (horizon_months BETWEEN 1 AND 120),
  start_caseload integer NOT NULL CHECK (start_caseload BETWEEN 0 AND 1000000),       -- benefit households at the start
  inflow_per_month numeric(8,2) NOT NULL CHECK (inflow_per_month >= 0),              -- new households per month
  outflow_pct_per_month numeric(5,2) NOT NULL CHECK (outflow_pct_per_month BETWEEN 0 AND 100),  -- share leaving per month
  benefit_cost_per_household_cents bigint NOT NULL CHECK (benefit_cost_per_household_cents >= 0),  -- per year
  benefit_cost_source text NOT NULL,
  sheltered_growth_pct numeric(5,2) NOT NULL CHECK (sheltered_growth_pct BETWEEN -50 AND 100),
  sheltered_cost_per_place_cents bigint NOT NULL CHECK (sheltered_cost_per_place_cents >= 0),  -- per year
  sheltered_cost_source text NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (municipality_id, name)
);
