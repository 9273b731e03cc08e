import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSepa } from '../../../tests/support/sepa.ts';
import { dutchIban } from '../iban.ts';
import { compactId, controlTotals, endToEndId, sepaAmount, sepaDocument, sepaText, type SepaBatch } from './sepa.ts';

const batch = (over: Partial<SepaBatch> = {}): SepaBatch => ({
  messageId: `MEEDOEN-${compactId('7c9e6679-7425-40de-944b-e07fc1f90ae7')}`, createdAt: new Date('2026-05-20T09:15:00Z'),
  initiatingParty: 'Gemeente Voorbeeld', paymentInfoId: 'BIJSTAND-202605-1', executionDate: '2026-05-29',
  debtor: { name: 'Gemeente Voorbeeld', iban: dutchIban('DEMO', '9901000000'), bic: 'DEMONL2A' },
  transactions: [
    { endToEndId: endToEndId('00000000-0000-4000-8000-000000000001', '2026-05', 'benefit'), amountCents: 133_142, creditorName: 'A. Çelik-Ørsted', creditorIban: dutchIban('DEMO', '1'), remittance: 'Bijstand mei 2026' },
    { endToEndId: endToEndId('00000000-0000-4000-8000-000000000001', '2026-05', 'holiday_allowance'), amountCents: 84_096, creditorName: 'A. Çelik-Ørsted', creditorIban: dutchIban('DEMO', '1'), remittance: 'Vakantietoeslag mei 2026' },
    { endToEndId: endToEndId('ffffffff-ffff-4fff-bfff-ffffffffffff', '2026-05', 'benefit'), amountCents: 5, creditorName: 'J. de Vries', creditorIban: dutchIban('DEMO', '2'), remittance: 'Bijstand mei 2026' },
  ],
  ...over,
});

describe('SEPA identifiers and amounts', () => {
  it('makes an EndToEndId stable per benefit, month and kind, unique, and within 35 characters', () => {
    fc.assert(fc.property(fc.uuid(), fc.uuid(), (a, b) => {
      const id = endToEndId(a, '2026-05', 'benefit');
      expect(id.length).toBeLessThanOrEqual(35);
      expect(id).toBe(endToEndId(a, '2026-05', 'benefit'));
      expect(id).not.toBe(endToEndId(a, '2026-05', 'holiday_allowance'));
      expect(id).not.toBe(endToEndId(a, '2026-06', 'benefit'));
      if (a.toLowerCase() !== b.toLowerCase()) expect(id).not.toBe(endToEndId(b, '2026-05', 'benefit'));
    }));
    expect(endToEndId('00000000-0000-4000-8000-000000000001', '2026-05', 'benefit')).toBe('B202605-0000000001D7TMZ9J2ABDRLS1');
  });

  it('writes euros with two decimals from integer cents, never through floating point', () => {
    expect(sepaAmount(133_142)).toBe('1331.42');
    expect(sepaAmount(5)).toBe('0.05');
    expect(sepaAmount(100)).toBe('1.00');
    expect(sepaAmount(123_456_789_012)).toBe('1234567890.12');
    expect(() => sepaAmount(-1)).toThrow();
    expect(() => sepaAmount(1.5)).toThrow();
    expect(controlTotals([{ amountCents: 10 }, { amountCents: 20 }])).toEqual({ count: 2, totalCents: 30 });
  });

  it('keeps text in the SEPA character set', () => {
    expect(sepaText('A. Çelik-Ørsted & Zoon', 70)).toBe('A. Celik-Orsted Zoon');
    expect(sepaText('Straße 1', 70)).toBe('Strasse 1');
    expect(sepaText('x'.repeat(200), 140)).toHaveLength(140);
    expect(sepaText('€€€', 70)).toBe('Onbekend');
  });
});

describe('pain.001.001.03 document', () => {
  it('validates against the XSD, with NbOfTxs and CtrlSum equal to the transactions', () => {
    const xml = sepaDocument(batch());
    const result = validateSepa(xml);
    expect(result.output).toContain('validates');
    expect(result.valid).toBe(true);
    expect(xml.match(/<NbOfTxs>3<\/NbOfTxs>/g)).toHaveLength(2);
    expect(xml.match(/<CtrlSum>2172.43<\/CtrlSum>/g)).toHaveLength(2);
    expect(xml).toContain('<ReqdExctnDt>2026-05-29</ReqdExctnDt>');
    expect(xml).toContain('<CreDtTm>2026-05-20T09:15:00</CreDtTm>');
    expect(xml).toContain('<InstdAmt Ccy="EUR">1331.42</InstdAmt>');
    expect(xml).toContain('<Nm>A. Celik-Orsted</Nm>');
  });

  it('validates without a BIC (NOTPROVIDED), and refuses an empty batch', () => {
    const xml = sepaDocument(batch({ debtor: { name: 'Gemeente Buurdorp', iban: dutchIban('DEMO', '9902000000'), bic: null } }));
    expect(xml).toContain('<Id>NOTPROVIDED</Id>');
    expect(validateSepa(xml).valid).toBe(true);
    expect(() => sepaDocument(batch({ transactions: [] }))).toThrow();
  });

  it('the schema check itself catches a broken file', () => {
    const broken = sepaDocument(batch()).replace('<ReqdExctnDt>2026-05-29</ReqdExctnDt>', '<ReqdExctnDt>29-05-2026</ReqdExctnDt>');
    expect(validateSepa(broken).valid).toBe(false);
  });
});
