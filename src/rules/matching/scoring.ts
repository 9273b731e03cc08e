import { cefrLevels, type CandidateProfile, type Cefr, type OpportunityKind, type OpportunityRequirements } from './types.ts';
import { wishMatches } from './wishes.ts';

/**
 * Soft factors (zachte factoren) and their weights, in points. A policy choice of Meedoen, not law (decision 0012):
 * what someone has done and can do weighs most, then what they want, then language, ladder and wage value.
 *  - occupation: the opportunity's occupation is in the profile                          +30
 *  - skills:     per required skill in the profile                                       +8 each
 *  - wishes:     a word of the occupation or title appears in the wishes                 +10
 *  - language:   Dutch at or above the required CEFR level                               +10; per level below −5
 *  - ladder:     participation ladder step at or above the minimum                       +10; per step below −5
 *  - wage value: a measured wage value below 100% for a subsidised kind (garantiebaan,
 *                beschut werk): the wage-cost subsidy can be set at once                 +10
 * A factor the opportunity asks nothing about is left out. Every factor is monotone: having more never scores less.
 */
export const weights = {
  occupation: 30, skillEach: 8, wishes: 10, languageMet: 10, languageBelowPerLevel: -5, ladderMet: 10, ladderBelowPerStep: -5, wageValue: 10,
} as const;

/** Kinds for which a wage value decides the wage-cost subsidy (loonkostensubsidie): jobs agreement and sheltered work. */
export const subsidisedKinds: readonly OpportunityKind[] = ['jobs_agreement', 'sheltered_place'];

export type Factor =
  | { factor: 'occupation'; points: number; code: string; matched: boolean }
  | { factor: 'skills'; points: number; matched: string[]; missing: string[] }
  | { factor: 'wishes'; points: number; words: string[]; hasWishes: boolean }
  | { factor: 'language'; points: number; required: Cefr; actual: Cefr | null }
  | { factor: 'ladder'; points: number; minimum: number; actual: number | null }
  | { factor: 'wage_value'; points: number; kind: OpportunityKind; percentage: number | null };

const levelIndex = (level: Cefr) => cefrLevels.indexOf(level);

export function occupationFactor(c: CandidateProfile, o: OpportunityRequirements): Factor | null {
  if (!o.occupationCode) return null;
  const matched = c.occupations.includes(o.occupationCode);
  return { factor: 'occupation', points: matched ? weights.occupation : 0, code: o.occupationCode, matched };
}

export function skillsFactor(c: CandidateProfile, o: OpportunityRequirements): Factor | null {
  if (o.requiredSkills.length === 0) return null;
  const matched = o.requiredSkills.filter((s) => c.skills.includes(s));
  const missing = o.requiredSkills.filter((s) => !c.skills.includes(s));
  return { factor: 'skills', points: matched.length * weights.skillEach, matched, missing };
}

/** occupationText: the Dutch label of the opportunity's occupation (the title is added here). */
export function wishesFactor(c: CandidateProfile, o: OpportunityRequirements, occupationText: string): Factor {
  const found = wishMatches(`${occupationText} ${o.title}`, c.wishes);
  return { factor: 'wishes', points: found.length > 0 ? weights.wishes : 0, words: found, hasWishes: c.wishes.trim() !== '' };
}

export function languageFactor(c: CandidateProfile, o: OpportunityRequirements): Factor | null {
  if (!o.languageLevel) return null;
  const required = o.languageLevel;
  if (!c.dutchLevel) return { factor: 'language', points: 0, required, actual: null };
  const gap = levelIndex(required) - levelIndex(c.dutchLevel);
  return { factor: 'language', points: gap <= 0 ? weights.languageMet : gap * weights.languageBelowPerLevel, required, actual: c.dutchLevel };
}

export function ladderFactor(c: CandidateProfile, o: OpportunityRequirements): Factor | null {
  if (o.minLadderStep === null) return null;
  const minimum = o.minLadderStep;
  if (c.ladderStep === null) return { factor: 'ladder', points: 0, minimum, actual: null };
  const gap = minimum - c.ladderStep;
  return { factor: 'ladder', points: gap <= 0 ? weights.ladderMet : gap * weights.ladderBelowPerStep, minimum, actual: c.ladderStep };
}

export function wageValueFactor(c: CandidateProfile, o: OpportunityRequirements): Factor | null {
  if (!subsidisedKinds.includes(o.kind)) return null;
  const measured = c.wageValuePct !== null && c.wageValuePct < 100;
  return { factor: 'wage_value', points: measured ? weights.wageValue : 0, kind: o.kind, percentage: c.wageValuePct };
}

/** Every applicable factor, in a fixed order. */
export function scoreFactors(c: CandidateProfile, o: OpportunityRequirements, occupationText: string): Factor[] {
  return [
    occupationFactor(c, o), skillsFactor(c, o), wishesFactor(c, o, occupationText), languageFactor(c, o), ladderFactor(c, o), wageValueFactor(c, o),
  ].filter((f): f is Factor => f !== null);
}

export const totalPoints = (factors: readonly Factor[]) => factors.reduce((sum, f) => sum + f.points, 0);

/** The score alone (no explanation objects kept): used for the score matrix of a batch assignment. */
export function score(c: CandidateProfile, o: OpportunityRequirements, occupationText: string): number {
  return totalPoints(scoreFactors(c, o, occupationText));
}
