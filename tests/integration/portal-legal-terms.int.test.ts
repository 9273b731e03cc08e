import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, dayFromToday, type Api } from '../support/fixtures.ts';

// Mijn Meedoen reads the legal terms (beslistermijn, voorschot, bezwaartermijn) from the versioned table legal_terms:
// the version valid today, never a number in the page.

let t: TestApp;
let resident: Api;

beforeAll(async () => {
  t = await startTestApp();
  resident = apiAs(t.app, await t.login('resident@voorbeeld'));
});
afterAll(async () => { await t?.close(); });

describe('legal terms in the portal', () => {
  it('the overview gives the terms valid today from the table, with their article', async () => {
    const res = await resident.get('/portal/income');
    expect(res.statusCode, res.body).toBe(200);
    const rows = await t.db.selectFrom('legalTerms').selectAll().execute();
    const weeksOf = (code: string) => rows.find((r) => r.code === code)!.weeks;
    expect(res.json().legalTerms).toEqual({
      decisionTerm: { weeks: weeksOf('decision_term'), article: 'art. 4:13 lid 2 Algemene wet bestuursrecht', validFrom: '2015-01-01' },
      advancePaymentTerm: { weeks: weeksOf('advance_payment_term'), article: 'art. 52 lid 1 Participatiewet', validFrom: '2015-01-01' },
      objectionTerm: { weeks: weeksOf('objection_term'), article: 'art. 6:7 Algemene wet bestuursrecht', validFrom: '1994-01-01' },
    });
    expect(res.json().legalTerms.decisionTerm.weeks).toBe(8);
  });

  it('a new version of a term counts from its validity date on, not before', async () => {
    await t.db.insertInto('legalTerms').values([
      { id: 'bezwaartermijn-test-vandaag', code: 'objection_term', validFrom: dayFromToday(0), weeks: 7, article: 'art. 6:7 Awb (testversie)', source: 'Test' },
      { id: 'beslistermijn-test-morgen', code: 'decision_term', validFrom: dayFromToday(1), weeks: 12, article: 'art. 4:13 Awb (toekomstige testversie)', source: 'Test' },
    ]).execute();
    const terms = (await resident.get('/portal/income')).json().legalTerms;
    expect(terms.objectionTerm).toEqual({ weeks: 7, article: 'art. 6:7 Awb (testversie)', validFrom: dayFromToday(0) });
    expect(terms.decisionTerm.weeks).toBe(8);
  });
});
