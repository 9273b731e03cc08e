import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeBsn, isValidBsn, maskBsn, normaliseBsn } from './bsn.ts';

const eightDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((d) => d.join(''));

describe('BSN 11-check', () => {
  it('accepts the example from domain.md and rejects a near miss', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('111222334')).toBe(false);
  });

  it('pads 8 digits with a leading zero', () => {
    expect(normaliseBsn('12345678')).toBe('012345678');
    expect(normaliseBsn('1234567')).toBeNull();
    expect(normaliseBsn('1234567890')).toBeNull();
    expect(normaliseBsn('12a456789')).toBeNull();
  });

  it('rejects all zeros', () => {
    expect(isValidBsn('000000000')).toBe(false);
  });

  it('completes any 8 digits to a valid BSN, or says no digit fits', () => {
    fc.assert(fc.property(eightDigits, (first) => {
      const bsn = completeBsn(first);
      if (bsn === null) {
        // then no check digit at all makes it valid
        for (let d = 0; d <= 9; d++) expect(isValidBsn(first + d)).toBe(false);
      } else {
        expect(bsn.startsWith(first)).toBe(true);
        if (bsn !== '000000000') expect(isValidBsn(bsn)).toBe(true);
      }
    }));
  });

  it('detects every single changed digit', () => {
    fc.assert(fc.property(eightDigits, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (first, position, delta) => {
      const bsn = completeBsn(first);
      fc.pre(bsn !== null && bsn !== '000000000');
      const digits = bsn!.split('').map(Number);
      digits[position] = (digits[position] + delta) % 10;
      expect(isValidBsn(digits.join(''))).toBe(false);
    }));
  });

  it('masks all but the last three digits', () => {
    expect(maskBsn('111222333')).toBe('******333');
  });
});
