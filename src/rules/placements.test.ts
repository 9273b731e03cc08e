import { describe, expect, it } from 'vitest';
import { kindOfOpportunity, placementProblem, suppressed, type PlacementFacts } from './placements.ts';

const job: PlacementFacts = {
  kind: 'regular_job', hourlyWageCents: 1500, wageCostSubsidy: false, endsBenefit: false, jobCoach: false, jobCoachHoursPerMonth: null,
  startDate: '2026-02-01', endDate: null,
};

describe('placement rules', () => {
  it('accepts a paid job and an unpaid trial placement', () => {
    expect(placementProblem(job, 1471)).toBeNull();
    expect(placementProblem({ ...job, kind: 'trial_placement', hourlyWageCents: null }, 1471)).toBeNull();
    expect(placementProblem({ ...job, wageCostSubsidy: true, endsBenefit: true, jobCoach: true, jobCoachHoursPerMonth: 8 }, 1471)).toBeNull();
  });

  it('explains in Dutch what does not fit', () => {
    expect(placementProblem({ ...job, hourlyWageCents: null }, 1471)).toBe('Vul bij reguliere baan het bruto uurloon in.');
    expect(placementProblem({ ...job, kind: 'work_experience', wageCostSubsidy: true }, 1471)).toBe('Loonkostensubsidie hoort bij een dienstverband; een werkervaringsplek is onbetaald.');
    expect(placementProblem({ ...job, kind: 'trial_placement', endsBenefit: true }, 1471)).toBe('Een proefplaatsing is onbetaald en beëindigt de uitkering niet.');
    expect(placementProblem({ ...job, wageCostSubsidy: true, hourlyWageCents: 1400 }, 1471)).toBe('Met loonkostensubsidie betaalt de werkgever ten minste het wettelijk minimumloon (€ 14,71 per uur).');
    expect(placementProblem({ ...job, endDate: '2026-01-31' }, 1471)).toBe('De einddatum ligt vóór de startdatum.');
    expect(placementProblem({ ...job, jobCoachHoursPerMonth: 4 }, 1471)).toBe('Geef alleen uren jobcoaching op als er een jobcoach is.');
  });

  it('maps every opportunity kind to a placement kind; a sheltered place becomes sheltered work', () => {
    expect(kindOfOpportunity.sheltered_place).toBe('sheltered_work');
    expect(kindOfOpportunity.regular_vacancy).toBe('regular_job');
  });

  it('suppresses counts 1–4 only where asked', () => {
    expect([0, 1, 4, 5, 12].map((n) => suppressed(n, true))).toEqual([0, null, null, 5, 12]);
    expect([0, 1, 4, 5].map((n) => suppressed(n, false))).toEqual([0, 1, 4, 5]);
  });
});
