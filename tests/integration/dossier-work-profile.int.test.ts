import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_PURPOSE } from '../../src/modules/residents/guard.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, dayFromToday, residentsOf, userByName, type Api } from '../support/fixtures.ts';

// Werkprofiel: one versioned profile per resident (PUT with If-Match "v0" creates it), coded or free-text
// occupations and skills, and wage-value measurements (0–100% of the minimum wage; the latest counts).

let t: TestApp;
let api: Api;
let me: { id: string };
let residents: Awaited<ReturnType<typeof residentsOf>>;
let next = 0;
const takeResident = () => residents[next++];

beforeAll(async () => {
  t = await startTestApp();
  api = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  me = await userByName(t.db, 'work_consultant@voorbeeld');
  residents = await residentsOf(t.db, 'work_consultant@voorbeeld', 12);
});
afterAll(async () => { await t?.close(); });

const profile = {
  educationLevel: 'mbo2', dutchLevel: 'B1', drivingLicences: ['B', 'AM', 'B'], hoursPerWeek: 24, maxTravelKm: 15,
  wishes: 'Liefst buiten werken, in het groen.',
};

async function expectProblem(res: Awaited<ReturnType<Api['get']>>, status: number, detail?: RegExp) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  if (detail) expect(res.json().detail).toMatch(detail);
}

describe('work profile', () => {
  it('starts empty at version 0, is created with If-Match "v0", then updated with its ETag: 412 when stale, 428 without', async () => {
    const resident = takeResident();
    const url = `/residents/${resident.id}/work-profile`;
    const empty = await api.get(url);
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.headers.etag).toBe('"v0"');
    expect(empty.json()).toEqual({
      educationLevel: null, dutchLevel: null, drivingLicences: [], hoursPerWeek: null, maxTravelKm: null, availableFrom: null, wishes: '', version: 0,
      skills: [], wageValues: [], currentWageValue: null,
    });
    expect(await auditRowsOf(t.db, empty)).toMatchObject([{
      action: 'work_profile.read', result: 'success', objectType: 'work_profile', objectId: resident.id, residentIds: [resident.id], purpose: DOSSIER_PURPOSE,
    }]);

    await expectProblem(await api.put(url, profile), 428, /If-Match/);
    const created = await api.put(url, profile, '"v0"');
    expect(created.statusCode, created.body).toBe(200);
    expect(created.headers.etag).toBe('"v1"');
    // Licences are kept once each.
    expect(created.json()).toMatchObject({ ...profile, drivingLicences: ['B', 'AM'], version: 1 });
    expect(await auditRowsOf(t.db, created)).toMatchObject([{
      action: 'work_profile.update', result: 'success', objectType: 'work_profile', objectId: resident.id, residentIds: [resident.id], actorUserId: me.id,
    }]);
    // Creating it a second time is a conflict, not a silent overwrite.
    await expectProblem(await api.put(url, { ...profile, wishes: 'Nog een keer aangemaakt' }, '"v0"'), 412);

    const updated = await api.put(url, { ...profile, hoursPerWeek: 32 }, created.headers.etag as string);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.headers.etag).toBe('"v2"');
    expect(updated.json()).toMatchObject({ hoursPerWeek: 32, version: 2 });
    const stale = await api.put(url, { ...profile, hoursPerWeek: 8 }, created.headers.etag as string);
    await expectProblem(stale, 412);
    expect(stale.json().title).toBe('Gegevens zijn intussen gewijzigd');
    await expectProblem(await api.put(url, { ...profile, hoursPerWeek: 8 }), 428);
    const stored = await api.get(url);
    expect(stored.headers.etag).toBe('"v2"');
    expect(stored.json()).toMatchObject({ hoursPerWeek: 32, version: 2, wishes: profile.wishes });
  });

  it('refuses out-of-range hours and distances and unknown levels, in Dutch, and keeps the stored profile', async () => {
    const resident = takeResident();
    const url = `/residents/${resident.id}/work-profile`;
    expect((await api.put(url, profile, '"v0"')).statusCode).toBe(200);
    await expectProblem(await api.put(url, { ...profile, hoursPerWeek: 61 }, '"v1"'), 400, /veld 'hoursPerWeek'.*60 uur/);
    await expectProblem(await api.put(url, { ...profile, hoursPerWeek: 20.5 }, '"v1"'), 400, /veld 'hoursPerWeek'.*Hele uren/);
    await expectProblem(await api.put(url, { ...profile, maxTravelKm: 301 }, '"v1"'), 400, /veld 'maxTravelKm'.*300 km/);
    await expectProblem(await api.put(url, { ...profile, maxTravelKm: -1 }, '"v1"'), 400, /veld 'maxTravelKm'/);
    await expectProblem(await api.put(url, { ...profile, dutchLevel: 'D1' }, '"v1"'), 400, /veld 'dutchLevel'/);
    await expectProblem(await api.put(url, { ...profile, educationLevel: 'universiteit' }, '"v1"'), 400, /veld 'educationLevel'/);
    await expectProblem(await api.put(url, { ...profile, drivingLicences: ['Z'] }, '"v1"'), 400, /veld 'drivingLicences.0'/);
    const { wishes: _omit, ...withoutWishes } = profile;
    await expectProblem(await api.put(url, withoutWishes, '"v1"'), 400, /veld 'wishes'/);
    await expectProblem(await api.put(url, profile, 'v1'), 400, /If-Match/);
    expect((await api.get(url)).json()).toMatchObject({ ...profile, drivingLicences: ['B', 'AM'], version: 1 });
  });

  it('adds occupations and skills by code from the shipped list or as free text, and removes them', async () => {
    const resident = takeResident();
    const url = `/residents/${resident.id}/work-profile/skills`;
    const list = (await api.get('/occupations')).json();
    expect(list.occupations.length).toBeGreaterThan(10);
    const occupation = list.occupations.find((o: { code: string }) => o.code === '4110');
    expect(occupation).toEqual({ code: '4110', label: 'Administratief medewerker' });

    const byCode = await api.post(url, { kind: 'occupation', code: '4110' });
    expect(byCode.statusCode, byCode.body).toBe(201);
    const skillAdded = await api.post(url, { kind: 'skill', code: 'S01' });
    const freeText = await api.post(url, { kind: 'skill', freeText: 'Heftruckcertificaat' });
    expect(freeText.statusCode, freeText.body).toBe(201);
    const skills = freeText.json().skills as { id: string; kind: string; code: string | null; label: string; freeText: string | null }[];
    expect(skills.map(({ id: _id, ...s }) => s)).toEqual([
      { kind: 'occupation', code: '4110', label: 'Administratief medewerker', freeText: null },
      { kind: 'skill', code: 'S01', label: 'Klantvriendelijk', freeText: null },
      { kind: 'skill', code: null, label: 'Heftruckcertificaat', freeText: 'Heftruckcertificaat' },
    ]);
    // Adding skills needs no profile first, and the profile version is untouched by them.
    expect(freeText.json().version).toBe(0);
    const added = skills.find((s) => s.code === 'S01')!;
    expect(await auditRowsOf(t.db, skillAdded)).toMatchObject([{ action: 'skill.create', result: 'success', objectType: 'skill', objectId: added.id, residentIds: [resident.id] }]);

    await expectProblem(await api.post(url, { kind: 'occupation', code: '9999' }), 400, /Onbekende code 9999/);
    // A skill code is not an occupation code.
    await expectProblem(await api.post(url, { kind: 'occupation', code: 'S01' }), 400, /Onbekende code S01/);
    await expectProblem(await api.post(url, { kind: 'skill' }), 400, /code uit de lijst of vul een omschrijving in/);
    await expectProblem(await api.post(url, { kind: 'skill', freeText: 'x' }), 400, /veld 'freeText'/);
    await expectProblem(await api.post(url, { kind: 'hobby', freeText: 'Schaken' }), 400, /veld 'kind'/);

    const removed = await api.delete(`${url}/${added.id}`);
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await auditRowsOf(t.db, removed)).toMatchObject([{ action: 'skill.delete', objectId: added.id, residentIds: [resident.id] }]);
    expect((await api.get(`/residents/${resident.id}/work-profile`)).json().skills.map((s: { code: string | null }) => s.code)).toEqual(['4110', null]);
    await expectProblem(await api.delete(`${url}/${added.id}`), 404);
    // Another resident's skill cannot be removed through this resident.
    const other = takeResident();
    const theirs = (await api.post(`/residents/${other.id}/work-profile/skills`, { kind: 'skill', code: 'S02' })).json().skills[0];
    await expectProblem(await api.delete(`${url}/${theirs.id}`), 404);
    expect((await api.get(`/residents/${other.id}/work-profile`)).json().skills).toHaveLength(1);
  });

  it('records wage values from 0 to 100%; the latest measurement is the current one', async () => {
    const resident = takeResident();
    const url = `/residents/${resident.id}/work-profile/wage-values`;
    const first = await api.post(url, { percentage: 0, measuredOn: dayFromToday(-60), method: 'dariuz' });
    expect(first.statusCode, first.body).toBe(201);
    const full = await api.post(url, { percentage: 100, measuredOn: dayFromToday(-10), method: 'werkplekmeting' });
    expect(full.statusCode, full.body).toBe(201);
    expect(full.json().currentWageValue).toMatchObject({ percentage: 100, measuredOn: dayFromToday(-10), method: 'werkplekmeting', methodLabel: 'Meting op de werkplek' });
    // An older measurement entered later does not replace the current one.
    const older = await api.post(url, { percentage: 45, measuredOn: dayFromToday(-30), method: 'loonwaardemeting-uwv' });
    expect(older.json().currentWageValue).toMatchObject({ percentage: 100 });
    expect(older.json().wageValues.map((w: { percentage: number }) => w.percentage)).toEqual([100, 45, 0]);
    const added = older.json().wageValues.find((w: { percentage: number }) => w.percentage === 45);
    expect(await auditRowsOf(t.db, older)).toMatchObject([{ action: 'wage_value.create', result: 'success', objectType: 'wage_value', objectId: added.id, residentIds: [resident.id] }]);

    await expectProblem(await api.post(url, { percentage: 101, measuredOn: dayFromToday(0), method: 'dariuz' }), 400, /veld 'percentage'.*hoogstens 100%/);
    await expectProblem(await api.post(url, { percentage: -1, measuredOn: dayFromToday(0), method: 'dariuz' }), 400, /veld 'percentage'/);
    await expectProblem(await api.post(url, { percentage: 55.5, measuredOn: dayFromToday(0), method: 'dariuz' }), 400, /veld 'percentage'.*heel percentage/);
    await expectProblem(await api.post(url, { percentage: 55, measuredOn: dayFromToday(1), method: 'dariuz' }), 400, /loonwaardemeting kan niet in de toekomst/);
    await expectProblem(await api.post(url, { percentage: 55, measuredOn: dayFromToday(0), method: 'op gevoel' }), 400, /veld 'method'/);
    expect((await api.get(`/residents/${resident.id}/work-profile`)).json().wageValues).toHaveLength(3);
  });
});
