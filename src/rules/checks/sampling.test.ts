import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalPopulation, drawSample, HashStream, populationHash, sampleSize } from './sampling.ts';

const uuidOf = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const population = (n: number) => Array.from({ length: n }, (_, i) => `payment:${uuidOf(i)}`);
const seed = 'a3f1c0de'.repeat(8);

describe('the PRNG is SHA-256 in counter mode, as documented', () => {
  it('gives the big-endian words of SHA-256(seed ‖ counter), so anyone can recompute it', () => {
    const s = new HashStream(seed);
    const block0 = createHash('sha256').update(Buffer.from(seed, 'hex')).update(Buffer.from([0, 0, 0, 0])).digest();
    const block1 = createHash('sha256').update(Buffer.from(seed, 'hex')).update(Buffer.from([0, 0, 0, 1])).digest();
    for (let i = 0; i < 8; i++) expect(s.nextUint32()).toBe(block0.readUInt32BE(i * 4));
    expect(s.nextUint32()).toBe(block1.readUInt32BE(0));
  });

  it('refuses a seed that is not 256 bits of hex', () => {
    expect(() => new HashStream('abc')).toThrow();
    expect(() => new HashStream('g'.repeat(64))).toThrow();
  });
});

describe('sample size', () => {
  it('is the percentage rounded up, at most the whole population', () => {
    expect(sampleSize(385, 500)).toBe(20);   // 5% of 385 = 19.25 → 20
    expect(sampleSize(400, 500)).toBe(20);
    expect(sampleSize(3, 500)).toBe(1);
    expect(sampleSize(0, 500)).toBe(0);
    expect(sampleSize(10, 0)).toBe(0);
    expect(sampleSize(10, 10_000)).toBe(10);
  });
});

describe('drawing the sample', () => {
  it('is reproducible: the same seed and population give the same sample, in whatever order the ids arrive', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), (n, k, bytes) => {
      const s = Buffer.from(bytes).toString('hex');
      const keys = population(n);
      const a = drawSample(keys, k, s);
      const b = drawSample([...keys].reverse(), k, s);
      expect(b).toEqual(a);
      expect(a).toHaveLength(Math.min(n, k));
      expect(new Set(a).size).toBe(a.length);            // without replacement
      for (const key of a) expect(keys).toContain(key);
    }));
  });

  it('gives another sample with another seed', () => {
    const keys = population(1000);
    expect(drawSample(keys, 50, seed)).not.toEqual(drawSample(keys, 50, 'b'.repeat(64)));
  });

  it('is uniform: every member is drawn about equally often (chi-square over 20,000 seeds)', () => {
    const n = 20;
    const draws = 20_000;
    const counts = new Array<number>(n).fill(0);
    const keys = population(n);
    for (let i = 0; i < draws; i++) {
      for (const key of drawSample(keys, 3, createHash('sha256').update(`zaad ${i}`).digest('hex'))) counts[keys.indexOf(key)] += 1;
    }
    const expected = (draws * 3) / n;
    const chi2 = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // 19 degrees of freedom: the 99.9% quantile is 43.8
    expect(chi2).toBeLessThan(43.8);
    // and the first drawn position is uniform too (no bias toward the start of the sorted list)
    const first = new Array<number>(n).fill(0);
    for (let i = 0; i < draws; i++) first[keys.indexOf(drawSample(keys, 1, randomBytes(32).toString('hex'))[0])] += 1;
    const chiFirst = first.reduce((sum, c) => sum + (c - draws / n) ** 2 / (draws / n), 0);
    expect(chiFirst).toBeLessThan(43.8);
  });

  it('receives nothing about a person: only opaque keys are accepted', () => {
    const person = { id: uuidOf(1), nationality: 'NL', countryOfBirth: 'NL' };
    expect(() => drawSample([person] as never, 1, seed)).toThrow(/geen persoonsgegevens/);
    expect(() => drawSample([`payment:${uuidOf(1)};nationaliteit=NL`], 1, seed)).toThrow(/geen persoonsgegevens/);
    expect(() => canonicalPopulation(['Jansen'])).toThrow();
    expect(drawSample.length).toBe(3);  // keys, size, seed — no other input can steer the draw
  });

  it('fingerprints the population so a later check can see it is the same one', () => {
    const keys = population(5);
    expect(populationHash(keys)).toBe(populationHash([...keys].reverse()));
    expect(populationHash(keys)).toBe(createHash('sha256').update([...keys].sort().join('\n')).digest('hex'));
    expect(populationHash(keys)).not.toBe(populationHash(keys.slice(1)));
  });
});
