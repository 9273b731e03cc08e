import { describe, expect, it } from 'vitest';
import { ladderCategory, ladderCategoryLabels, ladderMeasurementDue, ladderStepName, stepsInCategory, type LadderCategory } from './ladder.ts';

describe('participation ladder and municipal categories', () => {
  it('maps every step to exactly one category and back', () => {
    for (let step = 1; step <= 6; step++) expect(stepsInCategory(ladderCategory(step))).toContain(step);
    const all = (Object.keys(ladderCategoryLabels) as LadderCategory[]).flatMap(stepsInCategory).sort();
    expect(all).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('puts residents without a measurement in "geen"', () => {
    expect(ladderCategory(null)).toBe('geen');
    expect(stepsInCategory('geen')).toEqual([]);
  });

  it('keeps the order of the ladder: a higher step never lands in a lower category', () => {
    const order: LadderCategory[] = ['zorg', 'maatschappelijke_activering', 'arbeidsactivering', 'arbeidstoeleiding', 'betaald_werk'];
    for (let step = 1; step < 6; step++) {
      expect(order.indexOf(ladderCategory(step + 1))).toBeGreaterThanOrEqual(order.indexOf(ladderCategory(step)));
    }
  });

  it('refuses steps outside 1–6', () => {
    expect(() => ladderCategory(7)).toThrow(RangeError);
    expect(() => ladderStepName(0)).toThrow(RangeError);
    expect(ladderStepName(4)).toBe('onbetaald werk');
  });
});

describe('ladder measurement reminder', () => {
  it('is due when never measured or six months have passed', () => {
    expect(ladderMeasurementDue(null, '2026-11-23')).toBe(true);
    expect(ladderMeasurementDue('2026-05-24', '2026-11-23')).toBe(false);
    expect(ladderMeasurementDue('2026-05-23', '2026-11-23')).toBe(true);
    expect(ladderMeasurementDue('2026-11-01', '2026-11-23')).toBe(false);
  });
});
