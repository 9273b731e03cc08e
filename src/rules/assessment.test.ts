import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssessmentInputError, canApprove, decisionBlocker, frameworkProblems, scoreProposal, type Answers, type Criterion } from './assessment.ts';

const criteria: Criterion[] = [
  { id: 'm1', kind: 'must_pass', title: 'Schaadt de beschutte werkplek niet', weight: null },
  { id: 'w1', kind: 'weighted', title: 'Bijdrage aan uitstroom naar werk', weight: 3 },
  { id: 'w2', kind: 'weighted', title: 'Kosten en baten', weight: 1 },
];
const answers = (passed: boolean, s1: number, s2: number): Answers => ({
  mustPass: [{ criterionId: 'm1', passed, explanation: 'Toegelicht.' }],
  scores: [{ criterionId: 'w1', score: s1 }, { criterionId: 'w2', score: s2, explanation: 'Goedkoper dan nu.' }],
});

describe('scoring a proposal', () => {
  it('totals score × weight, out of maximum × weight, line by line in the framework\'s order', () => {
    const r = scoreProposal(criteria, 5, answers(true, 4, 2));
    expect(r.totalScore).toBe(4 * 3 + 2 * 1);
    expect(r.maxTotalScore).toBe(5 * 3 + 5 * 1);
    expect(r.percentage).toBe(70);
    expect(r.lines.map((l) => [l.criterionId, l.points, l.passed])).toEqual([['m1', null, true], ['w1', 12, null], ['w2', 2, null]]);
    expect(r.failedMustPass).toEqual([]);
    expect(decisionBlocker(r, 'approved')).toBeNull();
  });

  it('refuses missing, unknown, duplicate and out-of-range answers in Dutch', () => {
    expect(() => scoreProposal(criteria, 5, { ...answers(true, 1, 1), mustPass: [] })).toThrow(/harde eis 'Schaadt/);
    expect(() => scoreProposal(criteria, 5, { ...answers(true, 1, 1), scores: [{ criterionId: 'w1', score: 1 }] })).toThrow(/Geef een score voor 'Kosten en baten'/);
    expect(() => scoreProposal(criteria, 5, answers(true, 6, 1))).toThrow(/score van 0 tot en met 5/);
    expect(() => scoreProposal(criteria, 5, answers(true, 1.5, 1))).toThrow(AssessmentInputError);
    expect(() => scoreProposal(criteria, 5, { ...answers(true, 1, 1), scores: [{ criterionId: 'm1', score: 1 }] })).toThrow(AssessmentInputError);
    const twice = answers(true, 1, 1);
    twice.scores.push({ criterionId: 'w2', score: 3 });
    expect(() => scoreProposal(criteria, 5, twice)).toThrow(/twee scores/);
  });

  it('explains in Dutch why a proposal failing a must-pass criterion cannot be approved; rejecting it is fine', () => {
    const r = scoreProposal(criteria, 5, answers(false, 5, 5));
    expect(r.percentage).toBe(100);
    expect(canApprove(r)).toBe(false);
    expect(decisionBlocker(r, 'approved')).toMatch(/kan niet worden goedgekeurd.*'Schaadt de beschutte werkplek niet'/);
    expect(decisionBlocker(r, 'rejected')).toBeNull();
  });

  it('checks a framework\'s criteria', () => {
    expect(frameworkProblems([{ kind: 'weighted', title: 'A', weight: 2 }], 5)).toEqual([]);
    expect(frameworkProblems([], 5)).toHaveLength(1);
    expect(frameworkProblems([{ kind: 'weighted', title: 'A', weight: null }], 5)[0]).toMatch(/weging van 1 tot en met 10/);
    expect(frameworkProblems([{ kind: 'must_pass', title: 'A', weight: 2 }], 5)[0]).toMatch(/geen weging/);
    expect(frameworkProblems([{ kind: 'must_pass', title: 'A' }, { kind: 'must_pass', title: 'a ' }], 5)[0]).toMatch(/twee keer/);
    expect(frameworkProblems([{ kind: 'must_pass', title: 'A' }], 0)).toHaveLength(1);
  });
});

// Arbitrary frameworks: some must-pass criteria, some weighted ones, a maximum score, and answers that fit.
const arbitraryCase = fc.record({
  maxScore: fc.integer({ min: 1, max: 10 }),
  mustPass: fc.array(fc.boolean(), { maxLength: 4 }),
  weights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 6 }),
  scoreSeeds: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
}).map(({ maxScore, mustPass, weights, scoreSeeds }) => {
  const crit: Criterion[] = [
    ...mustPass.map((_, i): Criterion => ({ id: `m${i}`, kind: 'must_pass', title: `Eis ${i}`, weight: null })),
    ...weights.map((w, i): Criterion => ({ id: `w${i}`, kind: 'weighted', title: `Criterium ${i}`, weight: w })),
  ];
  const ans: Answers = {
    mustPass: mustPass.map((passed, i) => ({ criterionId: `m${i}`, passed, explanation: 'x' })),
    scores: weights.map((_, i) => ({ criterionId: `w${i}`, score: scoreSeeds[i] % (maxScore + 1) })),
  };
  return { crit, ans, maxScore };
});

describe('properties', () => {
  it('a failed must-pass criterion always blocks approval, whatever the scores', () => {
    fc.assert(fc.property(arbitraryCase, ({ crit, ans, maxScore }) => {
      const r = scoreProposal(crit, maxScore, ans);
      const anyFailed = ans.mustPass.some((a) => !a.passed);
      expect(decisionBlocker(r, 'approved') !== null).toBe(anyFailed);
      expect(decisionBlocker(r, 'rejected')).toBeNull();
    }));
  });

  it('raising one score never lowers the total, and the total stays within 0..maximum', () => {
    fc.assert(fc.property(arbitraryCase, fc.nat(), ({ crit, ans, maxScore }, pick) => {
      const before = scoreProposal(crit, maxScore, ans);
      const i = pick % ans.scores.length;
      const raised: Answers = { ...ans, scores: ans.scores.map((s, k) => (k === i ? { ...s, score: Math.min(maxScore, s.score + 1) } : s)) };
      const after = scoreProposal(crit, maxScore, raised);
      expect(after.totalScore).toBeGreaterThanOrEqual(before.totalScore);
      expect(after.percentage).toBeGreaterThanOrEqual(before.percentage);
      expect(before.totalScore).toBeGreaterThanOrEqual(0);
      expect(before.totalScore).toBeLessThanOrEqual(before.maxTotalScore);
    }));
  });
});
