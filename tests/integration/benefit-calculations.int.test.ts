import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

// The calculation through the API on the tables the migration ships; amounts worked out by hand from domain.md.
let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await startTestApp();
  cookie = await t.login('income_consultant@voorbeeld');
});
afterAll(async () => { await t?.close(); });

const post = (payload: object, as = cookie) => t.app.inject({ method: 'POST', url: '/api/v1/benefit-calculations', headers: { cookie: as }, payload });

describe('POST /api/v1/benefit-calculations', () => {
  it('uses the table valid on the first of the month and names it: 1-1-2025, 1-7-2025 and 1-1-2026', async () => {
    const cases = [['2025-03', 'bijstandsnormen-2025-01-01', 134545], ['2025-07', 'bijstandsnormen-2025-07-01', 136906], ['2026-11', 'bijstandsnormen-2026-01-01', 140150]] as const;
    for (const [month, tableId, norm] of cases) {
      const res = await post({ month, applicant: { birthDate: '1990-05-10' } });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.table.id).toBe(tableId);
      expect(body.table.source).toContain('Participatiewet');
      expect(body.lines[0]).toMatchObject({ code: 'norm', amountCents: norm, article: 'art. 21 onderdeel a Participatiewet' });
    }
  });

  it('a couple with an adult son (30) as cost-sharer and 800.00 earnings in March 2026, every line with its article', async () => {
    // A = 3: (40% + 3 × 30%) / 3 = 43.33% of 2,002.13 per person: 2,002.13 × 13/30 = 867.589 → 867.59; for two persons 1,735.18.
    // Earnings 800.00, 25% = 200.00 free → 600.00 counted. 1,735.18 − 600.00 = 1,135.18; 5% = 56.759 → 56.76; paid 1,078.42.
    const res = await post({
      month: '2026-03',
      applicant: { birthDate: '1980-02-01', earningsCents: 80000 },
      partner: { birthDate: '1982-07-01' },
      costSharers: [{ birthDate: '1996-01-01' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c.normCents).toBe(173518);
    expect(c.countedIncomeCents).toBe(60000);
    expect(c.holidayAllowanceReservedCents).toBe(5676);
    expect(c.payableCents).toBe(107842);
    expect(c.lines.map((l: { code: string }) => l.code)).toEqual(['norm', 'cost_sharers', 'earnings_applicant', 'earnings_release', 'holiday_allowance_reserved']);
    for (const line of c.lines) expect(line.article).toMatch(/Participatiewet/);
    expect(c.lines.reduce((n: number, l: { amountCents: number }) => n + l.amountCents, 0)).toBe(c.payableCents);
  });

  it('answers in Dutch: a bad month, a negative amount, a month before the first table, a case it cannot compute', async () => {
    const bad = await post({ month: '2026-13', applicant: { birthDate: '1990-05-10' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().detail).toContain('JJJJ-MM');
    const negative = await post({ month: '2026-03', applicant: { birthDate: '1990-05-10', earningsCents: -5 } });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().detail).toContain('kan niet negatief zijn');
    const early = await post({ month: '2024-06', applicant: { birthDate: '1990-05-10' } });
    expect(early.statusCode).toBe(422);
    expect(early.json().detail).toContain('geen normtabel');
    const minor = await post({ month: '2026-03', applicant: { birthDate: '2010-01-01' } });
    expect(minor.statusCode).toBe(422);
    expect(minor.json().detail).toContain('vanaf 18 jaar');
  });

  it('is for income work: a work consultant and a partner coach are refused', async () => {
    for (const who of ['work_consultant@voorbeeld', 'partner_coach@voorbeeld']) {
      const res = await post({ month: '2026-03', applicant: { birthDate: '1990-05-10' } }, await t.login(who));
      expect(res.statusCode).toBe(403);
    }
  });
});
