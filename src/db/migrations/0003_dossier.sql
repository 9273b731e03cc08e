-- The full resident dossier (issue 3): contact-person history, household versions, target-group
-- versions, work profile, barriers, action plan, contact moments and referrals.

ALTER TABLE households ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE resident_target_groups ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE household_members ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE household_members ADD COLUMN version integer NOT NULL DEFAULT 1;

-- vaste contactpersoon: every change with date and reason
CREATE TABLE contact_person_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  from_user_id uuid REFERENCES users(id),
  to_user_id uuid NOT NULL REFERENCES users(id),
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by uuid REFERENCES users(id),
  reason text NOT NULL
);
CREATE INDEX contact_person_changes_resident ON contact_person_changes (resident_id, changed_at);

-- werkprofiel
CREATE TABLE work_profiles (
  resident_id uuid PRIMARY KEY REFERENCES residents(id),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  education_level text,                 -- opleidingsniveau: geen, basisonderwijs, vmbo, mbo1..mbo4, havo, vwo, hbo, wo
  dutch_level text CHECK (dutch_level IN ('A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),  -- taalniveau Nederlands (ERK/CEFR)
  driving_licences text[] NOT NULL DEFAULT '{}',  -- rijbewijscategorieën, e.g. {B}
  hours_per_week smallint CHECK (hours_per_week BETWEEN 0 AND 60),
  max_travel_km smallint CHECK (max_travel_km BETWEEN 0 AND 300),
  wishes text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- loonwaarde: % of the statutory minimum wage the person's output is worth
CREATE TABLE wage_value_measurements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  percentage smallint NOT NULL CHECK (percentage BETWEEN 0 AND 100),
  measured_on date NOT NULL,
  method text NOT NULL,
  recorded_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX wage_value_measurements_resident ON wage_value_measurements (resident_id, measured_on);

-- beroepen en vaardigheden: a code from the shipped list, or free text
CREATE TABLE resident_skills (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  kind text NOT NULL CHECK (kind IN ('occupation', 'skill')),
  code text,
  free_text text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (code IS NOT NULL OR free_text IS NOT NULL)
);
CREATE INDEX resident_skills_resident ON resident_skills (resident_id);
CREATE INDEX resident_skills_code ON resident_skills (municipality_id, kind, code);

-- belemmeringen; category 'health' is special-category data (AVG art. 9)
CREATE TABLE barriers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  category text NOT NULL CHECK (category IN ('language', 'debts', 'care_duties', 'health', 'housing', 'transport', 'childcare', 'other')),
  description text NOT NULL DEFAULT '',
  since date,
  resolved_on date,
  recorded_by uuid REFERENCES users(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX barriers_resident ON barriers (resident_id);

-- plan van aanpak: goals and agreed steps
CREATE TABLE plan_goals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'achieved', 'dropped')),
  target_date date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_goals_resident ON plan_goals (resident_id);

CREATE TABLE plan_steps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  goal_id uuid REFERENCES plan_goals(id),
  description text NOT NULL,
  owner text NOT NULL CHECK (owner IN ('resident', 'consultant', 'partner', 'other')),
  owner_name text,
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  completed_on date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_steps_resident ON plan_steps (resident_id);
-- overdue steps are looked up per resident in caseload filters
CREATE INDEX plan_steps_open_due ON plan_steps (resident_id, due_on) WHERE status = 'open';

-- contactmomenten
CREATE TABLE contact_moments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  occurred_on date NOT NULL,
  channel text NOT NULL CHECK (channel IN ('meeting', 'phone', 'email', 'home_visit', 'video', 'letter')),
  note text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_moments_resident ON contact_moments (resident_id, occurred_on);

-- verwijzingen naar andere domeinen
CREATE TABLE referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  domain text NOT NULL CHECK (domain IN ('wmo', 'youth_care', 'debt_assistance', 'compulsory_education')),
  referred_on date NOT NULL,
  status text NOT NULL DEFAULT 'referred' CHECK (status IN ('referred', 'in_progress', 'completed', 'declined')),
  note text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referrals_resident ON referrals (resident_id);

-- caseload filters at scale: days since last contact, ladder step within a caseload or team
CREATE INDEX residents_caseload_contact ON residents (municipality_id, contact_person_id, last_contact_on);
CREATE INDEX residents_team_contact ON residents (municipality_id, team_id, last_contact_on);
