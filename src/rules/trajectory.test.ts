import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TrajectoryStatus } from '../db/types.ts';
import { budgetPosition, euros, mayDecide, needsSecondApproval, nextStatus, trajectoryAmount, wouldExceed, type BudgetItem } from './trajectory.ts';

const statuses: TrajectoryStatus[] = ['proposed', 'approved', 'rejected', 'started', 'ended', 'cancelled'];

describe('trajectory lifecycle', () => {
  it('follows proposed → approved → started → ended, and nothing else', () => {
    expect(nextStatus('proposed', 'approve')).toEqual({ ok: true, status: 'approved' });
    expect(nextStatus('approved', 'start')).toEqual({ ok: true, status: 'started' });
    expect(nextStatus('started', 'end')).toEqual({ ok: true, status: 'ended' });
    expect(nextStatus('proposed', 'reject')).toEqual({ ok: true, status: 'rejected' });
    const refused = nextStatus('ended', 'start');
    expect(refused).toEqual({ ok: false, reason: "Een traject met status 'beëindigd' kunt u niet starten." });
    expect(nextStatus('proposed', 'start').ok).toBe(false);
    expect(nextStatus('started', 'cancel').ok).toBe(false);
  });

  it('ended, rejected and cancelled are final', () => {
    for (const status of ['ended', 'rejected', 'cancelled'] as const) {
      for (const event of ['approve', 'reject', 'start', 'end', 'cancel'] as const) expect(nextStatus(status, event).ok).toBe(false);
    }
  });
});

describe('four eyes', () => {
  it('asks a second approval only above the threshold', () => {
    expect(needsSecondApproval(500_000, 500_000)).toBe(false);
    expect(needsSecondApproval(500_001, 500_000)).toBe(true);
  });

  it('above the threshold only a team lead other than the proposer decides', () => {
    const p = { needsSecondApproval: true, proposedBy: 'a' };
    expect(mayDecide(p, { userId: 'a', role: 'team_lead' }).ok).toBe(false);
    expect(mayDecide(p, { userId: 'b', role: 'work_consultant' }).ok).toBe(false);
    expect(mayDecide(p, { userId: 'b', role: 'team_lead' })).toEqual({ ok: true });
    expect(mayDecide({ needsSecondApproval: false, proposedBy: 'a' }, { userId: 'a', role: 'work_consultant' })).toEqual({ ok: true });
  });
});

describe('budget arithmetic', () => {
  it('commits on order, realises on end and releases the rest, releases all on reject or cancel', () => {
    const items: BudgetItem[] = [
      { status: 'proposed', amountCents: 100_000, realisedCents: null },
      { status: 'approved', amountCents: 200_000, realisedCents: null },
      { status: 'started', amountCents: 300_000, realisedCents: null },
      { status: 'ended', amountCents: 400_000, realisedCents: 250_000 },
      { status: 'rejected', amountCents: 500_000, realisedCents: null },
      { status: 'cancelled', amountCents: 600_000, realisedCents: null },
    ];
    expect(budgetPosition(2_000_000, items)).toEqual({ budgetCents: 2_000_000, committedCents: 600_000, realisedCents: 250_000, remainingCents: 1_150_000 });
  });

  it('committed + realised + remaining always equals the budget, and ending never increases what is used', () => {
    const item = fc.record({
      status: fc.constantFrom(...statuses), amountCents: fc.integer({ min: 0, max: 10_000_000 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    }).map(({ status, amountCents, share }) => ({ status, amountCents, realisedCents: status === 'ended' ? Math.floor(amountCents * share) : null }));
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e9 }), fc.array(item, { maxLength: 30 }), (budget, items) => {
      const p = budgetPosition(budget, items);
      expect(p.committedCents + p.realisedCents + p.remainingCents).toBe(budget);
      // Ending a started trajectory (realising at most its amount) never lowers what remains.
      const started = items.findIndex((t) => t.status === 'started');
      if (started >= 0) {
        const ended = items.map((t, i) => (i === started ? { ...t, status: 'ended' as const, realisedCents: Math.floor(t.amountCents / 2) } : t));
        expect(budgetPosition(budget, ended).remainingCents).toBeGreaterThanOrEqual(p.remainingCents);
      }
    }));
  });

  it('warns exactly when a commitment would go below zero', () => {
    const p = budgetPosition(1000, [{ status: 'approved', amountCents: 600, realisedCents: null }]);
    expect(wouldExceed(p, 400)).toBe(false);
    expect(wouldExceed(p, 401)).toBe(true);
  });

  it('computes the amount in whole cents and refuses fractions', () => {
    expect(trajectoryAmount(12, 4_550)).toBe(54_600);
    expect(() => trajectoryAmount(1.5, 100)).toThrow(RangeError);
    expect(() => trajectoryAmount(1, 10.5)).toThrow(RangeError);
  });

  it('writes euros the Dutch way', () => {
    expect(euros(123_456_78)).toBe('€ 123.456,78');
    expect(euros(-5)).toBe('-€ 0,05');
  });
});
