import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToInput, euros, parseEuros } from './money.ts';

describe('money in the web app', () => {
  it('shows cents as Dutch euros', () => {
    expect(euros(4750)).toBe('€ 47,50');
    expect(euros(123_456_789)).toBe('€ 1.234.567,89');
    expect(euros(-5)).toBe('-€ 0,05');
  });

  it('reads typed euros into whole cents without float maths, and refuses what is not an amount', () => {
    expect(parseEuros('47,50')).toBe(4750);
    expect(parseEuros('€ 1.234,5')).toBe(123_450);
    expect(parseEuros('4.200')).toBe(420_000);
    expect(parseEuros('47.50')).toBe(4750);
    expect(parseEuros('0,07')).toBe(7);
    for (const bad of ['', '-5', '1,234', '12.34.56', 'abc', '1,2,3']) expect(parseEuros(bad), bad).toBeNull();
  });

  it('round-trips every amount through the input format', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
      expect(parseEuros(centsToInput(cents))).toBe(cents);
      expect(parseEuros(euros(cents))).toBe(cents);
    }));
  });
});
