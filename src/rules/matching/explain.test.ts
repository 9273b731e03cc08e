import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constraintFailures } from './constraints.ts';
import { explainFactor, explainFailure, explainPlacedElsewhere, pointsText } from './explain.ts';
import { candidate, candidateArb, labels, opportunity, opportunityArb, rules } from './fixtures.ts';
import { scoreFactors } from './scoring.ts';

const text = 'Administratief medewerker';
const explain = (c = candidate(), o = opportunity()) => scoreFactors(c, o, text).map((f) => explainFactor(f, labels));

describe('explanations in Dutch', () => {
  it('say per factor what matched, with the points', () => {
    expect(explain(candidate({ occupations: ['4110'], skills: ['S04', 'S06'], wishes: 'Graag administratie', dutchLevel: 'B2', ladderStep: 3 }))).toEqual([
      'Beroep komt overeen: Administratief medewerker (+30)',
      '2 van 2 gevraagde vaardigheden: Nauwkeurig werken en Werken met de computer (+16)',
      'Wensen sluiten aan: ‘administratief’ (+10)',
      'Taalniveau Nederlands B2 voldoet aan gevraagd B1 (+10)',
      'Trede 3 voldoet aan minimaal trede 3 (+10)',
    ]);
  });

  it('say what did not match, with zero or negative points', () => {
    expect(explain(candidate({ occupations: ['5120'], skills: [], wishes: 'Buiten werken', dutchLevel: 'A1', ladderStep: 1 }))).toEqual([
      'Beroep Administratief medewerker staat niet in het werkprofiel (0)',
      'Geen van de 2 gevraagde vaardigheden in het werkprofiel (0)',
      'Wensen noemen dit werk niet (0)',
      'Taalniveau Nederlands A1 ligt 2 niveaus onder gevraagd B1 (−10)',
      'Trede 1 ligt 2 treden onder minimaal trede 3 (−10)',
    ]);
    expect(explain(candidate({ wishes: '', dutchLevel: null, ladderStep: null }))).toEqual(expect.arrayContaining([
      'Geen wensen vastgelegd (0)', 'Taalniveau Nederlands onbekend; gevraagd B1 (0)', 'Trede op de participatieladder onbekend; minimaal trede 3 gevraagd (0)',
    ]));
  });

  it('explain the wage value for subsidised kinds', () => {
    const o = opportunity({ kind: 'jobs_agreement' });
    expect(explain(candidate({ wageValuePct: 55 }), o)).toContain('Loonwaarde 55% gemeten: de loonkostensubsidie kan meteen worden vastgesteld (+10)');
    expect(explain(candidate({ wageValuePct: null }), o)).toContain('Nog geen loonwaarde gemeten (0)');
  });

  it('say why a candidate is excluded, per failed constraint', () => {
    const c = candidate({ hoursPerWeek: 16, maxTravelKm: null, drivingLicences: [], availableFrom: '2026-04-01', minimumAgeReachedOn: '2026-05-10' });
    const failures = constraintFailures(c, opportunity({ drivingLicence: 'B', startDate: '2026-03-01' }), 23.46, rules);
    expect(failures.map(explainFailure)).toEqual([
      'Beschikbaar 16 uur per week; de kans vraagt 24 uur',
      'Reisafstand 23,5 km is meer dan de maximale 20 km (standaardwaarde: geen eigen opgave)',
      'Rijbewijs B gevraagd; niet in het werkprofiel',
      'Pas beschikbaar vanaf 1-4-2026; de kans begint op 1-3-2026',
      'Nog geen 16 jaar op de startdatum 1-3-2026 (wettelijke minimumleeftijd)',
    ]);
    const placed = candidate({ placements: [{ opportunityId: 'o1', employerName: 'Bakkerij Korenaar', hoursPerWeek: 24 }] });
    expect(constraintFailures(placed, opportunity({ id: 'o1' }), 3, rules).map(explainFailure)).toEqual(['Al geplaatst op deze kans (bij Bakkerij Korenaar)']);
  });

  it('note a placement elsewhere, with the employer only where the caller may know it', () => {
    const p = (employerName: string, hoursPerWeek: number) => ({ opportunityId: null, employerName, hoursPerWeek });
    expect(explainPlacedElsewhere([], true)).toBeNull();
    expect(explainPlacedElsewhere([p('Bakkerij Korenaar', 24)], true)).toBe('Al geplaatst bij Bakkerij Korenaar (24 uur per week)');
    expect(explainPlacedElsewhere([p('Bakkerij Korenaar', 12.5), p('Werkbedrijf', 8)], true)).toBe('Al geplaatst bij Bakkerij Korenaar (12,5 uur per week) en Werkbedrijf (8 uur per week)');
    expect(explainPlacedElsewhere([p('Bakkerij Korenaar', 24)], false)).toBe('Al geplaatst bij een werkgever (24 uur per week)');
    expect(explainPlacedElsewhere([p('Bakkerij Korenaar', 12.5), p('Werkbedrijf', 8)], false)).toBe('Al geplaatst bij 2 werkgevers (samen 20,5 uur per week)');
  });

  it('property: every factor has one sentence ending in its points, and the points add up to the score', () => {
    fc.assert(fc.property(candidateArb, opportunityArb, (c, o) => {
      const factors = scoreFactors(c, o, text);
      for (const f of factors) {
        const sentence = explainFactor(f, labels);
        expect(sentence.endsWith(pointsText(f.points))).toBe(true);
        expect(sentence).not.toMatch(/undefined|null|NaN/);
      }
      for (const failure of constraintFailures(c, o, 12.5, rules)) expect(explainFailure(failure)).not.toMatch(/undefined|null|NaN/);
    }));
  });
});
