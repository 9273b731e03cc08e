-- Bench data for the dashboard measurements (docs/performance.md, "Dashboards"): `meedoen generate` makes residents,
-- households, target groups and the ladder, but no benefits, trajectories, employers or placements. This adds them to a
-- generated database, deterministically (hashtext of the ids, no random()), in about a minute per million residents.
-- Synthetic data for measuring only: never run it on a real database.
--   psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f docs/performance-dashboards-data.sql

BEGIN;
SET LOCAL synchronous_commit = off;

-- One benefit per benefit household: the primary recipient with target group bijstand, from that group's start date;
-- one in twelve ended in the last 24 months, with a reason.
INSERT INTO benefits (municipality_id, resident_id, partner_resident_id, status, start_date, end_date, end_reason, iban, account_holder, situation)
SELECT r.municipality_id, r.id, p.id,
       CASE WHEN abs(hashtext(r.id::text)) % 12 = 0 THEN 'ended' ELSE 'active' END,
       g.start_date,
       CASE WHEN abs(hashtext(r.id::text)) % 12 = 0 THEN greatest(g.start_date, current_date - (abs(hashtext(r.id::text || 'e')) % 730)) END,
       CASE WHEN abs(hashtext(r.id::text)) % 12 = 0
            THEN (ARRAY['work','work','work','moved','other_income','partner_income','detention','death','other'])[1 + abs(hashtext(r.id::text || 'r')) % 9] END,
       'NL91DEMO0123456789', 'Bench',
       jsonb_build_object('applicant', jsonb_build_object('birthDate', r.birth_date, 'earningsCents', 0, 'generalReleaseMonthsUsed', 0, 'singleParentReleaseMonthsUsed', 0),
                          'partner', CASE WHEN p.id IS NULL THEN NULL ELSE jsonb_build_object('birthDate', p.birth_date, 'earningsCents', 0, 'generalReleaseMonthsUsed', 0) END,
                          'children', '[]'::jsonb, 'costSharers', '[]'::jsonb, 'intensiveInformalCare', false,
                          'otherIncomeCents', 0, 'giftsCents', 0, 'giftsEarlierThisYearCents', 0)
FROM residents r
JOIN resident_target_groups g ON g.resident_id = r.id AND g.code = 'bijstand' AND g.end_date IS NULL
LEFT JOIN residents p ON p.household_id = r.household_id AND p.household_role = 'partner'
WHERE r.household_role = 'primary';

-- A small catalogue per municipality: five instruments, the municipality's partner organisation delivering them.
INSERT INTO instruments (municipality_id, code, name, legal_basis, unit, active_from)
SELECT m.id, i.code, i.name, 'Participatiewet art. 7', 'trajectory', DATE '2020-01-01'
FROM municipalities m
CROSS JOIN (VALUES ('werkervaringsplek', 'Werkervaringsplek'), ('ontwikkeltraject', 'Ontwikkeltraject'), ('scholing', 'Scholing'),
                   ('jobcoaching', 'Jobcoaching / werkplekbegeleiding'), ('maatschappelijke_participatie', 'Maatschappelijke participatie')) AS i(code, name)
WHERE NOT EXISTS (SELECT 1 FROM instruments x WHERE x.municipality_id = m.id);

-- Trajectories for one in twenty residents: started in the last two years; two in five ended, with an outcome.
INSERT INTO trajectories (municipality_id, resident_id, instrument_id, organisation_id, units, unit, unit_price_cents, amount_cents, budget_year,
                          status, needs_second_approval, four_eyes_threshold_cents, proposed_by, planned_start_on, planned_end_on,
                          started_on, ended_on, outcome, realised_cents)
SELECT r.municipality_id, r.id, i.id, o.id, 1, 'trajectory', 250000, 250000, extract(year FROM s.started)::int,
       CASE WHEN s.ends THEN 'ended' ELSE 'started' END, false, 500000, r.contact_person_id, s.started, s.started + 180,
       s.started, CASE WHEN s.ends THEN least(current_date, s.started + 30 + abs(hashtext(r.id::text || 'd')) % 300) END,
       CASE WHEN s.ends THEN (ARRAY['paid_work','higher_ladder_step','other_instrument','dropped_out'])[1 + abs(hashtext(r.id::text || 'o')) % 4] END,
       CASE WHEN s.ends THEN 200000 END
FROM residents r
CROSS JOIN LATERAL (SELECT current_date - (abs(hashtext(r.id::text || 's')) % 730) AS started, abs(hashtext(r.id::text || 'x')) % 5 < 2 AS ends) s
JOIN organisations o ON o.municipality_id = r.municipality_id AND o.kind = 'provider'
JOIN LATERAL (SELECT id FROM instruments WHERE municipality_id = r.municipality_id ORDER BY code OFFSET abs(hashtext(r.id::text || 'i')) % 5 LIMIT 1) i ON true
WHERE abs(hashtext(r.id::text)) % 20 = 1 AND r.contact_person_id IS NOT NULL;

-- Employers, when the generator made none: two per municipality.
INSERT INTO employers (municipality_id, name, sector, postcode, city)
SELECT m.id, 'Bench werkgever ' || k, 'trade', '1234AB', m.name
FROM municipalities m CROSS JOIN generate_series(1, 2) AS k
WHERE NOT EXISTS (SELECT 1 FROM employers e WHERE e.municipality_id = m.id);

-- Placements for one in fifty residents, of every kind; a third ended; sheltered ones without a wage.
INSERT INTO placements (municipality_id, resident_id, employer_id, kind, contract_hours_per_week, hourly_wage_cents, start_date, end_date, status, end_reason)
SELECT r.municipality_id, r.id, e.id, k.kind, 24, CASE WHEN k.kind IN ('regular_job', 'jobs_agreement', 'sheltered_work') THEN 1500 END,
       s.started, CASE WHEN s.ends THEN s.started + 90 END, CASE WHEN s.ends THEN 'ended' ELSE 'active' END, CASE WHEN s.ends THEN 'contract_ended' END
FROM residents r
CROSS JOIN LATERAL (SELECT current_date - 100 - (abs(hashtext(r.id::text || 'p')) % 600) AS started, abs(hashtext(r.id::text || 'q')) % 3 = 0 AS ends) s
CROSS JOIN LATERAL (SELECT (ARRAY['regular_job','trial_placement','work_experience','jobs_agreement','sheltered_work','learn_work'])[1 + abs(hashtext(r.id::text || 'k')) % 6] AS kind) k
JOIN LATERAL (SELECT id FROM employers WHERE municipality_id = r.municipality_id ORDER BY id LIMIT 1) e ON true
WHERE abs(hashtext(r.id::text)) % 50 = 2;

COMMIT;
VACUUM (ANALYZE) benefits;
VACUUM (ANALYZE) trajectories;
VACUUM (ANALYZE) placements;
VACUUM (ANALYZE) instruments;
