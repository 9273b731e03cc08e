import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, dayFromToday, residentOutsideTeamOf, residentsOf, userByName, type Api } from '../support/fixtures.ts';

// Trajectories: ordering from the catalogue and as maatwerk, four eyes above the municipality's threshold,
// the lifecycle, the budget arithmetic on known amounts, and the partner coach's strict view.

let t: TestApp;
let consultant: Api;
let lead: Api;
let partner: Api;
let admin: Api;
let residents: Awaited<ReturnType<typeof residentsOf>>;
let next = 0;
const takeResident = () => residents[next++].id;
const year = Number(dayFromToday(0).slice(0, 4));
let budgetVersion = 0;

/** The catalogue offer of an instrument by its code, from the provider with the given name part. */
async function offerOf(code: string, provider?: string) {
  const list = (await consultant.get(`/instruments?all=true`)).json().items as { code: string; offers: { id: string; unitPriceCents: number; provider: { id: string; name: string } }[] }[];
  const instrument = list.find((i) => i.code === code)!;
  return instrument.offers.find((o) => !provider || o.provider.name.includes(provider))!;
}

/** Sets this year's budget to a known amount, so the arithmetic below can be checked by hand. */
async function setBudget(amountCents: number) {
  const res = await admin.put(`/reintegration-budgets/${year}`, { amountCents, source: 'Testbegroting' }, `"v${budgetVersion}"`);
  expect(res.statusCode, res.body).toBe(200);
  budgetVersion = res.json().version;
  return res.json();
}
const budget = async () => (await consultant.get(`/reintegration-budgets/${year}`)).json();

beforeAll(async () => {
  t = await startTestApp();
  consultant = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  lead = apiAs(t.app, await t.login('team_lead@voorbeeld'));
  partner = apiAs(t.app, await t.login('partner_coach@voorbeeld'));
  admin = apiAs(t.app, await t.login('administrator@voorbeeld'));
  residents = await residentsOf(t.db, 'work_consultant@voorbeeld', 30);
  budgetVersion = (await admin.get(`/reintegration-budgets/${year}`)).json().version;
});
afterAll(async () => { await t?.close(); });

describe('catalogue', () => {
  it('lists the instruments of domain.md with providers, prices and capacity; searchable and filterable', async () => {
    const all = (await consultant.get('/instruments?all=true')).json().items as { code: string; active: boolean; legalBasis: string; offers: unknown[] }[];
    for (const code of ['sociale_activering', 'maatschappelijke_participatie', 'werkervaringsplek', 'ontwikkeltraject', 'participatieplaats', 'beschut_werk',
      'indienstnemingssubsidie', 'loonkostensubsidie', 'scholing', 'proefplaatsing', 'leerwerktraject', 'jobcoaching', 'sw_groen', 'sw_detachering']) {
      const found = all.find((i) => i.code === code);
      expect(found, code).toBeDefined();
      expect(found!.offers.length, code).toBeGreaterThan(0);
    }
    // Sociale activering ended with 2025; by default only what is active today is listed.
    const today = (await consultant.get('/instruments')).json().items as { code: string }[];
    expect(today.map((i) => i.code)).not.toContain('sociale_activering');
    const byName = (await consultant.get('/instruments?q=werkervaring')).json().items as { code: string }[];
    expect(byName.map((i) => i.code)).toEqual(['werkervaringsplek']);
    const byDescription = (await consultant.get('/instruments?q=startkwalificatie')).json().items as { code: string }[];
    expect(byDescription.map((i) => i.code)).toEqual(['leerwerktraject']);
    const forYouth = (await consultant.get('/instruments?targetGroup=jongere_rmc')).json().items as { code: string }[];
    expect(forYouth.map((i) => i.code)).toContain('leerwerktraject');
    expect(forYouth.map((i) => i.code)).not.toContain('beschut_werk');
  });

  it('is maintained by administrators only, with validation in Dutch and If-Match', async () => {
    const body = { code: 'taalcoach', name: 'Taalcoach', legalBasis: 'Participatiewet art. 7', unit: 'hour', activeFrom: '2026-01-01', needs: ['language'] };
    expect((await consultant.post('/instruments', body)).statusCode).toBe(403);
    const bad = await admin.post('/instruments', { ...body, code: 'Taal Coach' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('kleine letters');
    const created = await admin.post('/instruments', body);
    expect(created.statusCode, created.body).toBe(201);
    expect((await admin.post('/instruments', body)).statusCode).toBe(409);
    const url = `/instruments/${created.json().id}`;
    expect((await admin.patch(url, { name: 'Taalcoach aan huis' })).statusCode).toBe(428);
    const changed = await admin.patch(url, { name: 'Taalcoach aan huis' }, created.headers.etag as string);
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await admin.patch(url, { name: 'Nog anders' }, created.headers.etag as string)).statusCode).toBe(412);
    const provider = (await admin.get('/providers')).json().items[0];
    const offer = await admin.post(`${url}/offers`, { providerId: provider.id, unitPriceCents: 6_000, capacity: 100, capacityPeriod: 'year', activeFrom: '2026-01-01' });
    expect(offer.statusCode, offer.body).toBe(201);
    expect(offer.json()).toMatchObject({ unitPriceCents: 6_000, provider: { id: provider.id }, inUse: 0 });
  });
});

describe('ordering and four eyes', () => {
  it('below the threshold the order is approved at once; the amount is units × price and is committed', async () => {
    await setBudget(10_000_000);
    const before = await budget();
    const offer = await offerOf('werkervaringsplek', 'Werkbedrijf');
    const res = await consultant.post(`/residents/${takeResident()}/trajectories`, { offerId: offer.id, units: 3, plannedStartOn: dayFromToday(7), plannedEndOn: dayFromToday(7, 3) });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'approved', needsSecondApproval: false, fourEyesThresholdCents: 500_000, amountCents: 3 * offer.unitPriceCents, maatwerk: false });
    expect(await auditRowsOf(t.db, res)).toMatchObject([{ action: 'trajectory.create', result: 'success', objectType: 'trajectory' }]);
    const after = await budget();
    expect(after.committedCents - before.committedCents).toBe(3 * offer.unitPriceCents);
    expect(after.remainingCents).toBe(before.remainingCents - 3 * offer.unitPriceCents);
  });

  it('above the threshold it waits for a team lead who is not the proposer', async () => {
    const offer = await offerOf('leerwerktraject');
    const res = await consultant.post(`/residents/${takeResident()}/trajectories`, { offerId: offer.id, units: 2, plannedStartOn: dayFromToday(14), plannedEndOn: dayFromToday(14, 12) });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'proposed', needsSecondApproval: true });
    const url = `/trajectories/${res.json().id}/decision`;
    const etag = res.headers.etag as string;
    // The team lead's list of proposals to decide shows this one, but never the lead's own proposals.
    const ownProposal = await lead.post(`/residents/${takeResident()}/trajectories`, { offerId: offer.id, units: 2, plannedStartOn: dayFromToday(14), plannedEndOn: dayFromToday(14, 12) });
    expect(ownProposal.statusCode, ownProposal.body).toBe(201);
    const awaiting = ((await lead.get('/trajectories?awaitingApproval=true')).json().items as { id: string }[]).map((i) => i.id);
    expect(awaiting).toContain(res.json().id);
    expect(awaiting).not.toContain(ownProposal.json().id);
    const self = await consultant.send('POST', url, { decision: 'approve' }, etag);
    expect(self.statusCode).toBe(403);
    expect(self.json().detail).toContain('Vier ogen');
    expect((await lead.send('POST', url, { decision: 'approve' })).statusCode).toBe(428);
    const approved = await lead.send('POST', url, { decision: 'approve', note: 'Past in het plan.' }, etag);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: expect.stringContaining(' '), decisionNote: 'Past in het plan.' });
    expect((await lead.send('POST', url, { decision: 'reject', note: 'Toch niet' }, etag)).statusCode).toBe(412);
  });

  it('maatwerk needs a provider, price and reason, and is refused with a Dutch message without a reason', async () => {
    const provider = (await consultant.get('/providers')).json().items.find((p: { name: string }) => p.name.includes('Opstap'));
    const body = { providerId: provider.id, customTitle: 'Rijlessen voor vrachtwagenrijbewijs', unit: 'trajectory', unitPriceCents: 240_000, units: 1, plannedStartOn: dayFromToday(10), plannedEndOn: dayFromToday(10, 4) };
    const refused = await consultant.post(`/residents/${residents[20].id}/trajectories`, body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain('reden');
    const ok = await consultant.post(`/residents/${takeResident()}/trajectories`, { ...body, customReason: 'Baangarantie bij een transportbedrijf na het behalen van het rijbewijs C.' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ maatwerk: true, title: 'Rijlessen voor vrachtwagenrijbewijs', instrument: null, amountCents: 240_000, status: 'approved' });
  });

  it('warns before a commitment would exceed the budget, and orders only when confirmed', async () => {
    const current = await budget();
    // Leave exactly € 1.000 free.
    await setBudget(current.budgetCents - current.remainingCents + 100_000);
    const offer = await offerOf('ontwikkeltraject');
    const body = { offerId: offer.id, units: 1, plannedStartOn: dayFromToday(5), plannedEndOn: dayFromToday(5, 6) };
    const resident = takeResident();
    const count = () => t.db.selectFrom('trajectories').select('id').where('residentId', '=', resident).execute().then((r) => r.length);
    const before = await count();
    const warned = await consultant.post(`/residents/${resident}/trajectories`, body);
    expect(warned.statusCode).toBe(409);
    expect(warned.json().detail).toBe(`Dit traject (€ 2.750,00) past niet in het re-integratiebudget ${year}: er is nog € 1.000,00 vrij. Bevestig als u toch wilt bestellen.`);
    expect(await count(), 'nothing was ordered').toBe(before);
    const confirmed = await consultant.post(`/residents/${resident}/trajectories`, { ...body, confirmBudgetOverrun: true });
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    const after = await budget();
    expect(after.remainingCents).toBe(100_000 - 275_000);
    expect(after.warning).toBe(`Het re-integratiebudget ${year} is met € 1.750,00 overschreden.`);
    await setBudget(after.budgetCents + 10_000_000);
  });
});

describe('budget per municipality', () => {
  it('each municipality has its own budget; setting one leaves the other alone', async () => {
    const otherAdmin = apiAs(t.app, await t.login('administrator@buurdorp'));
    const theirs = (await otherAdmin.get(`/reintegration-budgets/${year}`)).json();
    const ours = (await consultant.get(`/reintegration-budgets/${year}`)).json();
    expect(theirs.budgetCents).toBe(16_000_000);
    expect(ours.budgetCents).not.toBe(theirs.budgetCents);
    const changed = await otherAdmin.put(`/reintegration-budgets/${year}`, { amountCents: 17_000_000, source: 'Wijziging Buurdorp' }, `"v${theirs.version}"`);
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await consultant.get(`/reintegration-budgets/${year}`)).json()).toEqual(ours);
    expect((await otherAdmin.put(`/reintegration-budgets/${year}`, { amountCents: 1, source: 'Verouderd' }, `"v${theirs.version}"`)).statusCode).toBe(412);
  });
});

describe('lifecycle and budget release', () => {
  it('start → end with outcome releases what was not used; rejected and cancelled release all', async () => {
    const offer = await offerOf('werkervaringsplek', 'Werkbedrijf');
    const before = await budget();
    const order = await consultant.post(`/residents/${takeResident()}/trajectories`, { offerId: offer.id, units: 4, plannedStartOn: dayFromToday(-30), plannedEndOn: dayFromToday(-30, 4) });
    const id = order.json().id;
    const amount = 4 * offer.unitPriceCents;
    const tooEarly = await consultant.send('POST', `/trajectories/${id}/end`, { endedOn: dayFromToday(0), outcome: 'paid_work', realisedCents: 0 }, order.headers.etag as string);
    expect(tooEarly.statusCode, tooEarly.body).toBe(409);
    expect(tooEarly.json().detail).toBe("Een traject met status 'goedgekeurd' kunt u niet beëindigen.");
    const started = await consultant.send('POST', `/trajectories/${id}/start`, { startedOn: dayFromToday(-30) }, order.headers.etag as string);
    expect(started.statusCode, started.body).toBe(200);
    const overspent = await consultant.send('POST', `/trajectories/${id}/end`, { endedOn: dayFromToday(0), outcome: 'paid_work', realisedCents: amount + 1 }, started.headers.etag as string);
    expect(overspent.statusCode).toBe(400);
    const noReason = await consultant.send('POST', `/trajectories/${id}/end`, { endedOn: dayFromToday(0), outcome: 'dropped_out', realisedCents: 1000 }, started.headers.etag as string);
    expect(noReason.json().detail).toContain('reden');
    const ended = await consultant.send('POST', `/trajectories/${id}/end`, { endedOn: dayFromToday(0), outcome: 'paid_work', realisedCents: offer.unitPriceCents }, started.headers.etag as string);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ status: 'ended', outcome: 'paid_work', outcomeLabel: 'Betaald werk', realisedCents: offer.unitPriceCents });
    const after = await budget();
    expect(after.committedCents).toBe(before.committedCents);
    expect(after.realisedCents).toBe(before.realisedCents + offer.unitPriceCents);
    expect(after.remainingCents).toBe(before.remainingCents - offer.unitPriceCents);

    const big = await consultant.post(`/residents/${takeResident()}/trajectories`, { offerId: (await offerOf('leerwerktraject')).id, units: 2, plannedStartOn: dayFromToday(3), plannedEndOn: dayFromToday(3, 12) });
    const rejected = await lead.send('POST', `/trajectories/${big.json().id}/decision`, { decision: 'reject', note: 'Eerst taalniveau B1 halen.' }, big.headers.etag as string);
    expect(rejected.json().status).toBe('rejected');
    const small = await consultant.post(`/residents/${takeResident()}/trajectories`, { offerId: offer.id, units: 1, plannedStartOn: dayFromToday(3), plannedEndOn: dayFromToday(3, 1) });
    const cancelled = await consultant.send('POST', `/trajectories/${small.json().id}/cancel`, { reason: 'Inwoner heeft zelf werk gevonden.' }, small.headers.etag as string);
    expect(cancelled.json().status).toBe('cancelled');
    expect((await budget()).remainingCents).toBe(after.remainingCents);
  });

  it('shows the trajectory in the dossier timeline', async () => {
    const resident = residents[0].id;
    const items = (await consultant.get(`/residents/${resident}/timeline`)).json().items as { kind: string; title: string }[];
    expect(items.some((i) => i.kind === 'trajectory' && i.title.startsWith('Traject: Werkervaringsplek'))).toBe(true);
  });
});

describe('partner portal', () => {
  it('a partner coach sees only trajectories of their own organisation, without BSN, income, health or money', async () => {
    const me = await userByName(t.db, 'partner_coach@voorbeeld');
    const res = await partner.get('/trajectories');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { provider: { id: string }; resident: Record<string, unknown> }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.provider.id).toBe(me.organisationId);
      expect(Object.keys(item.resident).sort()).toEqual(['contactPerson', 'email', 'fullName', 'phone', 'preferredLanguage']);
    }
    const bsns = (await t.db.selectFrom('residents').select('bsn').where('municipalityId', '=', me.municipalityId).execute()).map((r) => r.bsn);
    for (const bsn of bsns) expect(res.body).not.toContain(bsn);
    for (const word of ['amountCents', 'unitPriceCents', 'realisedCents', 'bsn', 'income', 'health', 'budget']) expect(res.body).not.toContain(word);
  });

  it('gets 404 on a trajectory of another organisation, and no access to dossiers, catalogue management or budgets', async () => {
    const mine = (await userByName(t.db, 'partner_coach@voorbeeld')).organisationId;
    const other = await t.db.selectFrom('trajectories').select('id').where('organisationId', '!=', mine).limit(1).executeTakeFirstOrThrow();
    const res = await partner.get(`/trajectories/${other.id}`);
    expect(res.statusCode).toBe(404);
    expect((await partner.post(`/trajectories/${other.id}/reports`, { kind: 'progress', periodFrom: dayFromToday(-7), periodTo: dayFromToday(0), summary: 'Gaat prima zo, echt waar.' })).statusCode).toBe(404);
    expect(await t.db.selectFrom('trajectoryReports').select('id').where('trajectoryId', '=', other.id).execute()).toEqual([]);
    expect((await partner.get(`/residents/${residents[0].id}`)).statusCode).toBe(403);
    expect((await partner.get(`/residents/${residents[0].id}/trajectories`)).statusCode).toBe(403);
    expect((await partner.get('/instruments')).statusCode).toBe(403);
    expect((await partner.get(`/reintegration-budgets/${year}`)).statusCode).toBe(403);
    expect((await partner.post(`/residents/${residents[0].id}/trajectories`, { offerId: (await offerOf('jobcoaching', 'Werkbedrijf')).id, units: 1, plannedStartOn: dayFromToday(1), plannedEndOn: dayFromToday(2) })).statusCode).toBe(403);
  });

  it('reports attendance and progress on a started trajectory, which the consultant then sees; validation in Dutch', async () => {
    const mine = (await partner.get('/trajectories?status=started')).json().items as { id: string; reports: unknown[] }[];
    const target = mine[0];
    const bad = await partner.post(`/trajectories/${target.id}/reports`, { kind: 'attendance', periodFrom: dayFromToday(-7), periodTo: dayFromToday(-1) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toBe('Geef bij aanwezigheid de geplande en de aanwezige uren.');
    const res = await partner.post(`/trajectories/${target.id}/reports`, { kind: 'attendance', periodFrom: dayFromToday(-7), periodTo: dayFromToday(-1), hoursPlanned: 24, hoursAttended: 20, summary: 'Eén dag ziek.' });
    expect(res.statusCode, res.body).toBe(201);
    expect(await auditRowsOf(t.db, res)).toMatchObject([{ action: 'trajectory.report', result: 'success', objectId: target.id }]);
    const seen = (await consultant.get(`/trajectories/${target.id}`)).json();
    expect(seen.reports[0]).toMatchObject({ kind: 'attendance', kindLabel: 'Aanwezigheid', hoursPlanned: 24, hoursAttended: 20, summary: 'Eén dag ziek.', reportedBy: expect.stringContaining('Joost') });
    // Consultants do not write partner reports.
    expect((await consultant.post(`/trajectories/${target.id}/reports`, { kind: 'progress', periodFrom: dayFromToday(-7), periodTo: dayFromToday(0), summary: 'Door de consulent geschreven' })).statusCode).toBe(403);
  });

  it('a consultant outside the resident\'s team gets 403 on the trajectory, audited as denied', async () => {
    const outside = await residentOutsideTeamOf(t.db, 'work_consultant@voorbeeld');
    const row = await t.db.insertInto('trajectories').values({
      municipalityId: residents[0].municipalityId, residentId: outside.id, organisationId: (await userByName(t.db, 'partner_coach@voorbeeld')).organisationId,
      customTitle: 'Test', customReason: 'Testreden voor maatwerk', units: 1, unit: 'trajectory', unitPriceCents: 100, amountCents: 100, budgetYear: year,
      status: 'approved', needsSecondApproval: false, fourEyesThresholdCents: 500_000, proposedBy: (await userByName(t.db, 'team_lead@voorbeeld')).id,
      plannedStartOn: dayFromToday(1), plannedEndOn: dayFromToday(2),
    }).returning('id').executeTakeFirstOrThrow();
    const res = await consultant.get(`/trajectories/${row.id}`);
    expect(res.statusCode).toBe(403);
    expect(await auditRowsOf(t.db, res)).toMatchObject([{ action: 'trajectory.read', result: 'denied', residentIds: [outside.id] }]);
  });
});
