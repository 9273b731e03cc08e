import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { candidateToken, residentOfToken } from './pseudonym.ts';

describe('pseudonymous candidate tokens', () => {
  const key = randomBytes(32);
  const opportunity = randomUUID();
  const resident = randomUUID();

  it('turn back into the resident only for the same opportunity and key', () => {
    const token = candidateToken(key, opportunity, resident);
    expect(token).toMatch(/^[A-Za-z0-9_-]{59}$/);
    expect(token).not.toContain(resident.replace(/-/g, '').slice(0, 8));
    expect(residentOfToken(key, opportunity, token)).toBe(resident);
    expect(residentOfToken(key, randomUUID(), token)).toBeNull();
    expect(residentOfToken(randomBytes(32), opportunity, token)).toBeNull();
  });

  it('are stable per opportunity and unlinkable across opportunities', () => {
    expect(candidateToken(key, opportunity, resident)).toBe(candidateToken(key, opportunity, resident));
    expect(candidateToken(key, randomUUID(), resident)).not.toBe(candidateToken(key, opportunity, resident));
  });

  it('refuse a changed or malformed token', () => {
    const token = candidateToken(key, opportunity, resident);
    const flipped = token.slice(0, 20) + (token[20] === 'A' ? 'B' : 'A') + token.slice(21);
    expect(residentOfToken(key, opportunity, flipped)).toBeNull();
    expect(residentOfToken(key, opportunity, 'kort')).toBeNull();
    expect(residentOfToken(key, opportunity, '')).toBeNull();
  });
});
