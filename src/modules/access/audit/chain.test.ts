import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH, type ChainedFields } from './chain.ts';

const base: ChainedFields = {
  municipalityId: '00000000-0000-4000-8000-000000000001', chainIndex: 1, occurredAt: new Date('2026-11-23T10:00:00.000Z'),
  actorUserId: '00000000-0000-4000-8000-000000000002', actorRole: 'work_consultant', organisationId: '00000000-0000-4000-8000-000000000003',
  residentIds: ['00000000-0000-4000-8000-000000000004'], action: 'resident.read', objectType: 'resident', objectId: 'x',
  purpose: 'p', result: 'success', requestId: 'r', origin: '127.0.0.1',
};

describe('audit hash chain', () => {
  it('is deterministic', () => {
    expect(auditHash(GENESIS_HASH, base)).toBe(auditHash(GENESIS_HASH, { ...base }));
    expect(auditHash(GENESIS_HASH, base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when any field or the previous hash changes', () => {
    const original = auditHash(GENESIS_HASH, base);
    const keys = Object.keys(base) as (keyof ChainedFields)[];
    fc.assert(fc.property(fc.constantFrom(...keys), fc.string({ minLength: 1 }), (key, value) => {
      const changed = { ...base } as Record<string, unknown>;
      if (key === 'occurredAt') changed[key] = new Date(base.occurredAt.getTime() + 1);
      else if (key === 'chainIndex') changed[key] = 2;
      else if (key === 'residentIds') changed[key] = [...base.residentIds, value];
      else changed[key] = `${String(base[key])}${value}`;
      expect(auditHash(GENESIS_HASH, changed as unknown as ChainedFields)).not.toBe(original);
    }));
    expect(auditHash('f'.repeat(64), base)).not.toBe(original);
  });
});
