import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dutchIban, formatIban, isValidIban } from './iban.ts';

describe('IBAN', () => {
  it('accepts well-known valid IBANs and rejects a changed digit or a wrong length', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('nl91 abna 0417 1643 00')).toBe(true);
    expect(isValidIban('BE68539007547034')).toBe(true);
    expect(isValidIban('NL91ABNA0417164301')).toBe(false);
    expect(isValidIban('NL91ABNA041716430')).toBe(false);
    expect(isValidIban('geen iban')).toBe(false);
  });

  it('computes check digits that validate, and any single changed account digit is caught', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (n, pos, delta) => {
      const iban = dutchIban('DEMO', String(n));
      expect(isValidIban(iban)).toBe(true);
      const digits = [...iban];
      const at = 8 + pos;
      digits[at] = String((Number(digits[at]) + delta) % 10);
      expect(isValidIban(digits.join(''))).toBe(false);
    }));
  });

  it('formats in groups of four', () => {
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
  });
});
