-- Sturing: dashboards en CBS-leveringen (issue 7). See docs/decisions/0017-dashboards-and-cbs.md.

-- Reference figures a municipality enters, each valid from a date and with its source (never overwritten: a new
-- figure is a new row): its number of inhabitants, and the national number of benefits per 1,000 inhabitants that the
-- benefits-per-1,000 figure shows as its reference line. municipalities.inhabitants stays the plain number others read;
-- entering a newer inhabitants figure updates it.
CREATE TABLE dashboard_reference_figures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  kind text NOT NULL CHECK (kind IN ('inhabitants', 'national_benefits_per_1000')),
  valid_from date NOT NULL,
  value numeric(12,2) NOT NULL CHECK (value >= 0),
  source text NOT NULL CHECK (length(source) BETWEEN 3 AND 500),
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (municipality_id, kind, valid_from),
  CHECK (kind <> 'inhabitants' OR value = trunc(value))
);

-- Pre-aggregated counts per municipality, so that a dashboard (and above all the region's, which adds up every
-- municipality) never counts a million residents or benefits while someone waits. Rebuilt per municipality in one
-- transaction by the refresh (server job, `meedoen dashboards refresh`, or the first read of the day). Counts only: no
-- person. Stock counts are about the refresh day; flows are per calendar month ('YYYY-MM'), over all history.
--   ladder_step          key = step 1–6 or 'none' (not yet measured)
--   target_group         key = target-group code, active on the refresh day
--   contact              key = contact person (user id) or 'none', bucket = days since last contact
--   contact_total        bucket = days since last contact (the same, added up over the contact persons)
--   benefit_active       benefits running on the refresh day
--   benefit_inflow       month = start month
--   benefit_outflow      month = end month, key = end reason or 'unknown'
--   trajectory_started   key = instrument code or 'maatwerk', month = start month
--   trajectory_ended     key = instrument code or 'maatwerk', bucket = outcome, month = end month
--   trajectory_running   key = instrument code or 'maatwerk' (status started)
--   placement_started / placement_ended (month), placement_active / placement_subsidy (running on the day): key = kind
CREATE TABLE dashboard_counts (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  measure text NOT NULL,
  key text NOT NULL DEFAULT '',
  bucket text NOT NULL DEFAULT '',
  month text NOT NULL DEFAULT '',
  n integer NOT NULL CHECK (n >= 0),
  PRIMARY KEY (municipality_id, measure, key, bucket, month)
);

CREATE TABLE dashboard_refreshes (
  municipality_id uuid PRIMARY KEY REFERENCES municipalities(id),
  refreshed_on date NOT NULL,            -- the Dutch calendar day the counts are about
  refreshed_at timestamptz NOT NULL,
  duration_ms integer NOT NULL
);

-- The refresh counts active target groups per municipality; without this it reads the whole table.
CREATE INDEX resident_target_groups_municipality ON resident_target_groups (municipality_id, code);
