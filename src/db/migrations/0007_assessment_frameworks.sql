-- Afwegingskaders (issue 4): frameworks of must-pass and weighted criteria; proposals scored against one,
-- with the decision, its reasons, who decided and when. Score lines keep a copy of the criterion as it was
-- when the decision was taken, so a later change of the framework never rewrites a recorded decision.

CREATE TABLE assessment_frameworks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  max_score smallint NOT NULL DEFAULT 5 CHECK (max_score BETWEEN 1 AND 10),   -- weighted criteria are scored 0..max_score
  created_by uuid REFERENCES users(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_frameworks_municipality ON assessment_frameworks (municipality_id, name);

CREATE TABLE assessment_criteria (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  framework_id uuid NOT NULL REFERENCES assessment_frameworks(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('must_pass', 'weighted')),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  weight smallint CHECK (weight BETWEEN 1 AND 10),
  position smallint NOT NULL,
  CHECK ((kind = 'weighted') = (weight IS NOT NULL))
);
CREATE INDEX assessment_criteria_framework ON assessment_criteria (framework_id, position);

-- a proposal (e.g. a partner organisation widening its services) and, once taken, the decision
CREATE TABLE assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  framework_id uuid NOT NULL REFERENCES assessment_frameworks(id),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  submitted_by text NOT NULL,                        -- the proposing organisation, as text
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'approved', 'rejected')),
  total_score integer,                               -- Σ score × weight
  max_total_score integer,                           -- Σ max_score × weight
  decision_reasons text,
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK ((status = 'open') = (decided_at IS NULL)),
  CHECK (status = 'open' OR (decision_reasons IS NOT NULL AND total_score IS NOT NULL AND max_total_score IS NOT NULL))
);
CREATE INDEX assessments_municipality ON assessments (municipality_id, created_at);

-- one line per criterion of the decision: the answer plus a copy of the criterion as it was
CREATE TABLE assessment_lines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  assessment_id uuid NOT NULL REFERENCES assessments(id),
  criterion_id uuid REFERENCES assessment_criteria(id) ON DELETE SET NULL,
  kind text NOT NULL CHECK (kind IN ('must_pass', 'weighted')),
  title text NOT NULL,
  weight smallint,
  max_score smallint,
  score smallint,
  points integer,                                    -- score × weight
  passed boolean,
  explanation text NOT NULL DEFAULT '',
  position smallint NOT NULL,
  CHECK ((kind = 'must_pass') = (passed IS NOT NULL)),
  CHECK ((kind = 'weighted') = (score IS NOT NULL AND weight IS NOT NULL AND points IS NOT NULL))
);
CREATE INDEX assessment_lines_assessment ON assessment_lines (assessment_id, position);
