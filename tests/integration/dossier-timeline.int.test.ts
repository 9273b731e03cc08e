import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_PURPOSE } from '../../src/modules/residents/guard.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, dayFromToday, residentsOf, type Api } from '../support/fixtures.ts';

// Tijdlijn: everything in the dossier by date, newest first; health barriers without their content.

let t: TestApp;
let api: Api;
let residents: Awaited<ReturnType<typeof residentsOf>>;

beforeAll(async () => {
  t = await startTestApp();
  api = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  residents = await residentsOf(t.db, 'work_consultant@voorbeeld', 3);
});
afterAll(async () => { await t?.close(); });

type Entry = { date: string; kind: string; title: string; detail: string; objectId: string };

describe('timeline', () => {
  it('shows what was recorded, newest first, and audits the read', async () => {
    const resident = residents[0];
    const base = `/residents/${resident.id}`;
    const ladder = await api.post(`${base}/ladder-measurements`, { step: 3, measuredOn: dayFromToday(0), motivation: 'Volgt sinds kort een taalcursus.' });
    const contact = await api.post(`${base}/contact-moments`, { occurredOn: dayFromToday(-1), channel: 'phone', note: 'Afspraak voor volgende week gemaakt' });
    const referral = await api.post(`${base}/referrals`, { domain: 'wmo', referredOn: dayFromToday(-5), note: 'Huishoudelijke hulp' });
    const step = await api.post(`${base}/plan-steps`, { description: 'Cv bijwerken', owner: 'resident', dueOn: dayFromToday(10) });
    const wage = await api.post(`${base}/work-profile/wage-values`, { percentage: 60, measuredOn: dayFromToday(-3), method: 'dariuz' });
    const health = await api.post(`${base}/barriers`, { category: 'health', description: 'Migraine, soms dagen uitgeschakeld', since: dayFromToday(-2) });
    for (const r of [ladder, contact, referral, step, wage, health]) expect(r.statusCode, r.body).toBe(201);

    const res = await api.get(`${base}/timeline`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Entry[];
    const dates = items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());

    const ladderId = ladder.json().items.find((m: { measuredOn: string; step: number }) => m.measuredOn === dayFromToday(0) && m.step === 3).id;
    expect(items).toContainEqual({ date: dayFromToday(0), kind: 'ladder', title: 'Trede 3: deelname georganiseerde activiteiten', detail: 'Volgt sinds kort een taalcursus.', objectId: ladderId });
    expect(items).toContainEqual({ date: dayFromToday(-1), kind: 'contact', title: 'Contact: Telefoon', detail: 'Afspraak voor volgende week gemaakt', objectId: contact.json().id });
    expect(items).toContainEqual({ date: dayFromToday(-5), kind: 'referral', title: 'Verwijzing Wmo (maatschappelijke ondersteuning)', detail: 'Aangemeld — Huishoudelijke hulp', objectId: referral.json().id });
    expect(items).toContainEqual(expect.objectContaining({ date: dayFromToday(10), kind: 'step', title: 'Stap: Cv bijwerken', objectId: step.json().id }));
    expect(items).toContainEqual(expect.objectContaining({ date: dayFromToday(-3), kind: 'wage_value', title: 'Loonwaarde 60%' }));
    // The recorded ladder step and contact come right after the planned step, newest first.
    const order = items.map((i) => i.objectId);
    expect(order.indexOf(step.json().id)).toBeLessThan(order.indexOf(ladderId));
    expect(order.indexOf(ladderId)).toBeLessThan(order.indexOf(contact.json().id));
    expect(order.indexOf(contact.json().id)).toBeLessThan(order.indexOf(referral.json().id));
    // What the demo data brought along: the benefit target group and earlier ladder measurements.
    expect(items.some((i) => i.kind === 'target_group' && i.title === 'Doelgroep Bijstand: begin')).toBe(true);

    // Health: an entry that something is there, not what.
    expect(res.body).not.toContain('Migraine');
    expect(items.find((i) => i.objectId === health.json().id)).toMatchObject({ kind: 'barrier', title: 'Belemmering: Gezondheid' });

    expect(await auditRowsOf(t.db, res)).toMatchObject([{
      action: 'timeline.read', result: 'success', objectType: 'timeline', objectId: resident.id, residentIds: [resident.id], purpose: DOSSIER_PURPOSE,
    }]);
  });

  it('shows a step when it was done, and a target group\'s end', async () => {
    const resident = residents[1];
    const base = `/residents/${resident.id}`;
    const step = await api.post(`${base}/plan-steps`, { description: 'Aanmelden bij de bibliotheek', owner: 'resident', dueOn: dayFromToday(20) });
    await api.patch(`${base}/plan-steps/${step.json().id}`, { status: 'done' }, step.headers.etag as string);
    const group = await api.post(`${base}/target-groups`, { code: 'nug', startDate: dayFromToday(-90), endDate: dayFromToday(-4) });
    const items = (await api.get(`${base}/timeline`)).json().items as Entry[];
    expect(items).toContainEqual({ date: dayFromToday(0), kind: 'step', title: 'Stap: Aanmelden bij de bibliotheek', detail: `Gedaan op ${dayFromToday(0)}`, objectId: step.json().id });
    const groupEntries = items.filter((i) => i.objectId === group.json().id);
    expect(groupEntries.map((i) => [i.date, i.title])).toEqual([
      [dayFromToday(-4), 'Doelgroep Niet-uitkeringsgerechtigde (NUG): einde'],
      [dayFromToday(-90), 'Doelgroep Niet-uitkeringsgerechtigde (NUG): begin'],
    ]);
  });

  it('is refused to another team (403) and another municipality (404)', async () => {
    const resident = residents[2];
    const otherTeam = apiAs(t.app, await t.login('work_consultant4@voorbeeld'));
    const foreign = apiAs(t.app, await t.login('work_consultant@buurdorp'));
    const refused = await otherTeam.get(`/residents/${resident.id}/timeline`);
    expect(refused.statusCode).toBe(403);
    expect(await auditRowsOf(t.db, refused)).toMatchObject([{ action: 'timeline.read', result: 'denied', residentIds: [resident.id] }]);
    const unknown = await foreign.get(`/residents/${resident.id}/timeline`);
    expect(unknown.statusCode).toBe(404);
    expect(await auditRowsOf(t.db, unknown)).toMatchObject([{ action: 'timeline.read', result: 'denied', residentIds: [] }]);
  });
});
