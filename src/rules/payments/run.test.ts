import { describe, expect, it } from 'vitest';
import { mayApprove, mayReconcile, reconcile } from './run.ts';

describe('reconciliation (aansluiting)', () => {
  it('agrees when the counters equal the rows and nobody due is missing', () => {
    expect(reconcile({ recorded: { count: 385, totalCents: 53_049_707 }, recomputed: { count: 385, totalCents: 53_049_707 }, unpaid: 0 }))
      .toEqual({ ok: true, differences: [] });
  });

  it('names every difference in Dutch', () => {
    const r = reconcile({ recorded: { count: 385, totalCents: 53_049_707 }, recomputed: { count: 384, totalCents: 52_916_565 }, unpaid: 2 });
    expect(r.ok).toBe(false);
    expect(r.differences).toEqual([
      'Aantal: de run telde 385 betalingen, in de betaalregels staan er 384.',
      'Totaal: de run telde € 530497,07, de betaalregels tellen op tot € 529165,65.',
      '2 uitkeringen hebben voor deze maand recht op betaling maar geen betaalregel en geen uitzondering.',
    ]);
    expect(reconcile({ recorded: { count: 1, totalCents: 1 }, recomputed: { count: 1, totalCents: 1 }, unpaid: 1 }).differences[0]).toMatch(/^1 uitkering heeft/);
  });

  it('reconciles only a computed run', () => {
    expect(mayReconcile('computed').ok).toBe(true);
    expect(mayReconcile('reconciled').ok).toBe(true);
    expect(mayReconcile('running')).toMatchObject({ ok: false, status: 409 });
    expect(mayReconcile('approved')).toMatchObject({ ok: false, status: 409 });
  });
});

describe('four eyes on a payment run', () => {
  const starter = '00000000-0000-4000-8000-000000000001';
  const other = '00000000-0000-4000-8000-000000000002';
  it('refuses the person who started it, whatever the status', () => {
    expect(mayApprove({ status: 'reconciled', startedBy: starter }, starter)).toMatchObject({ ok: false, status: 403 });
  });
  it('lets a second person approve a reconciled run, and only that', () => {
    expect(mayApprove({ status: 'reconciled', startedBy: starter }, other)).toEqual({ ok: true });
    expect(mayApprove({ status: 'reconciled', startedBy: null }, other)).toEqual({ ok: true });  // started on the command line
    expect(mayApprove({ status: 'computed', startedBy: starter }, other)).toMatchObject({ ok: false, status: 409 });
    expect(mayApprove({ status: 'running', startedBy: starter }, other)).toMatchObject({ ok: false, status: 409 });
    expect(mayApprove({ status: 'approved', startedBy: starter }, other)).toMatchObject({ ok: false, status: 409 });
  });
});
