-- Raadsrapportages (issue 7): the quarterly progress report (kwartaalrapportage) and the yearly execution plan
-- (uitvoeringsplan) to the council. Aggregates only: no personal data. See docs/decisions/0018-council-reports.md.

-- A report per municipality, kind and period ('2026-Q3' or '2027'). While draft its figures are read live; publishing
-- stores the figures (snapshot) and the rendered PDF, after which the row never changes again (trigger below).
-- A correction after publication is a new edition of the same period: a new draft with a reason; the published
-- edition stays as it was.
CREATE TABLE council_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  kind text NOT NULL CHECK (kind IN ('quarterly', 'execution_plan')),
  period text NOT NULL,
  edition smallint NOT NULL DEFAULT 1 CHECK (edition BETWEEN 1 AND 99),
  correction_reason text,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  -- what the policy analyst writes: toelichting; for the plan priority groups, goals, budget split, scenario
  narrative jsonb NOT NULL DEFAULT '{}',
  snapshot jsonb,
  pdf bytea,
  pdf_sha256 text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  published_by uuid REFERENCES users(id),
  published_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (municipality_id, kind, period, edition),
  CHECK ((kind = 'quarterly' AND period ~ '^[0-9]{4}-Q[1-4]$') OR (kind = 'execution_plan' AND period ~ '^[0-9]{4}$')),
  CHECK ((edition = 1) = (correction_reason IS NULL)),
  CHECK ((status = 'published') = (snapshot IS NOT NULL AND pdf IS NOT NULL AND pdf_sha256 IS NOT NULL AND published_at IS NOT NULL))
);
-- At most one draft per period at a time.
CREATE UNIQUE INDEX council_reports_one_draft ON council_reports (municipality_id, kind, period) WHERE status = 'draft';
CREATE INDEX council_reports_list ON council_reports (municipality_id, kind, period DESC);

-- Frozen once published: the database itself refuses to change or delete a published report.
CREATE FUNCTION council_reports_frozen() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'council report % is published and cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER council_reports_frozen BEFORE UPDATE OR DELETE ON council_reports
  FOR EACH ROW EXECUTE FUNCTION council_reports_frozen();
