import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculateBenefit } from '../../src/rules/benefit/calculate.ts';
import { tableValidOn } from '../../src/rules/benefit/tables.ts';
import { isValidIban } from '../../src/rules/iban.ts';
import { loadBenefitTables } from '../../src/modules/income/calculations/store.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t?.close(); });

describe('demo benefits', () => {
  it('gives each of Voorbeeld\'s 385 benefit households one active benefit with a valid IBAN and its partner', async () => {
    const rows = await t.db.selectFrom('benefits as b').innerJoin('municipalities as m', 'm.id', 'b.municipalityId')
      .select(['b.iban', 'b.partnerResidentId', 'b.status', 'b.situation']).where('m.code', '=', 'voorbeeld').where('b.status', '!=', 'ended').execute();
    expect(rows).toHaveLength(385);
    expect(rows.filter((r) => r.partnerResidentId !== null)).toHaveLength(77);
    expect(rows.every((r) => r.status === 'active' && isValidIban(r.iban))).toBe(true);  // former recipients' benefits are ended
    expect(new Set(rows.map((r) => r.iban)).size).toBe(385);
    expect(rows.filter((r) => r.situation.partner !== null)).toHaveLength(77);
  });

  it('stores situations the calculation accepts: this month every household gets an amount on the current table', async () => {
    const tables = await loadBenefitTables(t.db);
    const month = '2026-11';
    const table = tableValidOn(tables, `${month}-01`)!;
    const rows = await t.db.selectFrom('benefits').select('situation').execute();
    let paid = 0;
    for (const r of rows) {
      const c = calculateBenefit(table, { ...r.situation, month });
      expect(c.table.id).toBe('bijstandsnormen-2026-01-01');
      if (c.payableCents > 0) paid++;
    }
    expect(paid).toBeGreaterThan(rows.length * 0.9);
  });
});
