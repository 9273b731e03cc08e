-- Werkgevers en kansen (issue 5): employers of a municipality (Werkgeversservicepunt), their contact persons
-- and their opportunities (vacancies, trial placements, work-experience places, jobs-agreement jobs, sheltered
-- places, learn-work places). An opportunity may be shared with the region: the other municipalities of the
-- same region may read it and propose their residents; only the owning municipality may change it.

-- Approximate centroids of 4-digit postcode areas, for travel distance in matching. Not tenant data: an area
-- is a fact about the country, shared by every municipality.
CREATE TABLE postcode_coordinates (
  area text PRIMARY KEY CHECK (area ~ '^[0-9]{4}$'),
  place text NOT NULL,
  latitude double precision NOT NULL,
  longitude double precision NOT NULL,
  source text NOT NULL
);

-- The demo region uses real Twente areas (Delden 749x, Haaksbergen 748x) for its fictional municipalities.
INSERT INTO postcode_coordinates (area, place, latitude, longitude, source)
SELECT v.area, v.place, v.latitude, v.longitude, 'Benadering voor de demoregio (centroïde PC4, afgerond), niet voor productie'
FROM (VALUES
  ('7491', 'Delden',       52.260, 6.712),
  ('7492', 'Delden',       52.268, 6.727),
  ('7493', 'Delden',       52.252, 6.700),
  ('7494', 'Ambt Delden',  52.283, 6.690),
  ('7495', 'Ambt Delden',  52.238, 6.752),
  ('7481', 'Haaksbergen',  52.157, 6.741),
  ('7482', 'Haaksbergen',  52.147, 6.727),
  ('7483', 'Haaksbergen',  52.163, 6.760)
) AS v(area, place, latitude, longitude)
ON CONFLICT (area) DO NOTHING;

CREATE TABLE employers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  name text NOT NULL,
  kvk_number text CHECK (kvk_number ~ '^[0-9]{8}$'),
  sector text NOT NULL,                              -- code of src/modules/employers/labels.ts (SBI 2008 sections)
  street text,
  house_number integer,
  postcode char(6) NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  city text NOT NULL,
  description text NOT NULL DEFAULT '',
  social_return_hours_per_year integer,              -- social return agreed in municipal contracts (SROI), if any
  agreements text NOT NULL DEFAULT '',               -- free-text agreements with the WSP
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (municipality_id, kvk_number)
);
CREATE INDEX employers_municipality ON employers (municipality_id, name);

-- contact persons at an employer: people, so writes are audited
CREATE TABLE employer_contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  employer_id uuid NOT NULL REFERENCES employers(id),
  name text NOT NULL,
  role text NOT NULL DEFAULT '',
  phone text,
  email text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employer_contacts_employer ON employer_contacts (employer_id);

CREATE TABLE opportunities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  employer_id uuid NOT NULL REFERENCES employers(id),
  kind text NOT NULL CHECK (kind IN ('regular_vacancy', 'trial_placement', 'work_experience', 'jobs_agreement', 'sheltered_place', 'learn_work')),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  occupation_code text NOT NULL,                     -- ISCO-08 code from src/modules/residents/data/occupations.json
  required_skills text[] NOT NULL DEFAULT '{}',      -- skill codes from the same list
  hours_per_week smallint NOT NULL CHECK (hours_per_week BETWEEN 1 AND 40),
  postcode char(6) NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),  -- where the work is done; its PC4 area is in postcode_coordinates
  language_level text CHECK (language_level IN ('A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
  driving_licence text,                              -- required category (B, C, …), if any
  min_ladder_step smallint CHECK (min_ladder_step BETWEEN 1 AND 6),
  start_date date NOT NULL,
  places integer NOT NULL CHECK (places > 0),
  shared_with_region boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'closed')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX opportunities_municipality_status ON opportunities (municipality_id, status);
CREATE INDEX opportunities_region_status ON opportunities (shared_with_region, status);
CREATE INDEX opportunities_employer ON opportunities (employer_id);
