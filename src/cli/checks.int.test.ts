import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../db/testing.ts';
import { loadDemoRegionIfEmpty } from '../demo/seed.ts';
import { drawDueMonths, drawJobMinutes } from '../modules/income/checks/job.ts';
import { verifyDraw } from '../modules/income/checks/service.ts';
import { runCli } from './program.ts';
import { dropTestDatabase, recordingIO } from './testing.ts';

// `meedoen checks draw` and the server's monthly draw (decision 0020): the demo of 10 March 2026 paid and approved
// January and February and drew January; February is drawn here, once.
let database: Awaited<ReturnType<typeof openTestDatabase>>;
const today = '2026-03-10';
let ids: Record<string, string>;

const drawsOf = (municipalityId: string, month: string) => database.db.selectFrom('checkDraws').selectAll()
  .where('municipalityId', '=', municipalityId).where('month', '=', month).execute();

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoRegionIfEmpty(database.db, { production: false, today });
  ids = Object.fromEntries((await database.db.selectFrom('municipalities').select(['code', 'id']).execute()).map((m) => [m.code, m.id]));
});
afterAll(async () => { await dropTestDatabase(database); });

describe('meedoen checks draw', () => {
  it('draws one municipality\'s month, in Dutch, recorded as drawn on the command line; the second time it reports the draw and draws nothing', async () => {
    expect(await drawsOf(ids.voorbeeld, '2026-02')).toEqual([]);
    const first = recordingIO(database);
    expect(await runCli(['checks', 'draw', '--month', '2026-02', '--municipality', 'voorbeeld'], first.io)).toBe(0);
    expect(first.out()).toMatch(/^Gemeente Voorbeeld, februari 2026: steekproef getrokken — [\d.]+ van [\d.]+ betalingen en besluiten \(5%\), \d+ met een signaal\. Zaad: [0-9a-f]{64}\.\n$/);
    expect(first.out()).not.toContain('Buurdorp');
    const [draw] = await drawsOf(ids.voorbeeld, '2026-02');
    expect(draw).toMatchObject({ drawnBy: null, drawnByLabel: 'opdrachtregel', sampleBp: 500 });
    expect(draw.sampleCount).toBe(Math.ceil(draw.populationCount * 0.05));
    expect(first.out()).toContain(`Zaad: ${draw.seed}.`);
    expect(await verifyDraw(database.db, ids.voorbeeld, draw)).toMatchObject({ populationMatches: true, sampleMatches: true });
    const audit = await database.db.selectFrom('auditEvents').select(['action', 'actorRole']).where('objectId', '=', draw.id).execute();
    expect(audit[0]).toMatchObject({ action: 'benefit_check.draw', actorRole: 'cli' });

    const casesBefore = (await database.db.selectFrom('checkCases').select('id').where('municipalityId', '=', ids.voorbeeld).execute()).length;
    const again = recordingIO(database);
    expect(await runCli(['checks', 'draw', '--month', '2026-02', '--municipality', 'voorbeeld'], again.io)).toBe(0);
    expect(again.out()).toMatch(/^Gemeente Voorbeeld, februari 2026: al getrokken op \d{4}-\d{2}-\d{2} door opdrachtregel; niet opnieuw getrokken\.\n$/);
    const after = await drawsOf(ids.voorbeeld, '2026-02');
    expect(after).toHaveLength(1);
    expect(after[0].seed).toBe(draw.seed);
    expect(await database.db.selectFrom('checkCases').select('id').where('municipalityId', '=', ids.voorbeeld).execute()).toHaveLength(casesBefore);
  });

  it('reports the team lead\'s earlier draw by name, refuses a month with nothing approved or not yet over, and a wrong month or municipality', async () => {
    const all = recordingIO(database);
    // January: drawn by the demo's team lead; December 2025: no approved payments or decisions → exit 1.
    expect(await runCli(['checks', 'draw', '--month', '2026-01'], all.io)).toBe(0);
    expect(all.out()).toMatch(/Gemeente Voorbeeld, januari 2026: al getrokken op \d{4}-\d{2}-\d{2} door [^;]+; niet opnieuw getrokken\./);
    expect(all.out()).toContain('Gemeente Buurdorp, januari 2026: al getrokken');
    expect(all.out()).not.toContain('door opdrachtregel');

    const empty = recordingIO(database);
    expect(await runCli(['checks', 'draw', '--month', '2025-06', '--municipality', 'buurdorp'], empty.io)).toBe(1);
    expect(empty.out()).toContain('Gemeente Buurdorp, juni 2025: niet getrokken — Over juni 2025 zijn nog geen goedgekeurde betalingen of vastgestelde besluiten');
    expect(await drawsOf(ids.buurdorp, '2025-06')).toEqual([]);

    const future = recordingIO(database);
    expect(await runCli(['checks', 'draw', '--month', '2999-01'], future.io)).toBe(1);
    expect(future.out()).toContain('januari 2999 is nog niet voorbij');

    const wrong = recordingIO(database);
    expect(await runCli(['checks', 'draw', '--month', '2026-13'], wrong.io)).toBe(1);
    expect(wrong.err()).toContain('geef de maand als JJJJ-MM');
    const unknown = recordingIO(database);
    expect(await runCli(['checks', 'draw', '--month', '2026-02', '--municipality', 'nergens'], unknown.io)).toBe(1);
    expect(unknown.err()).toContain("Onbekende gemeente 'nergens'. Bekende codes: buurdorp, voorbeeld.");
  });
});

describe('the monthly draw without a click', () => {
  it('draws the previous month of each municipality with an approved run, as "automatisch", and only once', async () => {
    // Voorbeeld's February was drawn above on the command line; Buurdorp's is still open.
    const done = await drawDueMonths(database.db, today);
    expect(done).toEqual([{ municipalityId: ids.buurdorp, month: '2026-02', result: { outcome: 'drawn', drawId: expect.any(String) } }]);
    const [draw] = await drawsOf(ids.buurdorp, '2026-02');
    expect(draw).toMatchObject({ drawnBy: null, drawnByLabel: 'automatisch', sampleBp: 1000 });
    expect(await verifyDraw(database.db, ids.buurdorp, draw)).toMatchObject({ populationMatches: true, sampleMatches: true });
    const audit = await database.db.selectFrom('auditEvents').select(['action', 'actorRole', 'origin']).where('objectId', '=', draw.id).execute();
    expect(audit[0]).toMatchObject({ action: 'benefit_check.draw', actorRole: 'automatisch', origin: 'server: maandelijkse trekking' });
    expect((await drawsOf(ids.voorbeeld, '2026-02'))[0].drawnByLabel).toBe('opdrachtregel');  // not redrawn

    // Again the same day, or a day later: nothing left to draw.
    expect(await drawDueMonths(database.db, today)).toEqual([]);
    expect(await drawDueMonths(database.db, '2026-03-11')).toEqual([]);
    expect(await drawsOf(ids.buurdorp, '2026-02')).toHaveLength(1);
    // April looks at March, which has no approved run yet: no draw.
    expect(await drawDueMonths(database.db, '2026-04-02')).toEqual([]);
    expect(await drawsOf(ids.voorbeeld, '2026-03')).toEqual([]);
  });

  it('looks every 60 minutes unless MEEDOEN_CHECK_DRAW_MINUTES says otherwise (0: off)', () => {
    expect(drawJobMinutes({})).toBe(60);
    expect(drawJobMinutes({ MEEDOEN_CHECK_DRAW_MINUTES: '0' })).toBe(0);
    expect(drawJobMinutes({ MEEDOEN_CHECK_DRAW_MINUTES: '15' })).toBe(15);
    expect(() => drawJobMinutes({ MEEDOEN_CHECK_DRAW_MINUTES: 'vaak' })).toThrow('Ongeldige MEEDOEN_CHECK_DRAW_MINUTES: vaak');
  });

  it('the CLI then reports the automatic draw', async () => {
    const cli = recordingIO(database);
    expect(await runCli(['checks', 'draw', '--month', '2026-02', '--municipality', 'buurdorp'], cli.io)).toBe(0);
    expect(cli.out()).toMatch(/Gemeente Buurdorp, februari 2026: al getrokken op \d{4}-\d{2}-\d{2} door automatisch; niet opnieuw getrokken\./);
  });
});
