import { describe, expect, it } from 'vitest';
import { euro, letterText, longDate, type LetterInput } from './letter-text.ts';

const base: LetterInput = {
  kind: 'end', status: 'final', municipalityName: 'Voorbeeld', residentName: 'Anna de Vries', address: ['Kerkstraat 12', '7491 AB Voorbeeld'],
  decidedOn: '2026-11-23', today: '2026-11-23', reference: 'BB-2026-ABCDEF12', effectiveDate: '2026-11-30', periodMonth: null,
  legalGround: 'art. 11 Participatiewet', reasoning: 'U heeft werk gevonden met een inkomen boven de norm.', endReason: 'work',
  recoveryCents: null, recoveryFrom: null, recoveryTo: null, calculation: null, previousPayableCents: null, iban: null,
  objectionTerm: { weeks: 6, article: 'art. 6:7 Algemene wet bestuursrecht' },
};

describe('decision letter text', () => {
  it('writes money and dates the Dutch way', () => {
    expect(euro(133142)).toBe('€ 1.331,42');
    expect(euro(-7008)).toBe('-€ 70,08');
    expect(longDate('2026-03-01')).toBe('1 maart 2026');
  });

  it('takes the objection term from the legal term row, with its article', () => {
    const text = letterText(base);
    expect(text.objection[0]).toContain('binnen zes weken');
    expect(text.objection[0]).toContain('art. 6:7 Algemene wet bestuursrecht');
    expect(letterText({ ...base, objectionTerm: { weeks: 8, article: 'art. X' } }).objection[0]).toContain('binnen acht weken');
    expect(text.objection[1]).toContain('BB-2026-ABCDEF12');
  });

  it('says what was decided, with rights and duties except on a refusal', () => {
    const end = letterText(base);
    expect(end.title).toBe('Besluit: beëindiging van uw bijstand');
    expect(end.decision.join(' ')).toContain('30 november 2026 is de laatste dag');
    expect(end.decision.join(' ')).toContain('Werk gevonden');
    expect(end.rightsAndDuties.some((r) => r.includes('art. 17 lid 1 Participatiewet'))).toBe(true);
    expect(letterText({ ...base, kind: 'refuse' }).rightsAndDuties).toEqual([]);
    const recover = letterText({ ...base, kind: 'recover', recoveryCents: 150_000, recoveryFrom: '2026-01-01', recoveryTo: '2026-02-28' });
    expect(recover.decision[0]).toBe('U moet € 1.500,00 aan bijstand terugbetalen over de periode 1 januari 2026 tot en met 28 februari 2026.');
  });

  it('marks a proposal as concept', () => {
    expect(letterText({ ...base, status: 'proposed', decidedOn: null }).title).toMatch(/^CONCEPT – nog niet vastgesteld – /);
  });
});
