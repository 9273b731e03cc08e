import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_PURPOSE } from '../../src/modules/residents/guard.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, dayFromToday, residentsOf, userByName, type Api } from '../support/fixtures.ts';

// The list-type dossier records: contact moments, referrals, plan goals and steps, target groups,
// household members and (non-health) barriers. Each: create → list → update with the ETag → the same
// stale ETag → 412 → no If-Match → 428, validation in Dutch, and the audit rows of a read and a write.

let t: TestApp;
let api: Api;
let me: { id: string };
let residents: Awaited<ReturnType<typeof residentsOf>>;
let next = 0;
/** Each test takes residents of its own, so tests in this file do not see each other's records. */
const takeResident = () => residents[next++];

beforeAll(async () => {
  t = await startTestApp();
  api = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  me = await userByName(t.db, 'work_consultant@voorbeeld');
  residents = await residentsOf(t.db, 'work_consultant@voorbeeld', 40);
});
afterAll(async () => { await t?.close(); });

type Item = { id: string; version: number } & Record<string, unknown>;

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json(): { status: number; title: string; detail: string } }, status: number, detail?: RegExp) {
  expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.json().status).toBe(status);
  if (detail) expect(res.json().detail).toMatch(detail);
  return res.json();
}

interface Case {
  path: string;
  objectType: string;
  create: () => Record<string, unknown>;
  created: Record<string, unknown>;
  /** Two changes to the same field; the second is sent with the stale ETag and must not land. */
  first: Record<string, unknown>;
  second: Record<string, unknown>;
}

const cases: Case[] = [
  {
    path: 'contact-moments', objectType: 'contact_moment',
    create: () => ({ occurredOn: dayFromToday(-3), channel: 'phone', note: 'Gebeld over de sollicitatie bij de bakker.' }),
    created: { channel: 'phone', channelLabel: 'Telefoon', note: 'Gebeld over de sollicitatie bij de bakker.' },
    first: { note: 'Gebeld; sollicitatiebrief samen nagelopen.' }, second: { note: 'Overschreven door een ander' },
  },
  {
    path: 'referrals', objectType: 'referral',
    create: () => ({ domain: 'debt_assistance', referredOn: dayFromToday(-10), note: 'Aangemeld bij schuldhulp' }),
    created: { domain: 'debt_assistance', domainLabel: 'Schuldhulpverlening', status: 'referred', statusLabel: 'Aangemeld' },
    first: { status: 'in_progress' }, second: { status: 'declined' },
  },
  {
    path: 'plan-goals', objectType: 'plan_goal',
    create: () => ({ title: 'Werk vinden in de zorg', targetDate: dayFromToday(0, 6) }),
    created: { title: 'Werk vinden in de zorg', description: '', status: 'open', statusLabel: 'Lopend' },
    first: { status: 'achieved' }, second: { status: 'dropped' },
  },
  {
    path: 'plan-steps', objectType: 'plan_step',
    create: () => ({ description: 'Cv bijwerken', owner: 'resident', dueOn: dayFromToday(14) }),
    created: { description: 'Cv bijwerken', owner: 'resident', ownerLabel: 'Inwoner', status: 'open', completedOn: null, overdue: false, goalId: null },
    first: { description: 'Cv bijwerken met de jobcoach' }, second: { description: 'Cv laten nakijken' },
  },
  {
    path: 'target-groups', objectType: 'target_group',
    create: () => ({ code: 'doelgroepregister', startDate: dayFromToday(-60), details: { registeredOn: dayFromToday(-60) } }),
    created: { code: 'doelgroepregister', label: 'Doelgroepregister (banenafspraak)', endDate: null },
    first: { endDate: dayFromToday(-1) }, second: { endDate: dayFromToday(-2) },
  },
  {
    path: 'household-members', objectType: 'household_member',
    create: () => ({ kind: 'child', givenNames: 'Femke', birthDate: '2016-04-02' }),
    created: { kind: 'child', kindLabel: 'Kind', givenNames: 'Femke', birthDate: '2016-04-02', costSharer: false, costSharerExemption: null },
    first: { givenNames: 'Femke Anna' }, second: { givenNames: 'Fem' },
  },
  {
    path: 'barriers', objectType: 'barrier',
    create: () => ({ category: 'debts', description: 'Achterstand bij de energieleverancier', since: dayFromToday(-100) }),
    created: { category: 'debts', categoryLabel: 'Schulden', resolvedOn: null },
    first: { resolvedOn: dayFromToday(-1) }, second: { resolvedOn: dayFromToday(-5) },
  },
];

describe.each(cases)('$path: create, list, update with ETag, 412, 428, audit', (c) => {
  it('keeps every write versioned and audited', async () => {
    const resident = takeResident();
    const base = `/residents/${resident.id}/${c.path}`;

    const created = await api.post(base, c.create());
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers.etag).toBe('"v1"');
    const item = created.json() as Item;
    expect(item).toMatchObject({ ...c.created, version: 1 });
    expect(item.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await auditRowsOf(t.db, created)).toMatchObject([{
      action: `${c.objectType}.create`, result: 'success', objectType: c.objectType, objectId: item.id,
      residentIds: [resident.id], actorUserId: me.id, actorRole: 'work_consultant', purpose: DOSSIER_PURPOSE,
    }]);

    const list = await api.get(base);
    expect(list.statusCode, list.body).toBe(200);
    expect((list.json().items as Item[]).find((i) => i.id === item.id)).toEqual(item);
    expect(await auditRowsOf(t.db, list)).toMatchObject([{
      action: `${c.objectType}.list`, result: 'success', objectType: c.objectType, objectId: resident.id,
      residentIds: [resident.id], actorUserId: me.id, purpose: DOSSIER_PURPOSE,
    }]);

    const updated = await api.patch(`${base}/${item.id}`, c.first, created.headers.etag as string);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.headers.etag).toBe('"v2"');
    expect(updated.json()).toMatchObject({ ...c.first, id: item.id, version: 2 });
    const [updateRow] = await auditRowsOf(t.db, updated);
    expect(updateRow).toMatchObject({ action: `${c.objectType}.update`, result: 'success', objectId: item.id, residentIds: [resident.id] });
    for (const field of Object.keys(c.first)) expect(updateRow.purpose).toContain(field);

    // Someone else still holding version 1 loses: 412, and the first change stays.
    const stale = await api.patch(`${base}/${item.id}`, c.second, created.headers.etag as string);
    expectProblem(stale, 412);
    expect(stale.json().title).toBe('Gegevens zijn intussen gewijzigd');
    expect((await auditRowsOf(t.db, stale)).filter((r) => r.result === 'success')).toEqual([]);
    const afterStale = (await api.get(base)).json().items.find((i: Item) => i.id === item.id);
    expect(afterStale).toMatchObject({ ...c.first, version: 2 });

    // No version at all: 428, nothing changes.
    const blind = await api.patch(`${base}/${item.id}`, c.second);
    expectProblem(blind, 428, /If-Match/);
    expect(blind.json().title).toBe('Versie ontbreekt');
    expectProblem(await api.patch(`${base}/${item.id}`, c.second, 'versie-2'), 400, /If-Match/);
    expect((await api.get(base)).json().items.find((i: Item) => i.id === item.id)).toMatchObject({ ...c.first, version: 2 });

    // An item id that is not this resident's: 404.
    expectProblem(await api.patch(`${base}/00000000-0000-4000-8000-000000000001`, c.second, '"v2"'), 404);
    expectProblem(await api.patch(`${base}/geen-id`, c.second, '"v2"'), 400, /itemId/);
  });
});

describe('contact moments', () => {
  it('refuses a future date, an unknown channel, an empty note and a non-existent date, in Dutch', async () => {
    const url = `/residents/${takeResident().id}/contact-moments`;
    expectProblem(await api.post(url, { occurredOn: dayFromToday(1), channel: 'phone', note: 'Morgen' }), 400, /contactmoment kan niet in de toekomst/);
    const channel = expectProblem(await api.post(url, { occurredOn: dayFromToday(0), channel: 'fax', note: 'Gefaxt' }), 400);
    expect(channel.title).toBe('Ongeldige invoer');
    expect(channel.detail).toMatch(/veld 'channel'/);
    expectProblem(await api.post(url, { occurredOn: dayFromToday(0), channel: 'phone', note: '   ' }), 400, /veld 'note'.*notitie/);
    expectProblem(await api.post(url, { occurredOn: '2026-02-30', channel: 'phone', note: 'Gebeld' }), 400, /veld 'occurredOn'.*Geen bestaande datum/);
    expectProblem(await api.post(url, { occurredOn: '23-11-2026', channel: 'phone', note: 'Gebeld' }), 400, /veld 'occurredOn'.*JJJJ-MM-DD/);
    expectProblem(await api.post(url, { occurredOn: dayFromToday(0), channel: 'phone', note: 'Gebeld', recordedBy: me.id }), 400, /recordedBy/);
    expectProblem(await api.post(url, { channel: 'phone', note: 'Gebeld' }), 400, /veld 'occurredOn'/);
    // Changing an existing moment to a future date is refused the same way.
    const ok = await api.post(url, { occurredOn: dayFromToday(-1), channel: 'email', note: 'Mail gestuurd' });
    expectProblem(await api.patch(`${url}/${ok.json().id}`, { occurredOn: dayFromToday(2) }, ok.headers.etag as string), 400, /toekomst/);
    expect((await api.get(url)).json().items).toHaveLength(1);
  });

  it('moves the resident\'s last contact, in the dossier and in the caseload', async () => {
    const resident = takeResident();
    const url = `/residents/${resident.id}/contact-moments`;
    const today = dayFromToday(0);
    const res = await api.post(url, { occurredOn: today, channel: 'home_visit', note: 'Huisbezoek afgelegd' });
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.db.selectFrom('residents').select('lastContactOn').where('id', '=', resident.id).executeTakeFirstOrThrow();
    expect(row.lastContactOn).toBe(today);
    expect((await api.get(`/residents/${resident.id}`)).json().lastContactOn).toBe(today);
    const caseload = (await api.get(`/residents?q=${resident.bsn}`)).json();
    expect(caseload.items).toHaveLength(1);
    expect(caseload.items[0]).toMatchObject({ id: resident.id, lastContactOn: today, daysSinceLastContact: 0 });
  });

  it('keeps the last contact when an older moment is entered later', async () => {
    const resident = takeResident();
    const url = `/residents/${resident.id}/contact-moments`;
    expect((await api.post(url, { occurredOn: dayFromToday(-2), channel: 'meeting', note: 'Gesprek op kantoor' })).statusCode).toBe(201);
    expect((await api.post(url, { occurredOn: dayFromToday(-40), channel: 'letter', note: 'Brief van vorige maand nagetrokken' })).statusCode).toBe(201);
    expect((await api.get(`/residents/${resident.id}`)).json().lastContactOn).toBe(dayFromToday(-2));
    // The list is in date order.
    expect((await api.get(url)).json().items.map((i: Item) => i.occurredOn)).toEqual([dayFromToday(-40), dayFromToday(-2)]);
  });

  it('does not move a last contact known from before (seed or import) back to an older moment', async () => {
    // The demo residents have a last contact date without contact-moment rows behind it.
    const resident = takeResident();
    await t.db.updateTable('residents').set({ lastContactOn: dayFromToday(-5) }).where('id', '=', resident.id).execute();
    const res = await api.post(`/residents/${resident.id}/contact-moments`, { occurredOn: dayFromToday(-60), channel: 'phone', note: 'Oud telefoongesprek nagetrokken' });
    expect(res.statusCode, res.body).toBe(201);
    expect((await api.get(`/residents/${resident.id}`)).json().lastContactOn).toBe(dayFromToday(-5));
  });
});

describe('referrals', () => {
  it('refuses an unknown domain or status and a future referral date', async () => {
    const url = `/residents/${takeResident().id}/referrals`;
    expectProblem(await api.post(url, { domain: 'politie', referredOn: dayFromToday(0) }), 400, /veld 'domain'/);
    expectProblem(await api.post(url, { domain: 'wmo', referredOn: dayFromToday(0), status: 'lopend' }), 400, /veld 'status'/);
    expectProblem(await api.post(url, { domain: 'wmo', referredOn: dayFromToday(3) }), 400, /verwijzing kan niet in de toekomst/);
    const ok = await api.post(url, { domain: 'wmo', referredOn: dayFromToday(0) });
    expect(ok.statusCode).toBe(201);
    // The domain and date of a referral are fixed once made; only status and note change.
    expectProblem(await api.patch(`${url}/${ok.json().id}`, { domain: 'youth_care' }, ok.headers.etag as string), 400, /domain/);
    expectProblem(await api.patch(`${url}/${ok.json().id}`, { status: 'onbekend' }, ok.headers.etag as string), 400, /veld 'status'/);
  });
});

describe('action plan', () => {
  it('refuses a too-short goal title or step description and an unknown owner or status', async () => {
    const resident = takeResident();
    expectProblem(await api.post(`/residents/${resident.id}/plan-goals`, { title: 'ab' }), 400, /veld 'title'.*minstens 3 tekens/);
    expectProblem(await api.post(`/residents/${resident.id}/plan-goals`, { title: 'Werk', targetDate: '2026-13-01' }), 400, /veld 'targetDate'/);
    const goal = await api.post(`/residents/${resident.id}/plan-goals`, { title: 'Taal verbeteren' });
    expectProblem(await api.patch(`/residents/${resident.id}/plan-goals/${goal.json().id}`, { status: 'klaar' }, '"v1"'), 400, /veld 'status'/);
    expectProblem(await api.post(`/residents/${resident.id}/plan-steps`, { description: 'cv', owner: 'resident', dueOn: dayFromToday(7) }), 400, /veld 'description'.*minstens 3 tekens/);
    expectProblem(await api.post(`/residents/${resident.id}/plan-steps`, { description: 'Cv maken', owner: 'buurman', dueOn: dayFromToday(7) }), 400, /veld 'owner'/);
    expectProblem(await api.post(`/residents/${resident.id}/plan-steps`, { description: 'Cv maken', owner: 'resident' }), 400, /veld 'dueOn'/);
  });

  it('links a step to a goal of the same resident only', async () => {
    const [resident, other] = [takeResident(), takeResident()];
    const mine = await api.post(`/residents/${resident.id}/plan-goals`, { title: 'Vrijwilligerswerk vinden' });
    const theirs = await api.post(`/residents/${other.id}/plan-goals`, { title: 'Rijbewijs halen' });
    const linked = await api.post(`/residents/${resident.id}/plan-steps`, { goalId: mine.json().id, description: 'Vacaturebank bekijken', owner: 'consultant', dueOn: dayFromToday(7) });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().goalId).toBe(mine.json().id);
    expectProblem(await api.post(`/residents/${resident.id}/plan-steps`, { goalId: theirs.json().id, description: 'Theorie-examen', owner: 'resident', dueOn: dayFromToday(7) }), 400, /doel hoort niet bij het plan van deze inwoner/);
    expectProblem(await api.post(`/residents/${resident.id}/plan-steps`, { goalId: '00000000-0000-4000-8000-000000000002', description: 'Theorie-examen', owner: 'resident', dueOn: dayFromToday(7) }), 400, /doel/);
    expectProblem(await api.post(`/residents/${resident.id}/plan-steps`, { goalId: 'doel-1', description: 'Theorie-examen', owner: 'resident', dueOn: dayFromToday(7) }), 400, /veld 'goalId'/);
    expect((await api.get(`/residents/${resident.id}/plan-steps`)).json().items).toHaveLength(1);
  });

  it('dates a step done today, clears the date when reopened, and flags open steps past their date', async () => {
    const resident = takeResident();
    const url = `/residents/${resident.id}/plan-steps`;
    const late = await api.post(url, { description: 'Inschrijven bij het UWV', owner: 'resident', dueOn: dayFromToday(-3) });
    const soon = await api.post(url, { description: 'Gesprek met jobcoach', owner: 'partner', ownerName: 'Werkbedrijf', dueOn: dayFromToday(3) });
    const dueToday = await api.post(url, { description: 'Formulier inleveren', owner: 'resident', dueOn: dayFromToday(0) });
    expect(late.json()).toMatchObject({ overdue: true, status: 'open', completedOn: null });
    expect(soon.json()).toMatchObject({ overdue: false, ownerName: 'Werkbedrijf', ownerLabel: 'Partnerorganisatie' });
    expect(dueToday.json().overdue).toBe(false);
    const caseload = async () => (await api.get(`/residents?q=${resident.bsn}`)).json().items[0].overdueSteps;
    expect(await caseload()).toBe(1);

    const done = await api.patch(`${url}/${late.json().id}`, { status: 'done' }, late.headers.etag as string);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', statusLabel: 'Gedaan', completedOn: dayFromToday(0), overdue: false });
    expect(await caseload()).toBe(0);

    // Another change to a done step keeps its date; reopening clears it and it is overdue again.
    const noted = await api.patch(`${url}/${late.json().id}`, { description: 'Inschrijven bij het UWV (gedaan)' }, done.headers.etag as string);
    expect(noted.json().completedOn).toBe(dayFromToday(0));
    const reopened = await api.patch(`${url}/${late.json().id}`, { status: 'open' }, noted.headers.etag as string);
    expect(reopened.json()).toMatchObject({ status: 'open', completedOn: null, overdue: true });
    const cancelled = await api.patch(`${url}/${late.json().id}`, { status: 'cancelled' }, reopened.headers.etag as string);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', completedOn: null, overdue: false });

    // Steps are listed by due date.
    expect((await api.get(url)).json().items.map((i: Item) => i.dueOn)).toEqual([dayFromToday(-3), dayFromToday(0), dayFromToday(3)]);
  });
});

describe('target groups', () => {
  it('requires the UWV indication date for nieuw beschut werk, and checks the details of each group', async () => {
    const resident = takeResident();
    const url = `/residents/${resident.id}/target-groups`;
    const missing = expectProblem(await api.post(url, { code: 'nieuw_beschut', startDate: dayFromToday(-10) }), 400);
    expect(missing.detail).toMatch(/Nieuw beschut werk/);
    expect(missing.detail).toMatch(/uwvIndicationDate/);
    expectProblem(await api.post(url, { code: 'nieuw_beschut', startDate: dayFromToday(-10), details: { uwvIndicationDate: 'gisteren' } }), 400, /uwvIndicationDate/);
    expectProblem(await api.post(url, { code: 'statushouder', startDate: dayFromToday(-10), details: { residencePermitSince: dayFromToday(-400), civicIntegrationStatus: 'bijna' } }), 400, /Statushouder.*civicIntegrationStatus/);
    expectProblem(await api.post(url, { code: 'bijstand', startDate: dayFromToday(-10), details: { uitkering: 1200 } }), 400, /Bijstand/);
    expectProblem(await api.post(url, { code: 'wajong', startDate: dayFromToday(-10) }), 400, /veld 'code'/);

    const ok = await api.post(url, { code: 'nieuw_beschut', startDate: dayFromToday(-10), details: { uwvIndicationDate: dayFromToday(-30) } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ code: 'nieuw_beschut', label: 'Nieuw beschut werk', details: { uwvIndicationDate: dayFromToday(-30) } });
    // Details changed later are checked against the group's own rules.
    expectProblem(await api.patch(`${url}/${ok.json().id}`, { details: {} }, ok.headers.etag as string), 400, /uwvIndicationDate/);
    // The dossier shows the group.
    const detail = (await api.get(`/residents/${resident.id}`)).json();
    expect(detail.targetGroups.map((g: { id: string }) => g.id)).toContain(ok.json().id);
  });

  it('refuses an end date before the start date, on create and on change', async () => {
    const url = `/residents/${takeResident().id}/target-groups`;
    expectProblem(await api.post(url, { code: 'nug', startDate: dayFromToday(-10), endDate: dayFromToday(-11) }), 400, /einddatum ligt vóór de startdatum/);
    const ok = await api.post(url, { code: 'nug', startDate: dayFromToday(-10) });
    expectProblem(await api.patch(`${url}/${ok.json().id}`, { endDate: dayFromToday(-20) }, ok.headers.etag as string), 400, /einddatum/);
    expectProblem(await api.patch(`${url}/${ok.json().id}`, { startDate: dayFromToday(0), endDate: dayFromToday(-1) }, ok.headers.etag as string), 400, /einddatum/);
    const sameDay = await api.patch(`${url}/${ok.json().id}`, { endDate: dayFromToday(-10) }, ok.headers.etag as string);
    expect(sameDay.statusCode, sameDay.body).toBe(200);
    // The start date moving past a stored end date is refused too.
    expectProblem(await api.patch(`${url}/${ok.json().id}`, { startDate: dayFromToday(-5) }, sameDay.headers.etag as string), 400, /einddatum/);
  });
});

describe('household members', () => {
  const adult = dayFromToday(0, -12 * 40);     // 40 years old
  const young = dayFromToday(0, -12 * 25);     // 25 years old
  const turned27 = dayFromToday(-1, -12 * 27); // 27 since yesterday

  it('applies the cost-sharers\' rules: 27 or older, or an exemption', async () => {
    const resident = takeResident();
    const url = `/residents/${resident.id}/household-members`;
    expectProblem(await api.post(url, { kind: 'housemate', givenNames: 'Dewi', birthDate: young, costSharer: true }), 400, /27 jaar of ouder tellen als kostendeler/);
    expectProblem(await api.post(url, { kind: 'housemate', givenNames: 'Henk', birthDate: adult }), 400, /27 jaar of ouder is kostendeler, tenzij u een uitzonderingsgrond kiest/);
    expectProblem(await api.post(url, { kind: 'housemate', givenNames: 'Henk', birthDate: adult, costSharer: true, costSharerExemption: 'student' }), 400, /uitzonderingsgrond/);
    expectProblem(await api.post(url, { kind: 'child', givenNames: 'Sem', birthDate: '2012-01-01', costSharer: true }), 400, /kind is geen kostendeler/);
    expectProblem(await api.post(url, { kind: 'housemate', givenNames: 'Henk', birthDate: adult, costSharerExemption: 'hospita' }), 400, /veld 'costSharerExemption'/);
    expectProblem(await api.post(url, { kind: 'partner', givenNames: 'Henk', birthDate: adult }), 400, /veld 'kind'/);
    expectProblem(await api.post(url, { kind: 'child', givenNames: 'Nog niet geboren', birthDate: dayFromToday(30) }), 400, /geboortedatum kan niet in de toekomst/);
    expectProblem(await api.post(url, { kind: 'child', givenNames: '', birthDate: '2012-01-01' }), 400, /veld 'givenNames'/);

    const sharer = await api.post(url, { kind: 'housemate', givenNames: 'Henk', birthDate: turned27, costSharer: true });
    expect(sharer.statusCode, sharer.body).toBe(201);
    expect(sharer.json()).toMatchObject({ costSharer: true, age: 27, kindLabel: 'Huisgenoot' });
    const student = await api.post(url, { kind: 'housemate', givenNames: 'Ilse', birthDate: adult, costSharerExemption: 'student' });
    expect(student.statusCode, student.body).toBe(201);
    const youngMate = await api.post(url, { kind: 'housemate', givenNames: 'Marco', birthDate: young });
    expect(youngMate.statusCode, youngMate.body).toBe(201);

    // Changes are checked against the stored member: dropping the exemption of a 27+ housemate is refused.
    expectProblem(await api.patch(`${url}/${student.json().id}`, { costSharerExemption: null }, student.headers.etag as string), 400, /uitzonderingsgrond/);
    expectProblem(await api.patch(`${url}/${youngMate.json().id}`, { costSharer: true }, youngMate.headers.etag as string), 400, /27 jaar/);
    const counted = await api.patch(`${url}/${student.json().id}`, { costSharerExemption: null, costSharer: true }, student.headers.etag as string);
    expect(counted.statusCode, counted.body).toBe(200);
    expect(counted.json()).toMatchObject({ costSharer: true, costSharerExemption: null });

    // The dossier's household shows the members with their cost-sharer flag.
    const members = (await api.get(`/residents/${resident.id}`)).json().household.members as { name: string; costSharer: boolean }[];
    expect(members).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'Henk', costSharer: true }), expect.objectContaining({ name: 'Ilse', costSharer: true }),
      expect.objectContaining({ name: 'Marco', costSharer: false }),
    ]));
  });

  it('deletes a member with the ETag only: 412 when stale, 428 without, and audits it', async () => {
    const resident = takeResident();
    const url = `/residents/${resident.id}/household-members`;
    const child = await api.post(url, { kind: 'child', givenNames: 'Noor', birthDate: '2019-08-15' });
    const renamed = await api.patch(`${url}/${child.json().id}`, { givenNames: 'Noor Lina' }, child.headers.etag as string);
    expectProblem(await api.delete(`${url}/${child.json().id}`, child.headers.etag as string), 412);
    expectProblem(await api.delete(`${url}/${child.json().id}`), 428);
    expect((await api.get(url)).json().items.map((i: Item) => i.id)).toContain(child.json().id);
    const gone = await api.delete(`${url}/${child.json().id}`, renamed.headers.etag as string);
    expect(gone.statusCode, gone.body).toBe(204);
    expect(await auditRowsOf(t.db, gone)).toMatchObject([{ action: 'household_member.delete', objectId: child.json().id, residentIds: [resident.id], result: 'success' }]);
    expect((await api.get(url)).json().items.map((i: Item) => i.id)).not.toContain(child.json().id);
    expectProblem(await api.delete(`${url}/${child.json().id}`, renamed.headers.etag as string), 404);
  });

  it('is shared by the household: a partner sees the members recorded at the other', async () => {
    const couple = await t.db.selectFrom('residents as a').innerJoin('residents as b', (j) => j.onRef('a.householdId', '=', 'b.householdId').onRef('a.id', '!=', 'b.id'))
      .innerJoin('users as u', 'u.id', 'a.contactPersonId')
      .select(['a.id as a', 'b.id as b']).where('u.username', '=', 'work_consultant@voorbeeld').where('a.householdRole', '=', 'primary')
      .orderBy('a.id').limit(1).executeTakeFirstOrThrow();
    const created = await api.post(`/residents/${couple.a}/household-members`, { kind: 'child', givenNames: 'Ties', birthDate: '2020-02-02' });
    expect(created.statusCode, created.body).toBe(201);
    expect((await api.get(`/residents/${couple.b}/household-members`)).json().items.map((i: Item) => i.id)).toContain(created.json().id);
  });
});
