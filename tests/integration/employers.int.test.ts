import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, dayFromToday, userByName, type Api } from '../support/fixtures.ts';

// Werkgevers en kansen: CRUD with If-Match, Dutch validation, audited contact persons, who may do what, and the
// regional sharing of opportunities across municipalities (own, same region, outside the region).

let t: TestApp;
let manager: Api;
let consultant: Api;
let lead: Api;
let buurdorpManager: Api;
let outsider: Api;  // account manager of a municipality in another region

const employerBody = (over: object = {}) => ({
  name: 'Fietsenmakerij De Spaak', kvkNumber: '99300011', sector: 'trade', street: 'Stationsweg', houseNumber: 7, postcode: '7491 ab', city: 'Voorbeeld',
  description: 'Reparatie en verkoop van fietsen.', ...over,
});
const opportunityBody = (over: object = {}) => ({
  kind: 'trial_placement', title: 'Fietsenmaker (proefplaatsing)', description: 'Banden plakken en fietsen onderhouden.',
  occupationCode: '7231', requiredSkills: ['S16', 'S17'], hoursPerWeek: 24, postcode: '7491AB', languageLevel: 'A2', drivingLicence: null,
  minLadderStep: 4, startDate: dayFromToday(14), places: 2, sharedWithRegion: false, ...over,
});

async function newEmployer(over: object = {}) {
  const res = await manager.post('/employers', employerBody({ kvkNumber: null, ...over }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; name: string };
}
async function newOpportunity(employerId: string, over: object = {}, as: Api = manager) {
  const res = await as.post(`/employers/${employerId}/opportunities`, opportunityBody(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; own: boolean; municipality: { name: string } };
}
const detailOf = (res: { statusCode: number; body: string }) => (res.statusCode === 400 ? JSON.parse(res.body).detail as string : `status ${res.statusCode}: ${res.body}`);

/** A third municipality in a region of its own, with an account manager who logs in with the demo password. */
async function addOutsideMunicipality() {
  const template = await userByName(t.db, 'employer_account_manager@voorbeeld');
  const region = await t.db.insertInto('regions').values({ name: 'Regio Elders' }).returning('id').executeTakeFirstOrThrow();
  const m = await t.db.insertInto('municipalities').values({ code: 'elders', name: 'Elders', cbsCode: 'GM9903', regionId: region.id }).returning('id').executeTakeFirstOrThrow();
  const org = await t.db.insertInto('organisations').values({ municipalityId: m.id, name: 'Gemeente Elders', kind: 'municipality' }).returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('users').values({
    municipalityId: m.id, organisationId: org.id, teamId: null, username: 'employer_account_manager@elders', displayName: 'Accountmanager Elders',
    role: 'employer_account_manager', passwordHash: template.passwordHash, residentId: null,
  }).execute();
}

beforeAll(async () => {
  t = await startTestApp();
  manager = apiAs(t.app, await t.login('employer_account_manager@voorbeeld'));
  consultant = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  lead = apiAs(t.app, await t.login('team_lead@voorbeeld'));
  buurdorpManager = apiAs(t.app, await t.login('employer_account_manager@buurdorp'));
  await addOutsideMunicipality();
  outsider = apiAs(t.app, await t.login('employer_account_manager@elders'));
});
afterAll(async () => { await t?.close(); });

describe('employers', () => {
  it('an account manager adds, reads and changes an employer with If-Match; a stale version answers 412', async () => {
    const created = await manager.post('/employers', employerBody());
    expect(created.statusCode, created.body).toBe(201);
    const employer = created.json();
    expect(employer).toMatchObject({ name: 'Fietsenmakerij De Spaak', kvkNumber: '99300011', sector: 'trade', sectorLabel: 'Groot- en detailhandel', postcode: '7491AB', openOpportunities: 0 });
    expect(created.headers.etag).toBe('"v1"');
    const url = `/employers/${employer.id}`;
    const read = await consultant.get(url);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"v1"');

    expect((await manager.patch(url, { city: 'Delden' })).statusCode).toBe(428);
    const changed = await manager.patch(url, { city: 'Delden', socialReturnHoursPerYear: 400 }, '"v1"');
    expect(changed.statusCode, changed.body).toBe(200);
    // A change touches only what it names: the description and KvK number stay.
    expect(changed.json()).toMatchObject({ city: 'Delden', socialReturnHoursPerYear: 400, description: 'Reparatie en verkoop van fietsen.', kvkNumber: '99300011', version: 2 });
    expect(changed.headers.etag).toBe('"v2"');
    const stale = await manager.patch(url, { city: 'Hengelo' }, '"v1"');
    expect(stale.statusCode).toBe(412);
    expect(stale.json().title).toBe('Gegevens zijn intussen gewijzigd');
    expect((await manager.get(url)).json().city).toBe('Delden');
  });

  it('refuses a second employer with the same KvK number in the municipality (409), in Dutch', async () => {
    const { id } = await newEmployer({ kvkNumber: '99300023', name: 'Schildersbedrijf Kwast' });
    const again = await manager.post('/employers', employerBody({ kvkNumber: '99300023', name: 'Ander bedrijf' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Er is al een werkgever met KvK-nummer 99300023: Schildersbedrijf Kwast.');
    const other = await newEmployer({ name: 'Nog een bedrijf' });
    const clash = await manager.patch(`/employers/${other.id}`, { kvkNumber: '99300023' }, '"v1"');
    expect(clash.statusCode).toBe(409);
    // The same KvK number in another municipality is that municipality's business.
    expect((await buurdorpManager.post('/employers', employerBody({ kvkNumber: '99300023', postcode: '7481AB', city: 'Buurdorp' }))).statusCode).toBe(201);
    expect(id).toBeDefined();
  });

  it('searches by name and KvK number, filters by sector, and pages like /residents', async () => {
    const byName = (await consultant.get('/employers?q=linde')).json();
    expect(byName.items.map((e: { name: string }) => e.name)).toEqual(['Zorggroep De Linde']);
    expect(byName.items[0].openOpportunities).toBe(3);
    const byKvk = (await consultant.get('/employers?q=9910003')).json();
    expect(byKvk.items.map((e: { name: string }) => e.name)).toEqual(['Logistiek Twentekanaal']);
    const exactKvk = (await consultant.get('/employers?kvkNumber=99100047')).json();
    expect(exactKvk.items.map((e: { name: string }) => e.name)).toEqual(['Gemeentewerf Voorbeeld']);
    const care = (await consultant.get('/employers?sector=care')).json();
    expect(care.items.every((e: { sector: string }) => e.sector === 'care')).toBe(true);
    const page1 = (await consultant.get('/employers?pageSize=2')).json();
    const page2 = (await consultant.get('/employers?pageSize=2&page=2')).json();
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBeGreaterThanOrEqual(6);
    expect(page2.page).toBe(2);
    expect(page2.items[0].name.localeCompare(page1.items[1].name, 'nl')).toBeGreaterThanOrEqual(0);
    const bad = await consultant.get('/employers?sector=ruimtevaart');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('Kies een sector uit de lijst');
  });

  it('validates in Dutch: KvK number, postcode, sector', async () => {
    const cases: [object, string][] = [
      [{ kvkNumber: '1234567' }, 'Een KvK-nummer bestaat uit precies 8 cijfers'],
      [{ kvkNumber: '1234567A' }, 'Een KvK-nummer bestaat uit precies 8 cijfers'],
      [{ postcode: '12345' }, 'Gebruik een postcode als 1234 AB'],
      [{ sector: 'onbekend' }, 'Kies een sector uit de lijst'],
      [{ name: 'X' }, 'Geef de naam van de werkgever'],
    ];
    for (const [over, message] of cases) {
      const res = await manager.post('/employers', employerBody({ kvkNumber: null, ...over }));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(detailOf(res)).toContain(message);
    }
  });
});

describe('contact persons (personal data)', () => {
  it('adds, lists and removes contacts, each with an audit row in the same request', async () => {
    const { id } = await newEmployer({ name: 'Drukkerij Letterzetter' });
    const added = await manager.post(`/employers/${id}/contacts`, { name: 'Petra Zandbergen', role: 'Directeur', phone: '074 1239999', email: 'petra@letterzetter.example' });
    expect(added.statusCode, added.body).toBe(201);
    const contact = added.json();
    expect(contact).toMatchObject({ name: 'Petra Zandbergen', role: 'Directeur' });
    expect((await auditRowsOf(t.db, added)).map((r) => [r.action, r.result, r.objectType, r.objectId])).toEqual([['employer_contact.create', 'success', 'employer_contact', contact.id]]);

    const listed = await consultant.get(`/employers/${id}/contacts`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([{ id: contact.id, name: 'Petra Zandbergen', role: 'Directeur', phone: '074 1239999', email: 'petra@letterzetter.example' }]);
    const consultantUser = await userByName(t.db, 'work_consultant@voorbeeld');
    const readRows = await auditRowsOf(t.db, listed);
    expect(readRows.map((r) => [r.action, r.result, r.objectId, r.actorUserId])).toEqual([['employer_contact.list', 'success', id, consultantUser.id]]);

    expect((await consultant.delete(`/employers/${id}/contacts/${contact.id}`)).statusCode).toBe(403);
    const removed = await manager.delete(`/employers/${id}/contacts/${contact.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await auditRowsOf(t.db, removed)).map((r) => [r.action, r.result, r.objectId])).toEqual([['employer_contact.delete', 'success', contact.id]]);
    expect((await manager.delete(`/employers/${id}/contacts/${contact.id}`)).statusCode).toBe(404);
    expect((await manager.get(`/employers/${id}/contacts`)).json().items).toEqual([]);
  });

  it('asks for a phone number or an e-mail address, and checks them', async () => {
    const { id } = await newEmployer({ name: 'Kapsalon Krul' });
    const none = await manager.post(`/employers/${id}/contacts`, { name: 'Kees Krul' });
    expect(none.statusCode).toBe(400);
    expect(detailOf(none)).toContain('Geef een telefoonnummer of een e-mailadres');
    const badMail = await manager.post(`/employers/${id}/contacts`, { name: 'Kees Krul', email: 'kees-at-krul' });
    expect(detailOf(badMail)).toContain('Geen geldig e-mailadres');
  });

  it('another municipality\'s contacts answer 404, and the attempt is audited as denied', async () => {
    const foreign = await t.db.selectFrom('employers').innerJoin('municipalities as m', 'm.id', 'employers.municipalityId')
      .select('employers.id').where('m.code', '=', 'buurdorp').executeTakeFirstOrThrow();
    const res = await manager.get(`/employers/${foreign.id}/contacts`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('@');
    expect((await auditRowsOf(t.db, res)).map((r) => [r.action, r.result])).toEqual([['employer_contact.list', 'denied']]);
    const write = await manager.post(`/employers/${foreign.id}/contacts`, { name: 'In Dringer', email: 'in@dringer.example' });
    expect(write.statusCode).toBe(404);
    expect((await auditRowsOf(t.db, write)).map((r) => [r.action, r.result])).toEqual([['employer_contact.create', 'denied']]);
  });
});

describe('opportunities', () => {
  it('an account manager adds an opportunity with labels, changes it with If-Match and fills it', async () => {
    const { id: employerId } = await newEmployer({ name: 'Rijwielhandel Trapper' });
    const created = await manager.post(`/employers/${employerId}/opportunities`, opportunityBody());
    expect(created.statusCode, created.body).toBe(201);
    const o = created.json();
    expect(o).toMatchObject({
      kind: 'trial_placement', kindLabel: 'Proefplaatsing', status: 'open', statusLabel: 'Open', own: true, place: 'Delden',
      occupation: { code: '7231', label: 'Monteur motorvoertuigen' }, requiredSkills: [{ code: 'S16', label: 'Technisch inzicht' }, { code: 'S17', label: 'Gereedschap gebruiken' }],
      employer: { id: employerId, name: 'Rijwielhandel Trapper' }, municipality: { name: 'Voorbeeld' },
    });
    expect((await auditRowsOf(t.db, created)).map((r) => [r.action, r.objectId])).toEqual([['opportunity.create', o.id]]);
    const url = `/opportunities/${o.id}`;
    expect((await consultant.get(url)).headers.etag).toBe('"v1"');
    expect((await manager.patch(url, { places: 3 })).statusCode).toBe(428);
    const changed = await manager.patch(url, { places: 3 }, '"v1"');
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ places: 3, description: 'Banden plakken en fietsen onderhouden.', requiredSkills: [{ code: 'S16' }, { code: 'S17' }], version: 2 });
    expect((await manager.patch(url, { status: 'filled' }, '"v1"')).statusCode).toBe(412);
    const filled = await manager.patch(url, { status: 'filled' }, '"v2"');
    expect(filled.json()).toMatchObject({ status: 'filled', statusLabel: 'Vervuld' });
    expect((await manager.patch(url, { status: 'gesloten' }, '"v3"')).statusCode).toBe(400);
  });

  it('returns every kind with its Dutch label, and filters on kind, status and employer', async () => {
    const all = (await consultant.get('/opportunities?pageSize=100')).json().items as { kind: string; kindLabel: string; status: string; employer: { id: string; name: string } }[];
    expect(Object.fromEntries(all.map((o) => [o.kind, o.kindLabel]))).toEqual({
      regular_vacancy: 'Reguliere vacature', trial_placement: 'Proefplaatsing', work_experience: 'Werkervaringsplek',
      jobs_agreement: 'Garantiebaan (banenafspraak)', sheltered_place: 'Beschut-werkplek', learn_work: 'Leerwerkplek',
    });
    const trials = (await consultant.get('/opportunities?kind=trial_placement&status=open&pageSize=100')).json();
    expect(trials.items.length).toBeGreaterThan(0);
    expect(trials.items.every((o: { kind: string; status: string }) => o.kind === 'trial_placement' && o.status === 'open')).toBe(true);
    const linde = all.find((o) => o.employer.name === 'Zorggroep De Linde')!.employer.id;
    const ofLinde = (await consultant.get(`/opportunities?employerId=${linde}`)).json();
    expect(ofLinde.total).toBe(3);
    expect(ofLinde.items.every((o: { employer: { id: string } }) => o.employer.id === linde)).toBe(true);
    const paged = (await consultant.get('/opportunities?pageSize=5&page=2')).json();
    expect(paged).toMatchObject({ page: 2, pageSize: 5 });
    expect(paged.total).toBe(all.length);
  });

  it('validates with clear Dutch messages, naming the codes and the postcode', async () => {
    const { id } = await newEmployer({ name: 'Timmerfabriek De Zaag' });
    const cases: [object, string][] = [
      [{ postcode: '9999ZZ' }, 'De postcode 9999 ZZ ligt in een gebied (9999) waarvan Meedoen de ligging niet kent'],
      [{ postcode: '999ZZ' }, 'Gebruik een postcode als 1234 AB'],
      [{ occupationCode: '0000' }, 'Beroepscode 0000 staat niet in de beroepenlijst'],
      [{ requiredSkills: ['S01', 'S99'] }, 'Vaardigheidscode S99 staat niet in de lijst van vaardigheden'],
      [{ requiredSkills: ['S01', 'S01'] }, 'Noem elke vaardigheid één keer'],
      [{ hoursPerWeek: 0 }, 'Minstens 1 uur per week'],
      [{ hoursPerWeek: 41 }, 'Hoogstens 40 uur per week'],
      [{ languageLevel: 'D1' }, 'Taalniveau is A0, A1, A2, B1, B2, C1 of C2'],
      [{ minLadderStep: 7 }, 'De trede ligt tussen 1 en 6'],
      [{ minLadderStep: 0 }, 'De trede ligt tussen 1 en 6'],
      [{ places: 0 }, 'Minstens 1 plaats'],
      [{ kind: 'stage' }, 'Kies een soort kans uit de lijst'],
      [{ drivingLicence: 'X' }, 'Rijbewijs is een van'],
      [{ startDate: '2026-02-30' }, 'Geen bestaande datum'],
    ];
    for (const [over, message] of cases) {
      const res = await manager.post(`/employers/${id}/opportunities`, opportunityBody(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(detailOf(res), JSON.stringify(over)).toContain(message);
    }
    const created = await newOpportunity(id);
    const badChange = await manager.patch(`/opportunities/${created.id}`, { postcode: '1011AB' }, '"v1"');
    expect(badChange.statusCode).toBe(400);
    expect(detailOf(badChange)).toContain('De postcode 1011 AB');
    expect((await manager.get(`/opportunities/${created.id}`)).json().version).toBe(1);
  });
});

describe('who may do what', () => {
  it('work consultants and team leads read employers, contacts and opportunities but change nothing', async () => {
    const { id } = await newEmployer({ name: 'Autobedrijf Remmers' });
    const o = await newOpportunity(id);
    for (const reader of [consultant, lead]) {
      expect((await reader.get('/employers')).statusCode).toBe(200);
      expect((await reader.get(`/employers/${id}`)).statusCode).toBe(200);
      expect((await reader.get(`/employers/${id}/contacts`)).statusCode).toBe(200);
      expect((await reader.get('/opportunities')).statusCode).toBe(200);
      expect((await reader.get(`/opportunities/${o.id}`)).statusCode).toBe(200);
      expect((await reader.post('/employers', employerBody({ kvkNumber: null }))).statusCode).toBe(403);
      expect((await reader.patch(`/employers/${id}`, { city: 'Elders' }, '"v1"')).statusCode).toBe(403);
      expect((await reader.post(`/employers/${id}/contacts`, { name: 'Iemand', email: 'iemand@x.example' })).statusCode).toBe(403);
      expect((await reader.post(`/employers/${id}/opportunities`, opportunityBody())).statusCode).toBe(403);
      expect((await reader.patch(`/opportunities/${o.id}`, { status: 'closed' }, '"v1"')).statusCode).toBe(403);
    }
    expect((await manager.get(`/opportunities/${o.id}`)).json()).toMatchObject({ status: 'open', version: 1 });
  });

  it('roles without the employer grant are refused (403), and the refusal is audited', async () => {
    const { id } = await newEmployer({ name: 'Installatiebedrijf Stroom' });
    for (const role of ['income_consultant', 'policy_analyst', 'administrator', 'partner_coach', 'resident']) {
      const as = apiAs(t.app, await t.login(`${role}@voorbeeld`));
      for (const url of ['/employers', `/employers/${id}`, `/employers/${id}/contacts`, '/opportunities']) {
        const res = await as.get(url);
        expect(res.statusCode, `${role} ${url}`).toBe(403);
        expect(res.body).not.toContain('Stroom');
      }
      const denied = await as.get(`/employers/${id}/contacts`);
      expect((await auditRowsOf(t.db, denied)).map((r) => [r.action, r.result])).toEqual([['employer.read', 'denied']]);
    }
  });
});

describe('tenancy and regional sharing', () => {
  const foreignOpportunity = async (shared: boolean) => t.db.selectFrom('opportunities as o').innerJoin('municipalities as m', 'm.id', 'o.municipalityId')
    .select(['o.id', 'o.version', 'o.title']).where('m.code', '=', 'buurdorp').where('o.sharedWithRegion', '=', shared).orderBy('o.title').executeTakeFirstOrThrow();

  it('another municipality\'s employer answers 404 on every read and write and never appears in a list', async () => {
    const foreign = await t.db.selectFrom('employers').innerJoin('municipalities as m', 'm.id', 'employers.municipalityId')
      .select(['employers.id', 'employers.name', 'employers.version']).where('m.code', '=', 'buurdorp').orderBy('employers.name').executeTakeFirstOrThrow();
    expect((await manager.get(`/employers/${foreign.id}`)).statusCode).toBe(404);
    expect((await manager.patch(`/employers/${foreign.id}`, { name: 'Overgenomen' }, `"v${foreign.version}"`)).statusCode).toBe(404);
    expect((await manager.post(`/employers/${foreign.id}/opportunities`, opportunityBody())).statusCode).toBe(404);
    const list = await manager.get(`/employers?q=${encodeURIComponent(foreign.name.slice(0, 8))}&pageSize=100`);
    expect(list.body).not.toContain(foreign.id);
    expect((await manager.get(`/opportunities?employerId=${foreign.id}&includeRegion=true`)).json().items
      .every((o: { own: boolean; sharedWithRegion: boolean }) => !o.own && o.sharedWithRegion)).toBe(true);
    expect((await t.db.selectFrom('employers').select('version').where('id', '=', foreign.id).executeTakeFirstOrThrow()).version).toBe(foreign.version);
  });

  it('a shared opportunity of a municipality in the same region is readable, marked with its municipality, but not writable', async () => {
    const shared = await foreignOpportunity(true);
    const own = (await manager.get('/opportunities?pageSize=100')).json().items as { id: string; own: boolean }[];
    expect(own.map((o) => o.id)).not.toContain(shared.id);
    expect(own.every((o) => o.own)).toBe(true);
    const region = (await manager.get('/opportunities?includeRegion=true&pageSize=100')).json().items as { id: string; own: boolean; municipality: { name: string } }[];
    const seen = region.find((o) => o.id === shared.id);
    expect(seen).toMatchObject({ own: false, municipality: { name: 'Buurdorp' }, sharedWithRegion: true });
    const detail = await consultant.get(`/opportunities/${shared.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ own: false, municipality: { name: 'Buurdorp' }, title: shared.title });
    const write = await manager.patch(`/opportunities/${shared.id}`, { status: 'closed' }, `"v${shared.version}"`);
    expect(write.statusCode).toBe(404);
    expect(write.headers['content-type']).toContain('application/problem+json');
    expect((await t.db.selectFrom('opportunities').select(['version', 'status']).where('id', '=', shared.id).executeTakeFirstOrThrow()))
      .toEqual({ version: shared.version, status: 'open' });
  });

  it('a foreign opportunity that is not shared answers 404 and appears in no list', async () => {
    const hidden = await foreignOpportunity(false);
    expect((await manager.get(`/opportunities/${hidden.id}`)).statusCode).toBe(404);
    expect((await manager.patch(`/opportunities/${hidden.id}`, { places: 9 }, `"v${hidden.version}"`)).statusCode).toBe(404);
    expect((await manager.get('/opportunities?includeRegion=true&pageSize=100')).body).not.toContain(hidden.id);
  });

  it('what Voorbeeld shares, Buurdorp reads; a municipality outside the region never sees it', async () => {
    const { id } = await newEmployer({ name: 'Metaalbedrijf Vonk' });
    const shared = await newOpportunity(id, { title: 'Lasser (gedeeld)', occupationCode: '7212', sharedWithRegion: true });
    const ownOnly = await newOpportunity(id, { title: 'Lasser (eigen)', occupationCode: '7212' });
    const inBuurdorp = (await buurdorpManager.get('/opportunities?includeRegion=true&pageSize=100')).json().items as { id: string; own: boolean; municipality: { name: string } }[];
    expect(inBuurdorp.find((o) => o.id === shared.id)).toMatchObject({ own: false, municipality: { name: 'Voorbeeld' } });
    expect(inBuurdorp.map((o) => o.id)).not.toContain(ownOnly.id);
    expect((await buurdorpManager.get(`/opportunities/${shared.id}`)).statusCode).toBe(200);
    expect((await buurdorpManager.patch(`/opportunities/${shared.id}`, { status: 'closed' }, '"v1"')).statusCode).toBe(404);

    const outside = await outsider.get('/opportunities?includeRegion=true&pageSize=100');
    expect(outside.statusCode).toBe(200);
    expect(outside.json().total).toBe(0);
    expect((await outsider.get(`/opportunities/${shared.id}`)).statusCode).toBe(404);
    const buurdorpShared = await foreignOpportunity(true);
    expect((await outsider.get(`/opportunities/${buurdorpShared.id}`)).statusCode).toBe(404);

    // Sharing can be withdrawn: then it is Voorbeeld's own business again.
    expect((await manager.patch(`/opportunities/${shared.id}`, { sharedWithRegion: false }, '"v1"')).statusCode).toBe(200);
    expect((await buurdorpManager.get(`/opportunities/${shared.id}`)).statusCode).toBe(404);
  });
});

describe('demo region', () => {
  const demo = {
    voorbeeld: ['Bakkerij Van den Velde', 'Zorggroep De Linde', 'Logistiek Twentekanaal', 'Gemeentewerf Voorbeeld',
      'Werkgeversinitiatief Samen aan de Slag', 'Hotel-Restaurant De Twentse Hoeve'],
    buurdorp: ['Textielwerkplaats Buurse', 'Supermarkt Buurdorp Centrum', 'Hoveniersbedrijf Groenkamp'],
  };
  const loaded = async (code: keyof typeof demo) => {
    const employers = await t.db.selectFrom('employers as e').innerJoin('municipalities as m', 'm.id', 'e.municipalityId')
      .select(['e.id', 'e.name']).where('m.code', '=', code).where('e.name', 'in', demo[code]).execute();
    const ids = employers.map((e) => e.id);
    const contacts = await t.db.selectFrom('employerContacts').select('employerId').where('employerId', 'in', ids).execute();
    const opportunities = await t.db.selectFrom('opportunities').select(['kind', 'sharedWithRegion', 'occupationCode']).where('employerId', 'in', ids).execute();
    return {
      employers: employers.map((e) => e.name).sort(), withContacts: new Set(contacts.map((c) => c.employerId)).size, opportunities,
      kinds: new Set(opportunities.map((o) => o.kind)).size, shared: opportunities.filter((o) => o.sharedWithRegion).length,
    };
  };

  it('Voorbeeld has six employers with contacts and opportunities of every kind, some shared with the region', async () => {
    const v = await loaded('voorbeeld');
    expect(v.employers).toEqual([...demo.voorbeeld].sort());
    expect(v.withContacts).toBe(6);
    expect(v.kinds).toBe(6);
    expect(v.opportunities.length).toBeGreaterThanOrEqual(12);
    expect(v.shared).toBeGreaterThan(0);
    expect(v.shared).toBeLessThan(v.opportunities.length);
    // The employer initiative offers several trial placements.
    const initiative = (await consultant.get('/employers?q=Samen aan de Slag')).json().items[0];
    const trials = (await consultant.get(`/opportunities?employerId=${initiative.id}&kind=trial_placement`)).json();
    expect(trials.total).toBeGreaterThanOrEqual(3);
  });

  it('Buurdorp has three employers, some of whose opportunities are shared', async () => {
    const b = await loaded('buurdorp');
    expect(b.employers).toEqual([...demo.buurdorp].sort());
    expect(b.withContacts).toBe(3);
    expect(b.shared).toBeGreaterThan(0);
    expect(b.shared).toBeLessThan(b.opportunities.length);
  });
});
