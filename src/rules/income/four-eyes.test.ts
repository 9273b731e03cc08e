import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayReview, needsSecondApproval, type DecisionKind } from './four-eyes.ts';

describe('four eyes on benefit decisions', () => {
  const threshold = 100_000;  // € 1.000
  it('a recovery needs a second person above the threshold, not at it', () => {
    expect(needsSecondApproval({ kind: 'recover', recoveryCents: 100_000, advanceRequested: false }, threshold)).toBe(false);
    expect(needsSecondApproval({ kind: 'recover', recoveryCents: 100_001, advanceRequested: false }, threshold)).toBe(true);
  });
  it('a grant needs one when an advance was asked for', () => {
    expect(needsSecondApproval({ kind: 'grant', recoveryCents: null, advanceRequested: true }, threshold)).toBe(true);
    expect(needsSecondApproval({ kind: 'grant', recoveryCents: null, advanceRequested: false }, threshold)).toBe(false);
  });
  it('refusals, changes and ends take effect at once', () => {
    for (const kind of ['refuse', 'change', 'end'] as const) expect(needsSecondApproval({ kind, recoveryCents: null, advanceRequested: true }, threshold)).toBe(false);
  });
  it('without a municipal setting every decision needs a second person', () => {
    fc.assert(fc.property(fc.constantFrom<DecisionKind>('grant', 'refuse', 'change', 'end', 'recover'), fc.boolean(), (kind, advanceRequested) => {
      expect(needsSecondApproval({ kind, recoveryCents: kind === 'recover' ? 1 : null, advanceRequested }, null)).toBe(true);
    }));
  });

  it('the author can never approve their own proposal; a team lead or another income consultant can', () => {
    const d = { status: 'proposed', proposedBy: 'u1' };
    expect(mayReview(d, { userId: 'u1', role: 'income_consultant' })).toMatchObject({ ok: false });
    expect(mayReview(d, { userId: 'u1', role: 'team_lead' })).toMatchObject({ ok: false });
    expect(mayReview(d, { userId: 'u2', role: 'team_lead' })).toEqual({ ok: true });
    expect(mayReview(d, { userId: 'u3', role: 'income_consultant' })).toEqual({ ok: true });
    expect(mayReview(d, { userId: 'u4', role: 'work_consultant' })).toMatchObject({ ok: false });
    expect(mayReview({ ...d, status: 'final' }, { userId: 'u2', role: 'team_lead' })).toMatchObject({ ok: false });
  });
});
