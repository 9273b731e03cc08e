-- Bijstandsnormen en vrijlatingen (issue 6): the law's figures as versioned tables. A version is valid from its date
-- until the next one; a calculation records the version it used. Percentages in basis points (2500 = 25%), money in cents.
-- New figures (twice a year) are a new migration with new rows, never an UPDATE of a published version.

CREATE TABLE benefit_rule_tables (
  id text PRIMARY KEY,
  valid_from date NOT NULL UNIQUE,
  source text NOT NULL,
  aow_age_years smallint NOT NULL,
  aow_age_months smallint NOT NULL CHECK (aow_age_months BETWEEN 0 AND 11),
  holiday_allowance_bp integer NOT NULL,
  cost_sharer_base_bp integer NOT NULL,
  cost_sharer_step_bp integer NOT NULL,
  cost_sharer_min_age smallint NOT NULL,
  cost_sharer_care_exemption boolean NOT NULL,
  earnings_release_bp integer NOT NULL,
  earnings_release_cap_cents integer NOT NULL,
  earnings_release_months smallint NOT NULL,
  earnings_release_min_age smallint NOT NULL,
  single_parent_release_bp integer NOT NULL,
  single_parent_release_cap_cents integer,          -- NULL: no verified figure for this version; the release is refused, not guessed
  single_parent_release_months smallint NOT NULL,
  single_parent_child_max_age smallint NOT NULL,
  gifts_free_per_year_cents integer                 -- NULL: no statutory free amount (before Participatiewet in balans)
);

CREATE TABLE benefit_norms (
  table_id text NOT NULL REFERENCES benefit_rule_tables(id),
  code text NOT NULL,
  amount_cents integer NOT NULL CHECK (amount_cents > 0),
  article text NOT NULL,
  PRIMARY KEY (table_id, code)
);

-- AOW age 67 for 2025–2027 (Algemene Ouderdomswet art. 7a, SVB); earnings release 25%, 6 months, from 27 (art. 31 lid 2 n);
-- single parent 12.5%, 30 months, child under 12 (lid 2 r); cost-sharers 40% + A × 30% (art. 22a), housemates from 27 (domain.md).
INSERT INTO benefit_rule_tables VALUES
  ('bijstandsnormen-2025-01-01', '2025-01-01', 'Normen en vrijlatingen Participatiewet per 1 januari 2025 (halfjaarlijkse normenbrief SZW, Staatscourant); bedragen overgenomen uit ../shared/design/domain.md', 67, 0, 500, 4000, 3000, 27, false, 2500, 27300, 6, 27, 1250, NULL, 30, 12, NULL),
  ('bijstandsnormen-2025-07-01', '2025-07-01', 'Normen en vrijlatingen Participatiewet per 1 juli 2025 (halfjaarlijkse normenbrief SZW, Staatscourant); bedragen overgenomen uit ../shared/design/domain.md', 67, 0, 500, 4000, 3000, 27, false, 2500, 27800, 6, 27, 1250, NULL, 30, 12, NULL),
  ('bijstandsnormen-2026-01-01', '2026-01-01', 'Normen en vrijlatingen Participatiewet per 1 januari 2026 (normenbrief SZW, Staatscourant) en Wet Participatiewet in balans fase 1 (giften, mantelzorg); bedragen overgenomen uit ../shared/design/domain.md', 67, 0, 500, 4000, 3000, 27, true, 2500, 28500, 6, 27, 1250, 17766, 30, 12, 120000);

INSERT INTO benefit_norms (table_id, code, amount_cents, article) VALUES
  ('bijstandsnormen-2025-01-01', 'single_21', 134545, 'art. 21 onderdeel a Participatiewet'),
  ('bijstandsnormen-2025-01-01', 'couple_21', 192207, 'art. 21 onderdeel b Participatiewet'),
  ('bijstandsnormen-2025-01-01', 'single_aow', 150107, 'art. 22 onderdeel a Participatiewet'),
  ('bijstandsnormen-2025-01-01', 'couple_aow', 205348, 'art. 22 onderdelen b en c Participatiewet'),
  ('bijstandsnormen-2025-01-01', 'single_18_20', 33217, 'art. 20 lid 1 onderdeel a Participatiewet'),
  ('bijstandsnormen-2025-01-01', 'couple_18_20', 66434, 'art. 20 lid 1 onderdeel b Participatiewet'),
  ('bijstandsnormen-2025-01-01', 'couple_mixed_18_20', 129321, 'art. 20 lid 1 onderdeel c Participatiewet'),
  ('bijstandsnormen-2025-01-01', 'couple_18_20_children', 104875, 'art. 20 lid 2 onderdeel b Participatiewet'),
  ('bijstandsnormen-2025-01-01', 'couple_mixed_18_20_children', 167762, 'art. 20 lid 2 onderdeel c Participatiewet'),
  ('bijstandsnormen-2025-07-01', 'single_21', 136906, 'art. 21 onderdeel a Participatiewet'),
  ('bijstandsnormen-2025-07-01', 'couple_21', 195580, 'art. 21 onderdeel b Participatiewet'),
  ('bijstandsnormen-2025-07-01', 'single_aow', 153021, 'art. 22 onderdeel a Participatiewet'),
  ('bijstandsnormen-2025-07-01', 'couple_aow', 209498, 'art. 22 onderdelen b en c Participatiewet'),
  ('bijstandsnormen-2025-07-01', 'single_18_20', 33798, 'art. 20 lid 1 onderdeel a Participatiewet'),
  ('bijstandsnormen-2025-07-01', 'couple_18_20', 67596, 'art. 20 lid 1 onderdeel b Participatiewet'),
  ('bijstandsnormen-2025-07-01', 'couple_mixed_18_20', 131588, 'art. 20 lid 1 onderdeel c Participatiewet'),
  ('bijstandsnormen-2025-07-01', 'couple_18_20_children', 106712, 'art. 20 lid 2 onderdeel b Participatiewet'),
  ('bijstandsnormen-2025-07-01', 'couple_mixed_18_20_children', 170704, 'art. 20 lid 2 onderdeel c Participatiewet'),
  ('bijstandsnormen-2026-01-01', 'single_21', 140150, 'art. 21 onderdeel a Participatiewet'),
  ('bijstandsnormen-2026-01-01', 'couple_21', 200213, 'art. 21 onderdeel b Participatiewet'),
  ('bijstandsnormen-2026-01-01', 'single_aow', 156469, 'art. 22 onderdeel a Participatiewet'),
  ('bijstandsnormen-2026-01-01', 'couple_aow', 214416, 'art. 22 onderdelen b en c Participatiewet'),
  ('bijstandsnormen-2026-01-01', 'single_18_20', 34599, 'art. 20 lid 1 onderdeel a Participatiewet'),
  ('bijstandsnormen-2026-01-01', 'couple_18_20', 69198, 'art. 20 lid 1 onderdeel b Participatiewet'),
  ('bijstandsnormen-2026-01-01', 'couple_mixed_18_20', 134706, 'art. 20 lid 1 onderdeel c Participatiewet'),
  ('bijstandsnormen-2026-01-01', 'couple_18_20_children', 109241, 'art. 20 lid 2 onderdeel b Participatiewet'),
  ('bijstandsnormen-2026-01-01', 'couple_mixed_18_20_children', 174749, 'art. 20 lid 2 onderdeel c Participatiewet');
