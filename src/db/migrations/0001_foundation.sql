-- Foundation: tenants (municipalities) in regions, organisations, teams, users, sessions,
-- residents with household, target groups and participation ladder, and the audit log.

CREATE TABLE regions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE
);

-- gemeente: the tenant
CREATE TABLE municipalities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9-]*$'),  -- used in user names: role@code
  name text NOT NULL,
  cbs_code text NOT NULL UNIQUE,                                   -- GMxxxx
  region_id uuid REFERENCES regions(id),
  inhabitants integer
);

-- the municipality itself, or a partner (sociaal werkbedrijf, re-integratiebureau)
CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('municipality', 'provider'))
);
CREATE INDEX organisations_municipality ON organisations (municipality_id);

CREATE TABLE teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  name text NOT NULL
);
CREATE INDEX teams_municipality ON teams (municipality_id);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  team_id uuid REFERENCES teams(id),
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('work_consultant','income_consultant','employer_account_manager','team_lead',
                                     'policy_analyst','partner_coach','administrator','resident')),
  password_hash text NOT NULL,
  is_demo boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  resident_id uuid,                       -- set for role 'resident': the person this account belongs to
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_municipality_role ON users (municipality_id, role);
CREATE INDEX users_team ON users (team_id);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,            -- sha256 of the cookie value; the value itself is never stored
  user_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,        -- absolute timeout
  origin text
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_attempts (
  id bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  username text NOT NULL,
  user_id uuid,
  result text NOT NULL CHECK (result IN ('success', 'denied', 'rate_limited')),
  reason text,
  request_id text,
  origin text
);
CREATE INDEX login_attempts_username ON login_attempts (username, occurred_at);

CREATE TABLE households (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id)
);

-- inwoner
CREATE TABLE residents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  bsn char(9) NOT NULL,
  given_names text NOT NULL,
  surname_prefix text,                    -- tussenvoegsel
  surname text NOT NULL,
  birth_date date NOT NULL,
  street text NOT NULL,
  house_number integer NOT NULL,
  house_number_suffix text,
  postcode char(6) NOT NULL,              -- 1234AB, stored without space
  city text NOT NULL,
  phone text,
  email text,
  preferred_language text NOT NULL DEFAULT 'nl',
  household_id uuid REFERENCES households(id),
  household_role text CHECK (household_role IN ('primary', 'partner')),  -- hoofdontvanger / partner
  contact_person_id uuid REFERENCES users(id),   -- vaste contactpersoon
  team_id uuid REFERENCES teams(id),             -- team of the contact person, kept with it for team views
  ladder_step smallint CHECK (ladder_step BETWEEN 1 AND 6),  -- latest measurement, kept with the history
  ladder_measured_on date,
  last_contact_on date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (municipality_id, bsn)
);
CREATE INDEX residents_caseload ON residents (municipality_id, contact_person_id, surname, id);
CREATE INDEX residents_team ON residents (municipality_id, team_id, surname, id);
CREATE INDEX residents_postcode ON residents (municipality_id, postcode);
CREATE INDEX residents_surname_lower ON residents (municipality_id, lower(surname) text_pattern_ops);
CREATE INDEX residents_household ON residents (household_id);

-- household members who are not residents themselves (children, housemates)
CREATE TABLE household_members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  household_id uuid NOT NULL REFERENCES households(id),
  kind text NOT NULL CHECK (kind IN ('child', 'housemate')),
  given_names text NOT NULL,
  birth_date date NOT NULL,
  cost_sharer boolean NOT NULL DEFAULT false,  -- kostendeler (art. 22a Participatiewet)
  cost_sharer_exemption text                   -- e.g. student, commercial tenant: why a 27+ housemate does not count
);
CREATE INDEX household_members_household ON household_members (household_id);

-- doelgroep
CREATE TABLE resident_target_groups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  code text NOT NULL CHECK (code IN ('bijstand', 'nug', 'sw_indicatie', 'nieuw_beschut', 'statushouder', 'jongere_rmc', 'doelgroepregister')),
  start_date date NOT NULL,
  end_date date,
  details jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX resident_target_groups_resident ON resident_target_groups (resident_id);
CREATE INDEX resident_target_groups_code ON resident_target_groups (municipality_id, code) WHERE end_date IS NULL;

-- participatieladder: history of measurements
CREATE TABLE ladder_measurements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  step smallint NOT NULL CHECK (step BETWEEN 1 AND 6),
  measured_on date NOT NULL,
  measured_by uuid REFERENCES users(id),
  motivation text NOT NULL DEFAULT ''
);
CREATE INDEX ladder_measurements_resident ON ladder_measurements (resident_id, measured_on);

-- Audit log: append-only, one hash chain per municipality.
CREATE TABLE audit_events (
  seq bigserial PRIMARY KEY,
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  chain_index bigint NOT NULL,
  occurred_at timestamptz NOT NULL,
  actor_user_id uuid,
  actor_role text,
  organisation_id uuid,
  resident_ids uuid[] NOT NULL DEFAULT '{}',
  action text NOT NULL,
  object_type text,
  object_id text,
  purpose text,
  result text NOT NULL CHECK (result IN ('success', 'denied', 'error')),
  request_id text,
  origin text,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  UNIQUE (municipality_id, chain_index)
);
CREATE INDEX audit_events_residents ON audit_events USING gin (resident_ids);
CREATE INDEX audit_events_actor ON audit_events (actor_user_id, occurred_at);

CREATE TABLE audit_chain_heads (
  municipality_id uuid PRIMARY KEY REFERENCES municipalities(id),
  last_index bigint NOT NULL,
  last_hash text NOT NULL
);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END $$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
