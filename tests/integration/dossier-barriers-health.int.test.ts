import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_PURPOSE } from '../../src/modules/residents/guard.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, dayFromToday, residentsOf, userByName, type Api } from '../support/fixtures.ts';

// Health barriers are special-category data (AVG art. 9): only the contact person's team (work consultant,
// team lead) sees them, only with a stated healthPurpose, and that read is audited with the purpose.
// Everyone else gets a count of hidden health barriers. Writing one needs the same right.

let t: TestApp;
let consultant: Api;
let lead: Api;
let income: Api;
let otherTeam: Api;
let residents: Awaited<ReturnType<typeof residentsOf>>;
let next = 0;
const takeResident = () => residents[next++];
const HEALTH = 'Rugklachten na een hernia; geen tilwerk boven 10 kilo.';

beforeAll(async () => {
  t = await startTestApp();
  consultant = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  lead = apiAs(t.app, await t.login('team_lead@voorbeeld'));
  income = apiAs(t.app, await t.login('income_consultant@voorbeeld'));
  otherTeam = apiAs(t.app, await t.login('work_consultant4@voorbeeld'));
  residents = await residentsOf(t.db, 'work_consultant@voorbeeld', 12);
});
afterAll(async () => { await t?.close(); });

type Barrier = { id: string; version: number; category: string; description: string };
type BarrierList = { items: Barrier[]; hiddenHealthBarriers: number; healthVisible: boolean; mayViewHealth: boolean };

/** A resident with one debts barrier and one health barrier, recorded by their work consultant. */
async function residentWithBarriers() {
  const resident = takeResident();
  const url = `/residents/${resident.id}/barriers`;
  const debts = await consultant.post(url, { category: 'debts', description: 'Betalingsregeling met de woningcorporatie' });
  const health = await consultant.post(url, { category: 'health', description: HEALTH, since: dayFromToday(-200) });
  expect(debts.statusCode, debts.body).toBe(201);
  expect(health.statusCode, health.body).toBe(201);
  // The one who records it gets it back, as written.
  // The write answer does not echo the health description: reading it needs a stated purpose.
  expect(health.json()).toMatchObject({ category: 'health', categoryLabel: 'Gezondheid', version: 1 });
  expect(health.body).not.toContain(HEALTH);
  return { resident, url, debts: debts.json() as Barrier, health: health.json() as Barrier, healthEtag: health.headers.etag as string };
}

const purpose = (text: string) => `?healthPurpose=${encodeURIComponent(text)}`;

describe('health barriers', () => {
  it('are hidden from the contact person\'s team without a purpose: only a count, and no health read in the log', async () => {
    const { resident, url, debts } = await residentWithBarriers();
    for (const api of [consultant, lead]) {
      const res = await api.get(url);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as BarrierList;
      expect(body).toMatchObject({ hiddenHealthBarriers: 1, healthVisible: false, mayViewHealth: true });
      expect(body.items.map((b) => b.id)).toEqual([debts.id]);
      expect(res.body).not.toContain('hernia');
      expect(await auditRowsOf(t.db, res)).toMatchObject([{ action: 'barrier.list', objectType: 'barrier', result: 'success', residentIds: [resident.id] }]);
    }
  });

  it('are shown to the work consultant and the team lead with a purpose, and that read is audited with it', async () => {
    const { resident, url, health } = await residentWithBarriers();
    for (const [api, username] of [[consultant, 'work_consultant@voorbeeld'], [lead, 'team_lead@voorbeeld']] as const) {
      const why = `Passend werk zoeken zonder tilwerk (${username})`;
      const res = await api.get(`${url}${purpose(why)}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as BarrierList;
      expect(body).toMatchObject({ hiddenHealthBarriers: 0, healthVisible: true });
      expect(body.items.find((b) => b.id === health.id)).toMatchObject({ category: 'health', description: HEALTH });
      const user = await userByName(t.db, username);
      expect(await auditRowsOf(t.db, res)).toMatchObject([
        { action: 'barrier.list', objectType: 'barrier', result: 'success', residentIds: [resident.id], actorUserId: user.id, purpose: DOSSIER_PURPOSE },
        { action: 'barrier.health.read', objectType: 'health', result: 'success', residentIds: [resident.id], objectId: resident.id,
          actorUserId: user.id, actorRole: user.role, purpose: `Gezondheid: ${why}` },
      ]);
    }
  });

  it('asks for a purpose of at least 5 characters', async () => {
    const { url } = await residentWithBarriers();
    const res = await consultant.get(`${url}${purpose('cv')}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toMatch(/parameter 'healthPurpose'.*minstens 5 tekens/);
  });

  it('stay hidden from an income consultant (municipality scope), even with a purpose', async () => {
    const { url, debts } = await residentWithBarriers();
    for (const query of ['', purpose('Beoordeling van de aanvraag')]) {
      const res = await income.get(`${url}${query}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ hiddenHealthBarriers: 1, healthVisible: false, mayViewHealth: false });
      expect((res.json() as BarrierList).items.map((b) => b.id)).toEqual([debts.id]);
      expect(res.body).not.toContain('hernia');
      expect((await auditRowsOf(t.db, res)).map((r) => r.action)).toEqual(['barrier.list']);
    }
  });

  it('cannot be written by an income consultant: 403, a denied audit row, nothing stored', async () => {
    const { resident, url, health, healthEtag } = await residentWithBarriers();
    const count = async () => (await t.db.selectFrom('barriers').select('id').where('residentId', '=', resident.id).execute()).length;
    const before = await count();

    const created = await income.post(url, { category: 'health', description: 'Depressieve klachten' });
    expect(created.statusCode, created.body).toBe(403);
    expect(created.headers['content-type']).toContain('application/problem+json');
    expect(created.json().detail).toMatch(/team van de contactpersoon/);
    const income1 = await userByName(t.db, 'income_consultant@voorbeeld');
    expect(await auditRowsOf(t.db, created)).toMatchObject([{
      action: 'barrier.health.write', result: 'denied', objectType: 'health', residentIds: [resident.id], actorUserId: income1.id,
    }]);

    const changed = await income.patch(`${url}/${health.id}`, { description: 'Overschreven' }, healthEtag);
    expect(changed.statusCode, changed.body).toBe(403);
    expect(await auditRowsOf(t.db, changed)).toMatchObject([{ action: 'barrier.health.write', result: 'denied', residentIds: [resident.id] }]);

    expect(await count()).toBe(before);
    const stored = await t.db.selectFrom('barriers').select(['description', 'version']).where('id', '=', health.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ description: HEALTH, version: 1 });

    // Other barriers are the income consultant's to record.
    const debts = await income.post(url, { category: 'debts', description: 'Beslag op de uitkering' });
    expect(debts.statusCode, debts.body).toBe(201);
  });

  it('can be changed by the contact person\'s team, with the ETag: 412 when stale, 428 without', async () => {
    const { url, health, healthEtag } = await residentWithBarriers();
    const resolved = await lead.patch(`${url}/${health.id}`, { resolvedOn: dayFromToday(-1) }, healthEtag);
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({ resolvedOn: dayFromToday(-1), version: 2 });
    expect(resolved.body).not.toContain(HEALTH);
    expect((await consultant.patch(`${url}/${health.id}`, { description: 'Andere klacht' }, healthEtag)).statusCode).toBe(412);
    expect((await consultant.patch(`${url}/${health.id}`, { description: 'Andere klacht' })).statusCode).toBe(428);
    const shown = (await consultant.get(`${url}${purpose('Controle van de wijziging')}`)).json() as BarrierList;
    expect(shown.items.find((b) => b.id === health.id)).toMatchObject({ description: HEALTH, resolvedOn: dayFromToday(-1), version: 2 });
    // The category of a barrier is fixed: a debts barrier cannot be turned into a health one.
    const debts = shown.items.find((b) => b.category === 'debts')!;
    const turned = await income.patch(`${url}/${debts.id}`, { category: 'health' }, `"v${debts.version}"`);
    expect(turned.statusCode).toBe(400);
    expect(turned.json().detail).toMatch(/category/);
  });

  it('are out of reach of a work consultant of another team, like the rest of the dossier', async () => {
    const { resident, url, health, healthEtag } = await residentWithBarriers();
    const read = await otherTeam.get(`${url}${purpose('Ik wil even kijken')}`);
    expect(read.statusCode).toBe(403);
    expect(read.body).not.toContain('hernia');
    expect(await auditRowsOf(t.db, read)).toMatchObject([{ action: 'barrier.list', result: 'denied', residentIds: [resident.id] }]);
    expect((await otherTeam.post(url, { category: 'health', description: 'Iets' })).statusCode).toBe(403);
    expect((await otherTeam.patch(`${url}/${health.id}`, { description: 'Iets' }, healthEtag)).statusCode).toBe(403);
    expect((await otherTeam.post(url, { category: 'language', description: 'Iets' })).statusCode).toBe(403);
    expect((await t.db.selectFrom('barriers').select('id').where('residentId', '=', resident.id).execute())).toHaveLength(2);
  });

  it('show in the timeline without their content, and not at all for an income consultant', async () => {
    const { resident, health } = await residentWithBarriers();
    const own = await consultant.get(`/residents/${resident.id}/timeline`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.body).not.toContain('hernia');
    const entry = own.json().items.find((i: { objectId: string }) => i.objectId === health.id);
    expect(entry).toMatchObject({ kind: 'barrier', title: 'Belemmering: Gezondheid' });
    expect(entry.detail).toMatch(/afgeschermd/);
    const debtsEntry = own.json().items.find((i: { kind: string; title: string }) => i.kind === 'barrier' && i.title === 'Belemmering: Schulden');
    expect(debtsEntry.detail).toBe('Betalingsregeling met de woningcorporatie');

    const other = await income.get(`/residents/${resident.id}/timeline`);
    expect(other.statusCode).toBe(200);
    expect(other.body).not.toContain('hernia');
    expect(other.json().items.map((i: { objectId: string }) => i.objectId)).not.toContain(health.id);
    // Nor is it in the dossier itself.
    expect((await income.get(`/residents/${resident.id}`)).body).not.toContain('hernia');
  });
});

describe('barriers', () => {
  it('refuses an unknown category, a bad date or an unknown field', async () => {
    const url = `/residents/${takeResident().id}/barriers`;
    for (const [body, field] of [
      [{ category: 'verslaving' }, 'category'], [{ category: 'debts', since: '2026-04-31' }, 'since'],
      [{ category: 'debts', description: 'x'.repeat(4001) }, 'description'],
    ] as const) {
      const res = await consultant.post(url, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().detail).toContain(`veld '${field}'`);
    }
    const extra = await consultant.post(url, { category: 'debts', recordedBy: '00000000-0000-4000-8000-000000000000' });
    expect(extra.statusCode).toBe(400);
    expect((await consultant.get(url)).json()).toEqual({ items: [], hiddenHealthBarriers: 0, healthVisible: false, mayViewHealth: true });
  });
});
