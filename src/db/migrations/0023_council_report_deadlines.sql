-- Due dates of the council reports (issue 7), versioned like other rules: the execution plan for year Y+1 is due to the
-- council by a day of year Y (domain.md: "plan by September" — 1 September), a quarterly report a number of days after
-- its quarter ends (a Meedoen policy choice: 42 days, six weeks). The reports list warns when fewer than warning_days
-- remain or the date has passed without a published report. See docs/decisions/0022-forecast-budget-and-report-deadlines.md.
CREATE TABLE council_report_deadline_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  valid_from date NOT NULL UNIQUE,
  plan_due_month smallint NOT NULL CHECK (plan_due_month BETWEEN 1 AND 12),
  plan_due_day smallint NOT NULL CHECK (plan_due_day BETWEEN 1 AND 28),
  quarterly_due_days smallint NOT NULL CHECK (quarterly_due_days BETWEEN 1 AND 120),
  warning_days smallint NOT NULL CHECK (warning_days BETWEEN 0 AND 120),
  source text NOT NULL
);
INSERT INTO council_report_deadline_rules (valid_from, plan_due_month, plan_due_day, quarterly_due_days, warning_days, source) VALUES (
  '2015-01-01', 9, 1, 42, 30,
  'Uitvoeringsplan: uiterlijk 1 september van het jaar ervoor bij de raad (seeds, domain.md). Kwartaalrapportage: binnen zes weken '
  || 'na het kwartaal, waarschuwing vanaf 30 dagen vóór de datum: beleidskeuze Meedoen (besluit 0022).'
);
