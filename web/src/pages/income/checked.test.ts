import { describe, expect, it } from 'vitest';
import { splitProblem } from './checked.tsx';
import { draftOf, situationFieldOf, situationOf } from './SituationFields.tsx';
import type { Situation } from './types.ts';

// The decision forms put the server's problem+json messages at their field (the detail formats of src/server/errors.ts).

const fieldOf = (path: string) => ({ reasoning: 'x-motivering', recoveryTo: 'x-tot' } as Record<string, string>)[path] ?? situationFieldOf(path, 'x');

describe('server messages at their field', () => {
  it('splits a schema error naming several fields', () => {
    const detail = "Controleer de invoer: veld 'reasoning': Motiveer het besluit in minstens 20 tekens; veld 'situation.children.1.birthDate': Gebruik de vorm JJJJ-MM-DD.";
    expect(splitProblem(detail, fieldOf)).toEqual({
      fields: { 'x-motivering': 'Motiveer het besluit in minstens 20 tekens.', 'x-kind-1': 'Gebruik de vorm JJJJ-MM-DD.' }, general: null,
    });
  });

  it('keeps what names no field of the form as a general message', () => {
    const detail = "Controleer de invoer: veld 'benefitId': Ongeldige uitkering-id; veld 'reasoning': Motiveer het besluit in minstens 20 tekens.";
    expect(splitProblem(detail, fieldOf)).toEqual({ fields: { 'x-motivering': 'Motiveer het besluit in minstens 20 tekens.' }, general: 'Ongeldige uitkering-id.' });
  });

  it('puts a rule error at the field its text is about, and anything else in general', () => {
    const rules: [RegExp, string][] = [[/einde van de periode/i, 'x-tot']];
    expect(splitProblem('Het einde van de periode ligt vóór het begin.', fieldOf, rules)).toEqual({ fields: { 'x-tot': 'Het einde van de periode ligt vóór het begin.' }, general: null });
    expect(splitProblem('Er wacht al een besluit op een tweede beoordelaar.', fieldOf, rules)).toEqual({ fields: {}, general: 'Er wacht al een besluit op een tweede beoordelaar.' });
  });
});

describe('the situation form', () => {
  const base: Situation = {
    applicant: { birthDate: '1980-01-01', earningsCents: 0, generalReleaseMonthsUsed: 3, singleParentReleaseMonthsUsed: 0 },
    partner: null, children: [{ birthDate: '2015-05-05' }], costSharers: [], intensiveInformalCare: true,
    otherIncomeCents: 0, giftsCents: 0, giftsEarlierThisYearCents: 0,
  };

  it('gives back the standing situation unchanged, and keeps what the form does not show', () => {
    expect(situationOf(base, draftOf(base), 'x')).toEqual({ situation: base, errors: {} });
    const changed = situationOf(base, { ...draftOf(base), applicantEarnings: '1.250,50', partner: true, partnerBirthDate: '1982-02-02', costSharers: ['1960-03-03'] }, 'x');
    expect(changed.situation).toEqual({
      ...base, applicant: { ...base.applicant, earningsCents: 125_050 }, partner: { birthDate: '1982-02-02', earningsCents: 0, generalReleaseMonthsUsed: 0 },
      costSharers: [{ birthDate: '1960-03-03' }],
    });
  });

  it('says per field what is missing or not an amount', () => {
    const wrong = situationOf(base, { ...draftOf(base), applicantEarnings: 'veel', partner: true, children: ['2015-05-05', ''] }, 'x');
    expect(wrong.situation).toBeNull();
    expect(Object.keys(wrong.errors).sort()).toEqual(['x-inkomsten', 'x-kind-1', 'x-partner-geboren']);
    expect(wrong.errors['x-kind-1']).toBe('Vul de geboortedatum van kind 2 in.');
  });
});
