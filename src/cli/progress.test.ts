import { describe, expect, it } from 'vitest';
import { formatDuration, Progress } from './progress.ts';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, isTTY, write: (s: string) => chunks.push(s) };
}

describe('progress on stderr', () => {
  it('writes a plain line at every 10% when stderr is not a terminal', () => {
    let now = 0;
    const s = stream(false);
    const p = new Progress(s, 1000, 'inwoners', () => now);
    for (let done = 50; done <= 1000; done += 50) {
      now += 100;
      p.update(done, done * 5);
    }
    p.finish();
    expect(s.chunks).toHaveLength(10);
    expect(s.chunks.every((c) => c.endsWith('\n') && !c.includes('\r'))).toBe(true);
    expect(s.chunks[0]).toContain('inwoners 100 / 1.000 (10%)');
    expect(s.chunks[0]).toContain('500 inwoners/s');
    expect(s.chunks[0]).toContain('2.500 rijen/s');
    expect(s.chunks[0]).toContain('nog ca. 2 s');
    expect(s.chunks[9]).toContain('(100%)');
    expect(s.chunks[9]).toContain('klaar in 2 s');
  });

  it('redraws one line in place on a terminal, at most ~8 times a second, and ends it', () => {
    let now = 0;
    const s = stream(true);
    const p = new Progress(s, 1_000_000, 'inwoners', () => now);
    for (let done = 1000; done <= 1_000_000; done += 1000) {
      now += 10;
      p.update(done, done);
    }
    p.finish();
    expect(s.chunks.length).toBeGreaterThan(70);
    expect(s.chunks.length).toBeLessThan(90);
    expect(s.chunks.slice(0, -1).every((c) => c.startsWith('\r\x1b[2K'))).toBe(true);
    expect(s.chunks.at(-2)).toContain('1.000.000 / 1.000.000 (100%)');
    expect(s.chunks.at(-1)).toBe('\n');
  });

  it('formats durations in Dutch units', () => {
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(65)).toBe('1 min 05 s');
    expect(formatDuration(7380)).toBe('2 u 03 min');
    expect(formatDuration(Number.NaN)).toBe('onbekend');
  });
});
