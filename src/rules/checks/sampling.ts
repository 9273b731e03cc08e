import { createHash } from 'node:crypto';

// Steekproef voor controle achteraf: a draw anyone can redo. The population is a list of opaque keys
// ('payment:<uuid>', 'decision:<uuid>') in sorted order — nothing about the person, so a draw cannot select on
// nationality, ethnicity or anything alike. The randomness is a 256-bit seed from a cryptographic source, recorded
// with the draw. From it, a SHA-256 counter stream gives 32-bit numbers: block i = SHA-256(seed bytes ‖ i as 4-byte
// big-endian), read as eight big-endian 32-bit words. An index below n is drawn by rejection sampling (no modulo
// bias), and the sample is the first k places of a Fisher–Yates shuffle. Same seed + same population = same sample,
// in any language with SHA-256.

export const PRNG_NAME = 'sha256-ctr-fisher-yates-v1';

export class HashStream {
  private counter = 0;
  private words: number[] = [];
  private readonly seed: Buffer;

  constructor(seedHex: string) {
    if (!/^[0-9a-f]{64}$/.test(seedHex)) throw new RangeError('Het zaad is 64 hexadecimale tekens (256 bits).');
    this.seed = Buffer.from(seedHex, 'hex');
  }

  nextUint32(): number {
    if (this.words.length === 0) {
      const index = Buffer.alloc(4);
      index.writeUInt32BE(this.counter++);
      const block = createHash('sha256').update(this.seed).update(index).digest();
      for (let i = 0; i < 32; i += 4) this.words.push(block.readUInt32BE(i));
    }
    return this.words.shift()!;
  }

  /** A uniform integer in [0, n). */
  below(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`Ongeldige bovengrens ${n}`);
    const limit = Math.floor(2 ** 32 / n) * n;
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % n;
    }
  }
}

/** How many to draw: the percentage (basis points) of the population, rounded up; never more than there are. */
export function sampleSize(population: number, basisPoints: number): number {
  if (population === 0 || basisPoints <= 0) return 0;
  return Math.min(population, Math.ceil((population * basisPoints) / 10_000));
}

const keyPattern = /^[a-z_]+:[0-9a-f-]{36}$/;

/** The population in its canonical order, refusing anything that is not an opaque key. */
export function canonicalPopulation(keys: readonly string[]): string[] {
  for (const key of keys) {
    if (typeof key !== 'string' || !keyPattern.test(key)) {
      throw new TypeError('De steekproef krijgt alleen sleutels als "payment:<id>", geen persoonsgegevens.');
    }
  }
  return [...new Set(keys)].sort();
}

/** SHA-256 of the canonical population (one key per line): shows later that the same population was used. */
export function populationHash(keys: readonly string[]): string {
  return createHash('sha256').update(canonicalPopulation(keys).join('\n')).digest('hex');
}

/** The drawn keys, in draw order. */
export function drawSample(keys: readonly string[], size: number, seedHex: string): string[] {
  const items = canonicalPopulation(keys);
  const stream = new HashStream(seedHex);
  const k = Math.min(size, items.length);
  for (let i = 0; i < k; i++) {
    const j = i + stream.below(items.length - i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items.slice(0, k);
}
