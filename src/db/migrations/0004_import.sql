-- Resident import (migration from another executor): the postcode areas of each municipality, so an
-- imported address can be checked to lie in the municipality that imports it.

-- postcodegebied: the 4-digit part of a Dutch postcode (1000–9999). An area can straddle a municipal border,
-- so one area may belong to more than one municipality.
CREATE TABLE postcode_areas (
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  area char(4) NOT NULL CHECK (area ~ '^[1-9][0-9]{3}$'),
  PRIMARY KEY (municipality_id, area)
);

-- Demo databases loaded before this migration: the fictional municipalities of the demo region (CBS codes
-- GM9901/GM9902 do not exist in reality) get the areas their synthetic addresses use (src/demo/region.ts).
INSERT INTO postcode_areas (municipality_id, area)
SELECT m.id, a.area
FROM municipalities m
JOIN (VALUES ('GM9901', '7491'), ('GM9901', '7492'), ('GM9901', '7493'), ('GM9901', '7494'), ('GM9901', '7495'),
             ('GM9902', '7481'), ('GM9902', '7482'), ('GM9902', '7483')) AS a(cbs_code, area)
  ON a.cbs_code = m.cbs_code AND m.code IN ('voorbeeld', 'buurdorp')
ON CONFLICT DO NOTHING;
