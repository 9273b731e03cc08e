-- Uitkeringen (issue 6): one active benefit (bijstand) per benefit household, granted by a decision. The household
-- situation is stored in the shape the calculation takes (src/rules/benefit/calculate.ts HouseholdSituation without the
-- month and the month's income), so a payment run computes each month from it; decisions change it, never in place
-- without a new version.
CREATE TABLE benefits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),          -- the applicant (hoofdaanvrager)
  partner_resident_id uuid REFERENCES residents(id),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'ended')),
  start_date date NOT NULL,
  end_date date,
  end_reason text,                                            -- coded, e.g. 'work' (uitstroom naar werk), 'moved', 'other_income'
  iban text NOT NULL CHECK (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$'),
  account_holder text NOT NULL,
  situation jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX benefits_municipality_status ON benefits (municipality_id, status);
CREATE INDEX benefits_resident ON benefits (resident_id);
-- At most one benefit that is not ended per applicant.
CREATE UNIQUE INDEX benefits_one_open_per_resident ON benefits (resident_id) WHERE status <> 'ended';
