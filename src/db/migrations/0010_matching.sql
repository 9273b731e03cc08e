-- Matching (issue 5): candidates for an opportunity across the region, opportunities for a resident, batch
-- assignment, and revealing an anonymous candidate of another municipality with their consultant's consent.
-- Decision record: docs/decisions/0012-matching.md.

-- Beschikbaar per: from when someone can start. NULL means "now" (no later date agreed).
ALTER TABLE work_profiles ADD COLUMN available_from date;

-- The candidate search reads one narrow table: the work profile carries copies of what the search filters and scores
-- on — the 4-digit postcode area of the address, ladder step, birth date (for the legal minimum age only), the
-- occupation and skill codes and the latest wage value. Triggers keep the copies equal to their sources; nobody
-- writes them directly: the BEFORE trigger recomputes them on every insert or update of a profile, and changes to
-- the sources "touch" the profile so it runs.
ALTER TABLE work_profiles ADD COLUMN area char(4);
ALTER TABLE work_profiles ADD COLUMN ladder_step smallint;
ALTER TABLE work_profiles ADD COLUMN birth_date date;
ALTER TABLE work_profiles ADD COLUMN occupation_codes text[] NOT NULL DEFAULT '{}';
ALTER TABLE work_profiles ADD COLUMN skill_codes text[] NOT NULL DEFAULT '{}';
ALTER TABLE work_profiles ADD COLUMN wage_value_pct smallint;

CREATE FUNCTION work_profiles_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT substr(r.postcode, 1, 4), r.ladder_step, r.birth_date INTO NEW.area, NEW.ladder_step, NEW.birth_date
  FROM residents r WHERE r.id = NEW.resident_id;
  NEW.occupation_codes := coalesce((SELECT array_agg(DISTINCT s.code ORDER BY s.code) FROM resident_skills s
                                    WHERE s.resident_id = NEW.resident_id AND s.kind = 'occupation' AND s.code IS NOT NULL), '{}');
  NEW.skill_codes := coalesce((SELECT array_agg(DISTINCT s.code ORDER BY s.code) FROM resident_skills s
                               WHERE s.resident_id = NEW.resident_id AND s.kind = 'skill' AND s.code IS NOT NULL), '{}');
  NEW.wage_value_pct := (SELECT m.percentage FROM wage_value_measurements m WHERE m.resident_id = NEW.resident_id
                         ORDER BY m.measured_on DESC, m.created_at DESC LIMIT 1);
  RETURN NEW;
END $$;
CREATE TRIGGER work_profiles_sync BEFORE INSERT OR UPDATE ON work_profiles FOR EACH ROW EXECUTE FUNCTION work_profiles_sync();
UPDATE work_profiles SET resident_id = resident_id;

CREATE FUNCTION residents_touch_work_profile() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE work_profiles SET resident_id = resident_id WHERE resident_id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER residents_work_profile AFTER UPDATE OF postcode, ladder_step, birth_date ON residents FOR EACH ROW
  WHEN (OLD.postcode IS DISTINCT FROM NEW.postcode OR OLD.ladder_step IS DISTINCT FROM NEW.ladder_step OR OLD.birth_date IS DISTINCT FROM NEW.birth_date)
  EXECUTE FUNCTION residents_touch_work_profile();

-- Skills and wage values change in sets (an import, the generator): one UPDATE per statement, over the residents
-- the statement touched (transition table "changed").
CREATE FUNCTION touch_work_profiles_of_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE work_profiles SET resident_id = resident_id WHERE resident_id IN (SELECT resident_id FROM changed);
  RETURN NULL;
END $$;
CREATE TRIGGER resident_skills_inserted AFTER INSERT ON resident_skills REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION touch_work_profiles_of_changed();
CREATE TRIGGER resident_skills_updated AFTER UPDATE ON resident_skills REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION touch_work_profiles_of_changed();
CREATE TRIGGER resident_skills_deleted AFTER DELETE ON resident_skills REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION touch_work_profiles_of_changed();
CREATE TRIGGER wage_values_inserted AFTER INSERT ON wage_value_measurements REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION touch_work_profiles_of_changed();
CREATE TRIGGER wage_values_deleted AFTER DELETE ON wage_value_measurements REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION touch_work_profiles_of_changed();

-- Candidate search (src/modules/matching/store.ts): per area within reach, the profiles whose maximum travel
-- distance covers it (max_travel_km >= distance, or unknown and the default covers it). The second index finds
-- the largest travel distance of a region's profiles, which bounds the set of areas to look at.
CREATE INDEX work_profiles_reach ON work_profiles (area, max_travel_km);
CREATE INDEX work_profiles_municipality_reach ON work_profiles (municipality_id, max_travel_km);

-- Rules of matching that are law or policy, versioned: the legal minimum age for work (Arbeidstijdenwet) and the
-- travel distance assumed when a profile has none. A candidate list records the version it used.
CREATE TABLE matching_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  valid_from date NOT NULL UNIQUE,
  minimum_age_years smallint NOT NULL CHECK (minimum_age_years BETWEEN 13 AND 18),
  default_max_travel_km smallint NOT NULL CHECK (default_max_travel_km BETWEEN 1 AND 300),
  source text NOT NULL
);
INSERT INTO matching_rules (valid_from, minimum_age_years, default_max_travel_km, source) VALUES (
  '2020-01-01', 16, 20,
  'Minimumleeftijd: Arbeidstijdenwet art. 3:2 en Arbeidstijdenbesluit hoofdstuk 3 (jongeren mogen vanaf 16 jaar gewoon werk doen, '
  || 'jonger alleen licht werk). Reisafstand zonder eigen opgave: beleidskeuze Meedoen, 20 km (besluit 0012).'
);

-- Key for the pseudonymous candidate tokens (src/modules/matching/pseudonym.ts): 256 random bits from
-- gen_random_uuid (a strong random source), made once per installation. Not tenant data.
CREATE TABLE pseudonym_keys (
  purpose text PRIMARY KEY,
  secret text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO pseudonym_keys (purpose, secret)
VALUES ('candidate', replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

-- Kennismakingsverzoek: the municipality of an opportunity asks to see who an anonymous candidate of another
-- municipality (or outside the asker's team) is; the candidate's own consultant approves or declines. The tenant
-- is the RESIDENT's municipality: it owns the person's data and decides. An approval reveals name and contact
-- person to the asking municipality for this opportunity only.
CREATE TABLE candidate_reveals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  opportunity_id uuid NOT NULL REFERENCES opportunities(id),
  requester_municipality_id uuid NOT NULL REFERENCES municipalities(id),
  requested_by uuid NOT NULL REFERENCES users(id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  message text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'declined')),
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz,
  decision_reason text NOT NULL DEFAULT '',
  UNIQUE (opportunity_id, resident_id)
);
CREATE INDEX candidate_reveals_municipality_status ON candidate_reveals (municipality_id, status, requested_at);
