import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_PURPOSE } from '../../src/modules/residents/guard.ts';
import { ladderCategory, ladderStepName } from '../../src/rules/ladder.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, dayFromToday, residentsOf, userByName, type Api } from '../support/fixtures.ts';

// Participatieladder: a history of measurements; the latest by date is the dossier's current step.
// Measurements are never changed (a correction is a new measurement), so there is no If-Match here.

let t: TestApp;
let api: Api;
let me: { id: string; displayName: string };
let measured: Awaited<ReturnType<typeof residentsOf>>;
let unmeasured: Awaited<ReturnType<typeof residentsOf>>;

beforeAll(async () => {
  t = await startTestApp();
  api = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  me = await userByName(t.db, 'work_consultant@voorbeeld');
  const caseload = await residentsOf(t.db, 'work_consultant@voorbeeld', 90);
  // Measured more than a month ago, so the measurements these tests add are the latest ones.
  measured = caseload.filter((r) => r.ladderStep !== null && r.ladderMeasuredOn !== null && r.ladderMeasuredOn < dayFromToday(-30));
  unmeasured = caseload.filter((r) => r.ladderStep === null);
  expect(measured.length).toBeGreaterThan(15);
  expect(unmeasured.length).toBeGreaterThan(1);
});
afterAll(async () => { await t?.close(); });

type Measurement = { id: string; step: number; stepName: string; measuredOn: string; motivation: string; measuredBy: { id: string; displayName: string } | null };
type Page = { current: { step: number | null; stepName: string | null; category: string; categoryLabel: string; measuredOn: string | null; measurementDue: boolean }; items: Measurement[] };

const measure = (residentId: string, step: number, measuredOn: string, motivation = 'Gemeten in een gesprek met de inwoner.') =>
  api.post(`/residents/${residentId}/ladder-measurements`, { step, measuredOn, motivation });

describe('ladder measurements', () => {
  it('lists the history newest first with the current step, and audits the read', async () => {
    const resident = measured[0];
    const res = await api.get(`/residents/${resident.id}/ladder-measurements`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as Page;
    expect(page.current).toMatchObject({
      step: resident.ladderStep, stepName: ladderStepName(resident.ladderStep!), category: ladderCategory(resident.ladderStep),
      measuredOn: resident.ladderMeasuredOn,
    });
    expect(page.items.length).toBeGreaterThan(0);
    const dates = page.items.map((i) => i.measuredOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(page.items[0]).toMatchObject({ step: resident.ladderStep, measuredOn: resident.ladderMeasuredOn });
    expect(await auditRowsOf(t.db, res)).toMatchObject([{
      action: 'ladder.list', result: 'success', objectType: 'ladder_measurement', objectId: resident.id, residentIds: [resident.id], purpose: DOSSIER_PURPOSE,
    }]);
  });

  it('a new measurement sets the dossier\'s step and category, in the history, the dossier and the caseload', async () => {
    const resident = measured.find((r) => r.ladderStep !== 4)!;
    const before = (await api.get(`/residents/${resident.id}/ladder-measurements`)).json() as Page;
    const today = dayFromToday(0);
    const res = await measure(resident.id, 4, today, 'Doet sinds deze maand vrijwilligerswerk bij de kringloop.');
    expect(res.statusCode, res.body).toBe(201);
    const page = res.json() as Page;
    expect(page.current).toEqual({
      step: 4, stepName: 'onbetaald werk', category: 'arbeidstoeleiding', categoryLabel: 'Arbeidstoeleiding', measuredOn: today, measurementDue: false,
    });
    expect(page.items).toHaveLength(before.items.length + 1);
    const added = page.items[0];
    expect(added).toMatchObject({ step: 4, measuredOn: today, motivation: 'Doet sinds deze maand vrijwilligerswerk bij de kringloop.', measuredBy: { id: me.id, displayName: me.displayName } });
    expect(await auditRowsOf(t.db, res)).toMatchObject([{
      action: 'ladder.create', result: 'success', objectType: 'ladder_measurement', objectId: added.id, residentIds: [resident.id], actorUserId: me.id,
    }]);

    const detail = (await api.get(`/residents/${resident.id}`)).json();
    expect(detail.ladder).toEqual(page.current);
    const caseload = (await api.get(`/residents?q=${resident.bsn}`)).json();
    expect(caseload.items[0].ladder).toEqual(page.current);
    const filtered = (await api.get(`/residents?ladderCategory=arbeidstoeleiding&pageSize=100`)).json();
    expect(filtered.items.map((i: { id: string }) => i.id)).toContain(resident.id);
  });

  it('an older measurement entered later goes into the history but does not change the current step', async () => {
    const resident = measured[2];
    const latest = await measure(resident.id, 3, dayFromToday(-10));
    expect(latest.json().current).toMatchObject({ step: 3, category: 'arbeidsactivering', measuredOn: dayFromToday(-10) });
    const older = await measure(resident.id, 1, dayFromToday(-20), 'Meting van vorige maand, later ingevoerd.');
    expect(older.statusCode, older.body).toBe(201);
    const page = older.json() as Page;
    expect(page.current).toMatchObject({ step: 3, category: 'arbeidsactivering', measuredOn: dayFromToday(-10) });
    expect(page.items.slice(0, 2).map((i) => [i.step, i.measuredOn])).toEqual([[3, dayFromToday(-10)], [1, dayFromToday(-20)]]);
    const row = await t.db.selectFrom('residents').select(['ladderStep', 'ladderMeasuredOn']).where('id', '=', resident.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ ladderStep: 3, ladderMeasuredOn: dayFromToday(-10) });
  });

  it('a second measurement on the same day is a correction and becomes the current step', async () => {
    // Several residents, so a tie broken by chance (e.g. by a random id) cannot pass by luck.
    for (const resident of measured.slice(3, 11)) {
      const first = await measure(resident.id, 2, dayFromToday(-1));
      expect(first.json().current.step).toBe(2);
      const correction = await measure(resident.id, 5, dayFromToday(-1), 'Correctie: werkt al met loonkostensubsidie.');
      expect(correction.statusCode, correction.body).toBe(201);
      expect(correction.json().current, resident.id).toMatchObject({ step: 5, category: 'betaald_werk', measuredOn: dayFromToday(-1) });
      expect(correction.json().items[0], 'history lists the correction first').toMatchObject({ step: 5, motivation: 'Correctie: werkt al met loonkostensubsidie.' });
      expect((await api.get(`/residents/${resident.id}`)).json().ladder.step).toBe(5);
    }
  });

  it('maps every step to the municipality\'s category', async () => {
    const resident = measured[12];
    const expected = ['zorg', 'maatschappelijke_activering', 'arbeidsactivering', 'arbeidstoeleiding', 'betaald_werk', 'betaald_werk'];
    for (let step = 1; step <= 6; step++) {
      const res = await measure(resident.id, step, dayFromToday(-7 + step));
      expect(res.json().current, `step ${step}`).toMatchObject({ step, stepName: ladderStepName(step), category: expected[step - 1] });
    }
  });

  it('says a measurement is due when there is none, or the last is more than six months old', async () => {
    const resident = unmeasured[0];
    const none = (await api.get(`/residents/${resident.id}/ladder-measurements`)).json() as Page;
    expect(none).toEqual({ current: { step: null, stepName: null, category: 'geen', categoryLabel: 'Geen', measuredOn: null, measurementDue: true }, items: [] });
    const due = (await api.get('/residents?measurementDue=true&pageSize=100')).json();
    expect(due.items.map((i: { id: string }) => i.id)).toContain(resident.id);

    const old = await measure(resident.id, 2, dayFromToday(0, -7));
    expect(old.json().current).toMatchObject({ step: 2, category: 'maatschappelijke_activering', measurementDue: true });
    const recent = await measure(resident.id, 2, dayFromToday(0, -5));
    expect(recent.json().current).toMatchObject({ step: 2, measuredOn: dayFromToday(0, -5), measurementDue: false });
    expect((await api.get(`/residents/${resident.id}`)).json().ladder.measurementDue).toBe(false);
    const notDue = (await api.get('/residents?measurementDue=false&pageSize=100')).json();
    expect(notDue.items.map((i: { id: string }) => i.id)).toContain(resident.id);
  });

  it('refuses step 7, a short motivation and a future date, in Dutch, and stores nothing', async () => {
    const resident = measured[13];
    const url = `/residents/${resident.id}/ladder-measurements`;
    const count = async () => ((await api.get(url)).json() as Page).items.length;
    const before = await count();
    const problem = async (body: object, detail: RegExp) => {
      const res = await api.post(url, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 400, title: 'Ongeldige invoer' });
      expect(res.json().detail).toMatch(detail);
    };
    const ok = { step: 3, measuredOn: dayFromToday(0), motivation: 'Volgt een taalcursus op dinsdag.' };
    await problem({ ...ok, step: 7 }, /veld 'step'.*trede van 1 tot en met 6/);
    await problem({ ...ok, step: 0 }, /veld 'step'.*trede van 1 tot en met 6/);
    await problem({ ...ok, step: 2.5 }, /veld 'step'/);
    await problem({ ...ok, step: '3' }, /veld 'step'/);
    await problem({ ...ok, motivation: 'Prima.' }, /veld 'motivation'.*minstens 10 tekens/);
    await problem({ ...ok, motivation: '          x         ' }, /veld 'motivation'/);
    await problem({ ...ok, measuredOn: dayFromToday(1) }, /meting kan niet in de toekomst/);
    await problem({ ...ok, measuredOn: '2026-02-29' }, /veld 'measuredOn'.*Geen bestaande datum/);
    await problem({ step: 3, motivation: ok.motivation }, /veld 'measuredOn'/);
    await problem({ ...ok, measuredBy: me.id }, /measuredBy/);
    expect(await count()).toBe(before);
    const row = await t.db.selectFrom('residents').select(['ladderStep', 'ladderMeasuredOn']).where('id', '=', resident.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ ladderStep: resident.ladderStep, ladderMeasuredOn: resident.ladderMeasuredOn });
  });
});
