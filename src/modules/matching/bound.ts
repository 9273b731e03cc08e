import { sql, type RawBuilder } from 'kysely';
import { subsidisedKinds, weights } from '../../rules/matching/scoring.ts';
import { cefrLevels, type OpportunityRequirements } from '../../rules/matching/types.ts';

/**
 * An upper bound of the score, in SQL, over the search copies of a work profile (alias w). It is the score of
 * src/rules/matching/scoring.ts with the same weights — occupation, skills, language, ladder and wage value exactly,
 * the wishes as if they always matched when there are any (their word matching stays in JavaScript). So for every
 * candidate: score ≤ bound ≤ score + weights.wishes (matching.int.test.ts checks this against the rules).
 * The search uses it to send only the rows that can still reach the top N to JavaScript: with B the N-th highest
 * bound, N candidates score at least B − wishes, so nobody with a bound below that can take their place.
 */
export function scoreBound(o: OpportunityRequirements): RawBuilder<number> {
  const cefr = [...cefrLevels];
  const occupation = o.occupationCode
    ? sql`CASE WHEN w.occupation_codes @> ARRAY[${o.occupationCode}::text] THEN ${weights.occupation}::int ELSE 0 END`
    : sql`0`;
  const skills = sql`${weights.skillEach}::int * cardinality(ARRAY(SELECT unnest(w.skill_codes) INTERSECT SELECT unnest(${[...o.requiredSkills]}::text[])))`;
  const wishes = sql`CASE WHEN btrim(w.wishes) <> '' THEN ${weights.wishes}::int ELSE 0 END`;
  const language = o.languageLevel
    ? sql`CASE WHEN w.dutch_level IS NULL THEN 0
               WHEN array_position(${cefr}::text[], w.dutch_level) >= ${cefr.indexOf(o.languageLevel) + 1}::int THEN ${weights.languageMet}::int
               ELSE (${cefr.indexOf(o.languageLevel) + 1}::int - array_position(${cefr}::text[], w.dutch_level)) * ${weights.languageBelowPerLevel}::int END`
    : sql`0`;
  const ladder = o.minLadderStep !== null
    ? sql`CASE WHEN w.ladder_step IS NULL THEN 0 WHEN w.ladder_step >= ${o.minLadderStep}::int THEN ${weights.ladderMet}::int
               ELSE (${o.minLadderStep}::int - w.ladder_step) * ${weights.ladderBelowPerStep}::int END`
    : sql`0`;
  const wage = subsidisedKinds.includes(o.kind) ? sql`CASE WHEN w.wage_value_pct < 100 THEN ${weights.wageValue}::int ELSE 0 END` : sql`0`;
  return sql<number>`(${occupation} + ${skills} + ${wishes} + ${language} + ${ladder} + ${wage})`;
}

/** How far the bound may lie above the score: only the wishes are counted optimistically. */
export const BOUND_SLACK = weights.wishes;
