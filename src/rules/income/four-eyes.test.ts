import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayReview, needsSecondApproval, thresholdFor, type DecisionKind } from './four-eyes.ts';

describe('four eyes on benefit decisions', () => {
  const t = { monthlyCents: 150_000, recoveryCents: 100_000 };  // € 1.500 per month, € 1.000 recovered
  const none = { monthlyCents: null, recoveryCents: null, advanceRequested: false };
  const kinds = fc.constantFrom<DecisionKind>('grant', 'refuse', 'change', 'end', 'recover');

  it('a recovery needs a second person above the recovery threshold, not at it', () => {
    expect(needsSecondApproval({ ...none, kind: 'recover', recoveryCents: 100_000 }, t)).toBe(false);
    expect(needsSecondApproval({ ...none, kind: 'recover', recoveryCents: 100_001 }, t)).toBe(true);
    // The monthly threshold does not count for a recovery.
    expect(needsSecondApproval({ ...none, kind: 'recover', recoveryCents: 120_000 }, { monthlyCents: 150_000, recoveryCents: 130_000 })).toBe(false);
  });
  it('a grant or change needs one when its monthly amount is above the monthly threshold, not at it', () => {
    for (const kind of ['grant', 'change'] as const) {
      expect(needsSecondApproval({ ...none, kind, monthlyCents: 150_000 }, t)).toBe(false);
      expect(needsSecondApproval({ ...none, kind, monthlyCents: 150_001 }, t)).toBe(true);
      expect(needsSecondApproval({ ...none, kind, monthlyCents: 0 }, t)).toBe(false);
    }
    // The recovery threshold does not count for a monthly amount.
    expect(needsSecondApproval({ ...none, kind: 'grant', monthlyCents: 120_000 }, t)).toBe(false);
  });
  it('a grant needs one when an advance was asked for, whatever its amount', () => {
    expect(needsSecondApproval({ ...none, kind: 'grant', monthlyCents: 1, advanceRequested: true }, t)).toBe(true);
    expect(needsSecondApproval({ ...none, kind: 'grant', monthlyCents: 1, advanceRequested: false }, t)).toBe(false);
    // The advance rule is the grant's own: a change with the application's advance flag is measured by amount only.
    expect(needsSecondApproval({ ...none, kind: 'change', monthlyCents: 1, advanceRequested: true }, t)).toBe(false);
  });
  it('refusals and ends take effect at once', () => {
    for (const kind of ['refuse', 'end'] as const) expect(needsSecondApproval({ ...none, kind, advanceRequested: true }, t)).toBe(false);
  });
  it('without either municipal setting every decision needs a second person', () => {
    fc.assert(fc.property(kinds, fc.boolean(), fc.nat(), fc.constantFrom('monthly', 'recovery', 'both'), (kind, advanceRequested, amount, missing) => {
      const thresholds = { monthlyCents: missing === 'recovery' ? 150_000 : null, recoveryCents: missing === 'monthly' ? 100_000 : null };
      expect(needsSecondApproval({ kind, monthlyCents: amount, recoveryCents: amount, advanceRequested }, thresholds)).toBe(true);
    }));
  });
  it('a higher amount never removes the need for a second person, and a higher threshold never adds it', () => {
    fc.assert(fc.property(kinds, fc.boolean(), fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(1_000_000), (kind, advanceRequested, amount, extra, threshold) => {
      const at = (cents: number, limit: number) => needsSecondApproval({ kind, monthlyCents: cents, recoveryCents: cents, advanceRequested }, { monthlyCents: limit, recoveryCents: limit });
      if (at(amount, threshold)) {
        expect(at(amount + extra, threshold)).toBe(true);
      }
      if (!at(amount, threshold)) expect(at(amount, threshold + extra)).toBe(false);
      // Exactly at the threshold only an advance asks for a second person.
      expect(at(threshold, threshold)).toBe(kind === 'grant' && advanceRequested);
    }));
  });
  it('each kind is measured against its own threshold', () => {
    expect([thresholdFor('grant'), thresholdFor('change'), thresholdFor('recover'), thresholdFor('refuse'), thresholdFor('end')])
      .toEqual(['monthly', 'monthly', 'recovery', null, null]);
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
