-- Aanvragen, besluiten en wijzigingen bijstand (issue 6; decision record 0014).
-- Statutory terms are national, versioned rows (valid_from + source) that the logic reads; money is integer cents.

-- Wettelijke termijnen in weeks: beslistermijn, voorschot, bezwaartermijn. A new law is a new row, never an UPDATE.
CREATE TABLE legal_terms (
  id text PRIMARY KEY,
  code text NOT NULL CHECK (code IN ('decision_term', 'advance_payment_term', 'objection_term')),
  valid_from date NOT NULL,
  weeks smallint NOT NULL CHECK (weeks > 0),
  article text NOT NULL,
  source text NOT NULL,
  UNIQUE (code, valid_from)
);
INSERT INTO legal_terms (id, code, valid_from, weeks, article, source) VALUES
  ('beslistermijn-2015-01-01', 'decision_term', '2015-01-01', 8, 'art. 4:13 lid 2 Algemene wet bestuursrecht',
   'Awb art. 4:13: zonder wettelijke termijn beslist het bestuursorgaan binnen acht weken na ontvangst van de aanvraag; de Participatiewet (BWBR0015703, in werking 1-1-2015) kent geen eigen termijn. Opschorting tijdens een hersteltermijn: art. 4:15 lid 1 onderdeel a Awb.'),
  ('voorschot-2015-01-01', 'advance_payment_term', '2015-01-01', 4, 'art. 52 lid 1 Participatiewet',
   'Participatiewet art. 52 lid 1: kan het recht op bijstand nog niet worden vastgesteld, dan verstrekt het college binnen vier weken na ontvangst van de aanvraag een voorschot.'),
  ('bezwaartermijn-1994-01-01', 'objection_term', '1994-01-01', 6, 'art. 6:7 Algemene wet bestuursrecht',
   'Awb art. 6:7: de termijn voor het indienen van een bezwaarschrift bedraagt zes weken (art. 6:8: vanaf de dag na bekendmaking).');

-- Aanvraag bijstand: by the resident in the portal or by an income consultant. The situation has the shape of the
-- benefit calculation (HouseholdSituation without month); documents is the checklist [{ code, received }].
CREATE TABLE benefit_applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  partner_resident_id uuid REFERENCES residents(id),
  channel text NOT NULL CHECK (channel IN ('portal', 'consultant')),
  submitted_by uuid NOT NULL REFERENCES users(id),
  received_on date NOT NULL,                      -- datum van ontvangst: the terms run from here
  requested_start_date date NOT NULL,
  situation jsonb NOT NULL,
  iban text NOT NULL CHECK (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$'),
  account_holder text NOT NULL,
  advance_requested boolean NOT NULL DEFAULT false,   -- voorschot gevraagd
  advance_paid_on date,                               -- voorschot verstrekt op
  advance_cents integer CHECK (advance_cents >= 0),
  documents jsonb NOT NULL DEFAULT '[]'::jsonb,
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'in_treatment', 'repair_period', 'decided')),
  repair_deadline date,                               -- hersteltermijn: until when, and what is missing
  repair_missing text,
  decided_on date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'repair_period' OR (repair_deadline IS NOT NULL AND repair_missing IS NOT NULL)),
  CHECK ((advance_paid_on IS NULL) = (advance_cents IS NULL))
);
CREATE INDEX benefit_applications_list ON benefit_applications (municipality_id, status, received_on);
CREATE INDEX benefit_applications_resident ON benefit_applications (resident_id);
-- At most one application in treatment per applicant.
CREATE UNIQUE INDEX benefit_applications_one_open ON benefit_applications (resident_id) WHERE status <> 'decided';

-- Status history the resident follows; the repair periods in it suspend the decision term.
CREATE TABLE benefit_application_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  application_id uuid NOT NULL REFERENCES benefit_applications(id),
  status text NOT NULL CHECK (status IN ('received', 'in_treatment', 'repair_period', 'decided')),
  occurred_on date NOT NULL,
  repair_deadline date,
  repair_missing text,
  note text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX benefit_application_events_application ON benefit_application_events (application_id, recorded_at);

-- Inkomstenopgave per maand, by the resident (or the consultant for them). The payment run uses a 'processed' report
-- for its month instead of the standing situation's income. A correction before processing supersedes the earlier one.
CREATE TABLE benefit_income_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  benefit_id uuid NOT NULL REFERENCES benefits(id),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  earnings_applicant_cents integer NOT NULL DEFAULT 0 CHECK (earnings_applicant_cents >= 0),
  earnings_partner_cents integer NOT NULL DEFAULT 0 CHECK (earnings_partner_cents >= 0),
  other_income_cents integer NOT NULL DEFAULT 0 CHECK (other_income_cents >= 0),
  gifts_cents integer NOT NULL DEFAULT 0 CHECK (gifts_cents >= 0),
  note text NOT NULL DEFAULT '',
  reported_by uuid REFERENCES users(id),
  reported_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'processed', 'superseded')),
  processed_at timestamptz
);
CREATE UNIQUE INDEX benefit_income_reports_one_per_month ON benefit_income_reports (benefit_id, month) WHERE status <> 'superseded';
CREATE INDEX benefit_income_reports_month ON benefit_income_reports (municipality_id, month, status);

-- Wijziging huishouden: a new housemate from a date (kostendeler unless student or commercial tenant).
CREATE TABLE benefit_household_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  benefit_id uuid NOT NULL REFERENCES benefits(id),
  effective_date date NOT NULL,
  given_names text NOT NULL,
  birth_date date NOT NULL,
  shares_costs boolean NOT NULL,
  note text NOT NULL DEFAULT '',
  reported_by uuid REFERENCES users(id),
  reported_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'processed')),
  processed_at timestamptz
);
CREATE INDEX benefit_household_reports_benefit ON benefit_household_reports (benefit_id);
CREATE INDEX benefit_household_reports_open ON benefit_household_reports (municipality_id, status);

-- Besluiten: grant, refuse, change, end, recover. 'proposed' waits for a second person (four eyes), 'final' is
-- vastgesteld (and has its effect on `benefits`), 'rejected' was sent back by the second person.
CREATE TABLE benefit_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  resident_id uuid NOT NULL REFERENCES residents(id),
  application_id uuid REFERENCES benefit_applications(id),
  benefit_id uuid REFERENCES benefits(id),
  income_report_id uuid REFERENCES benefit_income_reports(id),
  household_report_id uuid REFERENCES benefit_household_reports(id),
  kind text NOT NULL CHECK (kind IN ('grant', 'refuse', 'change', 'end', 'recover')),
  status text NOT NULL CHECK (status IN ('proposed', 'final', 'rejected')),
  effective_date date NOT NULL,                 -- ingangsdatum: start, change or end; for a recovery the decision's own date
  period_month text CHECK (period_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),  -- a change for this month only (an income report)
  legal_ground text NOT NULL,
  reasoning text NOT NULL,
  situation jsonb,
  iban text,
  account_holder text,
  calculation jsonb,                            -- BenefitCalculation of the effective month, incl. the table version
  rule_table_id text REFERENCES benefit_rule_tables(id),
  previous_payable_cents integer,               -- change: what the standing situation paid for that month
  end_reason text CHECK (end_reason IN ('work', 'moved', 'other_income', 'partner_income', 'detention', 'death', 'other')),
  recovery_cents integer CHECK (recovery_cents > 0),
  recovery_from date,
  recovery_to date,
  needs_second_approval boolean NOT NULL,
  four_eyes_setting_id uuid REFERENCES policy_settings(id),
  four_eyes_threshold_cents integer,
  proposed_by uuid NOT NULL REFERENCES users(id),
  proposed_at timestamptz NOT NULL DEFAULT now(),
  reviewed_by uuid REFERENCES users(id),
  reviewed_at timestamptz,
  review_note text NOT NULL DEFAULT '',
  decided_on date,                              -- dagtekening of the letter
  version integer NOT NULL DEFAULT 1,
  CHECK (kind NOT IN ('grant', 'change') OR (situation IS NOT NULL AND calculation IS NOT NULL AND rule_table_id IS NOT NULL)),
  CHECK (kind NOT IN ('grant', 'refuse') OR application_id IS NOT NULL),
  CHECK (kind NOT IN ('change', 'end', 'recover') OR benefit_id IS NOT NULL),
  CHECK (kind <> 'grant' OR (iban IS NOT NULL AND account_holder IS NOT NULL)),
  CHECK (kind <> 'end' OR end_reason IS NOT NULL),
  CHECK (kind <> 'recover' OR (recovery_cents IS NOT NULL AND recovery_from IS NOT NULL AND recovery_to IS NOT NULL AND recovery_to >= recovery_from)),
  CHECK ((status = 'final') = (decided_on IS NOT NULL))
);
CREATE INDEX benefit_decisions_list ON benefit_decisions (municipality_id, status, proposed_at);
CREATE INDEX benefit_decisions_resident ON benefit_decisions (resident_id);
CREATE INDEX benefit_decisions_application ON benefit_decisions (application_id);
CREATE INDEX benefit_decisions_benefit ON benefit_decisions (benefit_id);
-- One proposal at a time per application and per benefit.
CREATE UNIQUE INDEX benefit_decisions_one_proposed_application ON benefit_decisions (application_id) WHERE status = 'proposed';
CREATE UNIQUE INDEX benefit_decisions_one_proposed_benefit ON benefit_decisions (benefit_id) WHERE status = 'proposed';
