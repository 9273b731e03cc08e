import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../dates.ts';
import { addDays, advanceTerm, decisionTerm, repairPeriodsOf, suspendedDays, termValidOn, type LegalTerm } from './terms.ts';

const eightWeeks: LegalTerm = { id: 'b', code: 'decision_term', validFrom: '2015-01-01', weeks: 8, article: 'art. 4:13 lid 2 Awb', source: 's' };
const fourWeeks: LegalTerm = { id: 'v', code: 'advance_payment_term', validFrom: '2015-01-01', weeks: 4, article: 'art. 52 lid 1 Pw', source: 's' };

describe('legal term versions', () => {
  it('takes the latest version valid on the day', () => {
    const later: LegalTerm = { ...eightWeeks, id: 'b2', validFrom: '2027-01-01', weeks: 6 };
    expect(termValidOn([eightWeeks, later], 'decision_term', '2026-12-31')?.weeks).toBe(8);
    expect(termValidOn([eightWeeks, later], 'decision_term', '2027-01-01')?.weeks).toBe(6);
    expect(termValidOn([eightWeeks], 'advance_payment_term', '2026-01-01')).toBeUndefined();
  });
});

describe('decision term (8 weeks, Awb 4:13) with repair periods (Awb 4:15)', () => {
  it('ends eight weeks after receipt; the deadline day is still in time', () => {
    const base = { receivedOn: '2026-03-02', periods: [], decidedOn: null, term: eightWeeks };
    expect(decisionTerm({ ...base, today: '2026-03-02' })).toMatchObject({ deadline: '2026-04-27', daysLeft: 56, state: 'running' });
    expect(decisionTerm({ ...base, today: '2026-04-20' })).toMatchObject({ daysLeft: 7, state: 'running' });
    expect(decisionTerm({ ...base, today: '2026-04-21' })).toMatchObject({ daysLeft: 6, state: 'soon' });
    expect(decisionTerm({ ...base, today: '2026-04-27' })).toMatchObject({ daysLeft: 0, state: 'soon' });
    expect(decisionTerm({ ...base, today: '2026-04-28' })).toMatchObject({ daysLeft: -1, state: 'overdue' });
  });

  it('counts suspension from the day after the invitation to the day before completion', () => {
    // Invited 1 March, completed 10 March: 2–9 March suspended = 8 days.
    expect(suspendedDays([{ from: '2026-03-01', deadline: '2026-03-15', until: '2026-03-10' }], '2026-04-01')).toBe(8);
    // Completed the day after the invitation: nothing suspended.
    expect(suspendedDays([{ from: '2026-03-01', deadline: '2026-03-15', until: '2026-03-02' }], '2026-04-01')).toBe(0);
    // Still open on 5 March: 2–5 March.
    expect(suspendedDays([{ from: '2026-03-01', deadline: '2026-03-15', until: null }], '2026-03-05')).toBe(4);
    // The deadline passed unused: suspended up to and including the deadline, whatever happens later.
    expect(suspendedDays([{ from: '2026-03-01', deadline: '2026-03-15', until: null }], '2026-03-30')).toBe(14);
    expect(suspendedDays([{ from: '2026-03-01', deadline: '2026-03-15', until: '2026-03-20' }], '2026-03-30')).toBe(14);
  });

  it('moves the deadline by the suspended days and shows the term as suspended while the repair period runs', () => {
    const periods = [{ from: '2026-03-10', deadline: '2026-03-24', until: null }];
    const during = decisionTerm({ receivedOn: '2026-03-02', periods, decidedOn: null, today: '2026-03-12', term: eightWeeks });
    expect(during).toMatchObject({ state: 'suspended', deadline: addDays('2026-04-27', 2) });
    const closed = [{ from: '2026-03-10', deadline: '2026-03-24', until: '2026-03-20' }];
    expect(decisionTerm({ receivedOn: '2026-03-02', periods: closed, decidedOn: null, today: '2026-04-01', term: eightWeeks }))
      .toMatchObject({ deadline: addDays('2026-04-27', 9), state: 'running' });
    // Unused repair period: the term runs again after the repair deadline.
    expect(decisionTerm({ receivedOn: '2026-03-02', periods, decidedOn: null, today: '2026-03-30', term: eightWeeks }).state).toBe('running');
  });

  it('is met or late once decided', () => {
    const base = { receivedOn: '2026-03-02', periods: [], today: '2026-09-01', term: eightWeeks };
    expect(decisionTerm({ ...base, decidedOn: '2026-04-27' }).state).toBe('met');
    expect(decisionTerm({ ...base, decidedOn: '2026-04-28' }).state).toBe('late');
  });

  it('property: the deadline is never earlier than eight weeks and grows by exactly the suspended days', () => {
    const day = fc.integer({ min: 0, max: 900 }).map((n) => addDays('2025-01-01', n));
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 120 }),
      (received, startAfter, length, completedAfter, todayAfter) => {
        const from = addDays(received, startAfter);
        const period = { from, deadline: addDays(from, length), until: addDays(from, completedAfter) };
        const today = addDays(received, todayAfter);
        const view = decisionTerm({ receivedOn: received, periods: [period], decidedOn: null, today, term: eightWeeks });
        const suspended = suspendedDays([period], today);
        expect(daysBetween(received, view.deadline)).toBe(56 + suspended);
        expect(suspended).toBeLessThanOrEqual(length);
        expect(suspended).toBeGreaterThanOrEqual(0);
      }));
  });

  it('derives repair periods from the status history', () => {
    const events = [
      { status: 'received', occurredOn: '2026-03-02', repairDeadline: null },
      { status: 'repair_period', occurredOn: '2026-03-05', repairDeadline: '2026-03-19' },
      { status: 'in_treatment', occurredOn: '2026-03-12', repairDeadline: null },
      { status: 'repair_period', occurredOn: '2026-03-20', repairDeadline: '2026-04-03' },
    ];
    expect(repairPeriodsOf(events)).toEqual([
      { from: '2026-03-05', deadline: '2026-03-19', until: '2026-03-12' },
      { from: '2026-03-20', deadline: '2026-04-03', until: null },
    ]);
  });
});

describe('advance payment term (4 weeks, Pw art. 52)', () => {
  const base = { receivedOn: '2026-03-02', today: '2026-03-25', term: fourWeeks };
  it('applies only when requested, and warns in the last week', () => {
    expect(advanceTerm({ ...base, requested: false, paidOn: null, decidedOn: null })).toBeNull();
    expect(advanceTerm({ ...base, requested: true, paidOn: null, decidedOn: null })).toMatchObject({ deadline: '2026-03-30', daysLeft: 5, state: 'soon' });
    expect(advanceTerm({ ...base, today: '2026-04-02', requested: true, paidOn: null, decidedOn: null })?.state).toBe('overdue');
  });
  it('is met by paying the advance in time or by deciding before it was due', () => {
    expect(advanceTerm({ ...base, requested: true, paidOn: '2026-03-20', decidedOn: null })?.state).toBe('met');
    expect(advanceTerm({ ...base, requested: true, paidOn: null, decidedOn: '2026-03-28' })?.state).toBe('met');
    expect(advanceTerm({ ...base, requested: true, paidOn: '2026-04-01', decidedOn: null })?.state).toBe('late');
  });
});
