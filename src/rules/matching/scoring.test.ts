import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidate, candidateArb, opportunity, opportunityArb, skillCodes } from './fixtures.ts';
import { score, scoreFactors, totalPoints, weights } from './scoring.ts';
import { cefrLevels } from './types.ts';

const text = 'Administratief medewerker';

describe('soft factors', () => {
  it('score each factor with the documented weights', () => {
    const c = candidate({ occupations: ['4110'], skills: ['S04'], wishes: 'Ik wil graag in de administratie werken', dutchLevel: 'B1', ladderStep: 4 });
    const factors = scoreFactors(c, opportunity(), text);
    expect(factors).toEqual([
      { factor: 'occupation', points: 30, code: '4110', matched: true },
      { factor: 'skills', points: 8, matched: ['S04'], missing: ['S06'] },
      { factor: 'wishes', points: 10, words: ['administratief'], hasWishes: true },
      { factor: 'language', points: 10, required: 'B1', actual: 'B1' },
      { factor: 'ladder', points: 10, minimum: 3, actual: 4 },
    ]);
    expect(totalPoints(factors)).toBe(68);
  });

  it('leave out what the opportunity does not ask', () => {
    const o = opportunity({ occupationCode: null, requiredSkills: [], languageLevel: null, minLadderStep: null });
    expect(scoreFactors(candidate(), o, '').map((f) => f.factor)).toEqual(['wishes']);
  });

  it('count language and ladder gaps below the requirement', () => {
    const f = scoreFactors(candidate({ dutchLevel: 'A1', ladderStep: 1 }), opportunity({ languageLevel: 'B1', minLadderStep: 3 }), text);
    expect(f.find((x) => x.factor === 'language')).toMatchObject({ points: 2 * weights.languageBelowPerLevel });
    expect(f.find((x) => x.factor === 'ladder')).toMatchObject({ points: 2 * weights.ladderBelowPerStep });
    const unknown = scoreFactors(candidate({ dutchLevel: null, ladderStep: null }), opportunity(), text);
    expect(unknown.find((x) => x.factor === 'language')).toMatchObject({ points: 0, actual: null });
    expect(unknown.find((x) => x.factor === 'ladder')).toMatchObject({ points: 0, actual: null });
  });

  it('score a measured wage value only for subsidised kinds', () => {
    const measured = candidate({ wageValuePct: 60 });
    expect(scoreFactors(measured, opportunity({ kind: 'regular_vacancy' }), text).some((f) => f.factor === 'wage_value')).toBe(false);
    expect(scoreFactors(measured, opportunity({ kind: 'jobs_agreement' }), text).find((f) => f.factor === 'wage_value')).toMatchObject({ points: 10, percentage: 60 });
    expect(scoreFactors(candidate({ wageValuePct: null }), opportunity({ kind: 'sheltered_place' }), text).find((f) => f.factor === 'wage_value')).toMatchObject({ points: 0 });
    expect(scoreFactors(candidate({ wageValuePct: 100 }), opportunity({ kind: 'sheltered_place' }), text).find((f) => f.factor === 'wage_value')).toMatchObject({ points: 0 });
  });

  it('property: adding a matching skill never lowers the score', () => {
    fc.assert(fc.property(candidateArb, opportunityArb, fc.constantFrom(...skillCodes), (c, o, skill) => {
      expect(score({ ...c, skills: [...c.skills, skill] }, o, text)).toBeGreaterThanOrEqual(score(c, o, text));
    }));
  });

  it('property: a required skill or the occupation added to the profile raises the score by its weight', () => {
    fc.assert(fc.property(candidateArb, opportunityArb, (c, o) => {
      const missing = o.requiredSkills.find((s) => !c.skills.includes(s));
      if (missing) expect(score({ ...c, skills: [...c.skills, missing] }, o, text)).toBe(score(c, o, text) + weights.skillEach);
      if (o.occupationCode && !c.occupations.includes(o.occupationCode)) {
        expect(score({ ...c, occupations: [...c.occupations, o.occupationCode] }, o, text)).toBe(score(c, o, text) + weights.occupation);
      }
    }));
  });

  it('property: a higher language level or ladder step never lowers the score', () => {
    fc.assert(fc.property(candidateArb, opportunityArb, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 6 }), (c, o, level, step) => {
      const higherLevel = cefrLevels[Math.max(level, c.dutchLevel ? cefrLevels.indexOf(c.dutchLevel) : 0)];
      expect(score({ ...c, dutchLevel: higherLevel }, o, text)).toBeGreaterThanOrEqual(score({ ...c, dutchLevel: c.dutchLevel ?? 'A0' }, o, text));
      const higherStep = Math.max(step, c.ladderStep ?? 1);
      expect(score({ ...c, ladderStep: higherStep }, o, text)).toBeGreaterThanOrEqual(score({ ...c, ladderStep: c.ladderStep ?? 1 }, o, text));
    }));
  });

  it('property: the score is the sum of the factors and an integer', () => {
    fc.assert(fc.property(candidateArb, opportunityArb, (c, o) => {
      const s = score(c, o, text);
      expect(Number.isInteger(s)).toBe(true);
      expect(s).toBe(totalPoints(scoreFactors(c, o, text)));
    }));
  });
});
