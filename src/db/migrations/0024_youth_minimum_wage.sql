-- Wettelijk minimumjeugdloon: below 21 the statutory minimum wage is a percentage of the adult minimum (Wet minimumloon en
-- minimumvakantiebijslag art. 8 lid 1 sub b, with the Besluit verlaging minimumloon jeugdigen). The wage-cost subsidy
-- (art. 10d Participatiewet) is the difference to the minimum wage that applies to the person, and an employer with
-- wage-cost subsidy pays at least that minimum. Percentages as data with a validity date and a source, as the adult table.
CREATE TABLE minimum_youth_wage_percentages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  valid_from date NOT NULL,
  age smallint NOT NULL CHECK (age BETWEEN 15 AND 20),
  pct numeric(5,2) NOT NULL CHECK (pct > 0 AND pct < 100),
  source text NOT NULL,
  UNIQUE (valid_from, age)
);
INSERT INTO minimum_youth_wage_percentages (valid_from, age, pct, source)
SELECT '2019-07-01', age, pct,
  'Rijksoverheid, Wet minimumloon en minimumvakantiebijslag: minimumjeugdloon per 1 juli 2019 (15 jaar 30%, 16 jaar 34,5%, '
  || '17 jaar 39,5%, 18 jaar 50%, 19 jaar 60%, 20 jaar 80% van het minimumloon van 21 jaar en ouder); '
  || 'het uurloon is het minimumuurloon van 21 jaar × dit percentage, afgerond op hele centen'
FROM (VALUES (15, 30), (16, 34.5), (17, 39.5), (18, 50), (19, 60), (20, 80)) AS v(age, pct);
