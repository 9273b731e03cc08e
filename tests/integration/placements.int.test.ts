import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, dayFromToday, residentOutsideTeamOf, residentsOf, type Api } from '../support/fixtures.ts';
import { newResident } from '../support/income.ts';

// Placements: recording with wage-cost subsidy on the rule tables, the regional labour market (an employer of another
// municipality in the region, never outside it), outflow, follow-up and end, the timeline, tenancy and permissions,
// and the regional figures with small counts suppressed.

let t: TestApp;
let consultant: Api;
let manager: Api;
let analyst: Api;
let buurdorpConsultant: Api;
let pool: Awaited<ReturnType<typeof residentsOf>>;
let employers: { voorbeeld: string; buurdorp: string; buurdorpSharedOpportunity: string | null; buurdorpPrivateOpportunity: string | null };

/** The next resident of the demo consultant's caseload without wage values or placements, so each test starts clean. */
async function freshResident() {
  for (const r of pool) {
    const [wv, pl] = await Promise.all([
      t.db.selectFrom('wageValueMeasurements').select('id').where('residentId', '=', r.id).executeTakeFirst(),
      t.db.selectFrom('placements').select('id').where('residentId', '=', r.id).executeTakeFirst(),
    ]);
    if (!wv && !pl) { pool = pool.filter((x) => x.id !== r.id); return r.id; }
  }
  throw new Error('no clean resident left');
}

const job = (employerId: string, extra: Record<string, unknown> = {}) => ({
  employerId, kind: 'regular_job', contractHoursPerWeek: 24, hourlyWageCents: 1500, startDate: '2026-02-01', ...extra,
});

beforeAll(async () => {
  t = await startTestApp();
  consultant = apiAs(t.app, await t.login('work_consultant@voorbeeld'));
  manager = apiAs(t.app, await t.login('employer_account_manager@voorbeeld'));
  analyst = apiAs(t.app, await t.login('policy_analyst@voorbeeld'));
  buurdorpConsultant = apiAs(t.app, await t.login('work_consultant@buurdorp'));
  pool = await residentsOf(t.db, 'work_consultant@voorbeeld', 40);
  const employerOf = (code: string) => t.db.selectFrom('employers as e').innerJoin('municipalities as m', 'm.id', 'e.municipalityId')
    .select('e.id').where('m.code', '=', code).orderBy('e.name').executeTakeFirstOrThrow();
  // A Buurdorp employer with an opportunity shared with the region (helper A's demo), else the first one.
  const opportunity = (shared: boolean) => t.db.selectFrom('opportunities as o').innerJoin('municipalities as m', 'm.id', 'o.municipalityId')
    .select(['o.id', 'o.employerId']).where('m.code', '=', 'buurdorp').where('o.sharedWithRegion', '=', shared).where('o.status', '=', 'open').orderBy('o.id').executeTakeFirst();
  const [shared, hidden] = [await opportunity(true), await opportunity(false)];
  employers = {
    voorbeeld: (await employerOf('voorbeeld')).id, buurdorp: shared?.employerId ?? (await employerOf('buurdorp')).id,
    buurdorpSharedOpportunity: shared?.id ?? null, buurdorpPrivateOpportunity: hidden?.id ?? null,
  };
});
afterAll(async () => { await t?.close(); });

describe('recording a placement with wage-cost subsidy', () => {
  it('computes the subsidy from the wage value on the tables valid on the start date, line by line, and audits it', async () => {
    const id = await freshResident();
    expect((await consultant.post(`/residents/${id}/work-profile/wage-values`, { percentage: 60, measuredOn: '2026-01-15', method: 'dariuz' })).statusCode).toBe(201);
    const res = await consultant.post(`/residents/${id}/placements`, job(employers.voorbeeld, { hourlyWageCents: 1471, wageCostSubsidy: true }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"v1"');
    const p = res.json();
    expect(p).toMatchObject({ kind: 'regular_job', kindLabel: 'Reguliere baan', status: 'active', statusLabel: 'Lopend', contractHoursPerWeek: 24, hourlyWageCents: 1471 });
    // Hand-computed (src/rules/wage-subsidy.test.ts): € 1.529,84 + 8% → € 1.652,23; 60% loonwaarde; +23,5% → € 816,20.
    expect(p.wageCostSubsidy).toMatchObject({
      on: '2026-02-01', basis: 'wage_value', wageValuePct: 60, wageValueMeasuredOn: '2026-01-15', monthlyCents: 81_620,
      tables: { minimumWage: { validFrom: '2026-01-01', hourlyCents: 1471 }, parameters: { validFrom: '2018-01-01' } },
    });
    expect(p.wageCostSubsidy.lines.map((l: { amountCents: number }) => l.amountCents)).toEqual([1_471, 152_984, 12_239, 165_223, 99_134, 66_089, 115_656, 66_089, 15_531, 81_620]);
    expect(p.wageCostSubsidy.lines[6]).toEqual({ label: 'Ten hoogste 70% van het minimumloon met vakantiebijslag', amountCents: 115_656, article: 'Participatiewet art. 10d (maximum)' });
    expect(p.wageCostSubsidy.tables.parameters.source).toContain('controleer');
    expect(res.body).not.toMatch(/"bsn"/);
    expect(await auditRowsOf(t.db, res)).toMatchObject([{ action: 'placement.create', result: 'success', objectType: 'placement', residentIds: [id] }]);
    const stored = await t.db.selectFrom('placements').select(['wageCostSubsidyMonthlyCents', 'municipalityId']).where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(stored.wageCostSubsidyMonthlyCents).toBe(81_620);
  });

  it('without a wage value pays 50% flat, and recalculates on request after a wage value is set (If-Match, 428, 412)', async () => {
    const id = await freshResident();
    const res = await consultant.post(`/residents/${id}/placements`, job(employers.voorbeeld, { contractHoursPerWeek: 32, hourlyWageCents: 1500, startDate: '2026-06-01', wageCostSubsidy: true }));
    expect(res.statusCode, res.body).toBe(201);
    // € 14,71 × 32 × 52/12 = € 2.039,79 (2039.787); + 8% € 163,18 → € 2.202,97; 50% € 1.101,49 (1101.485); + 23,5% € 258,85 (258.8515) = € 1.360,34.
    expect(res.json().wageCostSubsidy).toMatchObject({ basis: 'flat_rate', basisLabel: 'Forfaitair: nog geen loonwaarde vastgesteld', wageValuePct: null, monthlyCents: 136_034 });
    expect(res.json().wageCostSubsidy.lines[4].label).toBe('Forfaitair 50% zolang er geen loonwaarde is (maand 1 van ten hoogste 6)');
    expect((await consultant.post(`/residents/${id}/work-profile/wage-values`, { percentage: 40, measuredOn: dayFromToday(0), method: 'werkplekmeting' })).statusCode).toBe(201);
    const url = `/placements/${res.json().id}`;
    expect((await consultant.patch(url, { recalculateSubsidy: true })).statusCode).toBe(428);
    const changed = await consultant.patch(url, { recalculateSubsidy: true }, res.headers.etag as string);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().version).toBe(2);
    expect(changed.json().wageCostSubsidy).toMatchObject({ basis: 'wage_value', wageValuePct: 40, on: dayFromToday(0) > '2026-06-01' ? dayFromToday(0) : '2026-06-01' });
    expect((await consultant.patch(url, { jobCoach: true, jobCoachHoursPerMonth: 6 }, res.headers.etag as string)).statusCode).toBe(412);
    const off = await consultant.patch(url, { wageCostSubsidy: false }, changed.headers.etag as string);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().wageCostSubsidy).toBeNull();
  });

  it('below 21 computes on the youth minimum wage, and the employer pays at least that', async () => {
    const young = await newResident(t.db, 'work_consultant@voorbeeld', '2006-08-01');  // 19 on 1 February 2026
    expect((await consultant.post(`/residents/${young.id}/work-profile/wage-values`, { percentage: 60, measuredOn: '2026-01-15', method: 'dariuz' })).statusCode).toBe(201);
    const url = `/residents/${young.id}/placements`;
    const tooLow = await consultant.post(url, job(employers.voorbeeld, { hourlyWageCents: 880, wageCostSubsidy: true }));
    expect(tooLow.statusCode).toBe(400);
    expect(tooLow.json().detail).toBe('Met loonkostensubsidie betaalt de werkgever ten minste het wettelijk minimumloon (€ 8,83 per uur).');
    const res = await consultant.post(url, job(employers.voorbeeld, { hourlyWageCents: 900, wageCostSubsidy: true }));
    expect(res.statusCode, res.body).toBe(201);
    // Hand-computed in src/rules/wage-subsidy.test.ts: € 14,71 × 60% = € 8,83; × 24 × 52/12 = € 918,32; … total € 489,95.
    expect(res.json().wageCostSubsidy).toMatchObject({ monthlyCents: 48_995, tables: { youthWage: { age: 19, pct: 60, validFrom: '2019-07-01' } } });
    expect(res.json().wageCostSubsidy.lines[1].label).toBe('Minimumjeugdloon 19 jaar: 60% van het minimumloon per uur');
  });

  it('says when the stored calculation no longer holds: the flat rate has run its six months', async () => {
    const id = await freshResident();
    const res = await consultant.post(`/residents/${id}/placements`, job(employers.voorbeeld, { startDate: dayFromToday(0, -8), wageCostSubsidy: true }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().wageCostSubsidy.basis).toBe('flat_rate');
    expect(res.json().subsidyReview).toContain('De forfaitaire periode van 6 maanden is voorbij: stel de loonwaarde vast en bereken de subsidie opnieuw.');
    expect((await consultant.post(`/residents/${id}/work-profile/wage-values`, { percentage: 55, measuredOn: dayFromToday(0), method: 'werkplekmeting' })).statusCode).toBe(201);
    const again = await consultant.patch(`/placements/${res.json().id}`, { recalculateSubsidy: true }, res.headers.etag as string);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ wageCostSubsidy: { basis: 'wage_value', wageValuePct: 55 }, subsidyReview: [] });
  });

  it('explains in Dutch what does not fit', async () => {
    const id = await freshResident();
    const url = `/residents/${id}/placements`;
    const problem = async (body: object) => {
      const res = await consultant.post(url, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      return res.json().detail as string;
    };
    expect(await problem(job(employers.voorbeeld, { kind: 'trial_placement', hourlyWageCents: null, wageCostSubsidy: true })))
      .toBe('Loonkostensubsidie hoort bij een dienstverband; een proefplaatsing is onbetaald.');
    expect(await problem(job(employers.voorbeeld, { hourlyWageCents: 1300, wageCostSubsidy: true })))
      .toBe('Met loonkostensubsidie betaalt de werkgever ten minste het wettelijk minimumloon (€ 14,71 per uur).');
    expect(await problem(job(employers.voorbeeld, { kind: 'sheltered_work' }))).toContain('indicatie beschut werk van UWV');
    expect(await problem(job(employers.voorbeeld, { startDate: '2024-06-01', wageCostSubsidy: true }))).toBe('Er is geen wettelijk minimumloon bekend voor 2024-06-01.');
    expect(await problem(job(employers.voorbeeld, { kind: null }))).toBe('Kies het soort plaatsing.');
    expect(await problem(job(employers.voorbeeld, { contractHoursPerWeek: 22.25 }))).toContain('één decimaal');
    expect(await t.db.selectFrom('placements').select('id').where('residentId', '=', id).execute()).toEqual([]);
  });
});

describe('placements take the places of an opportunity', () => {
  it('marks the opportunity filled when its last place is taken, and refuses a placement beyond its places', async () => {
    const created = await manager.post(`/employers/${employers.voorbeeld}/opportunities`, {
      kind: 'regular_vacancy', title: 'Magazijnmedewerker', description: 'Orders verzamelen.', occupationCode: '9333', requiredSkills: [],
      hoursPerWeek: 24, postcode: '7491AB', languageLevel: null, drivingLicence: null, minLadderStep: null, startDate: '2026-02-01',
      places: 2, sharedWithRegion: false,
    });
    expect(created.statusCode, created.body).toBe(201);
    const opportunityId = created.json().id as string;
    const onIt = { kind: null, opportunityId };
    expect((await consultant.post(`/residents/${await freshResident()}/placements`, job(employers.voorbeeld, onIt))).statusCode).toBe(201);
    expect((await manager.get(`/opportunities/${opportunityId}`)).json()).toMatchObject({ status: 'open', version: 1, places: 2, placesOpen: 1 });
    expect((await consultant.post(`/residents/${await freshResident()}/placements`, job(employers.voorbeeld, onIt))).statusCode).toBe(201);
    // Both places taken: vervuld, with a new version so an account manager's open form gets 412 rather than overwriting it.
    expect((await manager.get(`/opportunities/${opportunityId}`)).json()).toMatchObject({ status: 'filled', version: 2, placesOpen: 0 });
    const third = await consultant.post(`/residents/${await freshResident()}/placements`, job(employers.voorbeeld, onIt));
    expect(third.statusCode, third.body).toBe(409);
    expect(third.json().detail).toContain('Alle plaatsen van deze kans zijn al bezet');
    expect(await t.db.selectFrom('placements').select('id').where('opportunityId', '=', opportunityId).execute()).toHaveLength(2);
  });
});

describe('the regional labour market', () => {
  it('places at an employer of another municipality in the region, with only its shared opportunities', async () => {
    const options = (await consultant.get('/placement-employers')).json().items as { id: string; municipality: string; ownMunicipality: boolean; opportunities: { id: string }[] }[];
    const buurdorp = options.find((e) => e.id === employers.buurdorp)!;
    expect(buurdorp).toMatchObject({ municipality: 'Buurdorp', ownMunicipality: false });
    const visible = options.flatMap((e) => e.opportunities.map((o) => o.id));
    if (employers.buurdorpPrivateOpportunity) expect(visible).not.toContain(employers.buurdorpPrivateOpportunity);
    if (employers.buurdorpPrivateOpportunity) {
      const owner = await t.db.selectFrom('opportunities').select('employerId').where('id', '=', employers.buurdorpPrivateOpportunity).executeTakeFirstOrThrow();
      const hidden = await consultant.post(`/residents/${await freshResident()}/placements`, job(owner.employerId, { kind: null, opportunityId: employers.buurdorpPrivateOpportunity }));
      expect(hidden.statusCode).toBe(400);
      expect(hidden.json().detail).toContain('niet met uw gemeente gedeeld');
    }
    const id = await freshResident();
    const res = await consultant.post(`/residents/${id}/placements`, job(employers.buurdorp, employers.buurdorpSharedOpportunity
      ? { kind: null, opportunityId: employers.buurdorpSharedOpportunity } : {}));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().employer).toMatchObject({ id: employers.buurdorp, municipality: 'Buurdorp', ownMunicipality: false });
    // The placement belongs to the resident's municipality: Buurdorp's own staff never see it.
    const row = await t.db.selectFrom('placements as p').innerJoin('municipalities as m', 'm.id', 'p.municipalityId').select('m.code').where('p.id', '=', res.json().id).executeTakeFirstOrThrow();
    expect(row.code).toBe('voorbeeld');
    expect((await buurdorpConsultant.get(`/placements/${res.json().id}`)).statusCode).toBe(404);
  });

  it('never outside the region', async () => {
    const elsewhere = await t.db.insertInto('municipalities').values({ code: 'elders', name: 'Elders', cbsCode: 'GM9999', regionId: null }).returning('id').executeTakeFirstOrThrow();
    const employer = await t.db.insertInto('employers').values({ municipalityId: elsewhere.id, name: 'Verre Werkgever', sector: 'trade', postcode: '1011AB', city: 'Elders' })
      .returning('id').executeTakeFirstOrThrow();
    const res = await consultant.post(`/residents/${await freshResident()}/placements`, job(employer.id));
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe('Kies een werkgever uit uw gemeente of uit een andere gemeente van uw regio.');
    expect(((await consultant.get('/placement-employers')).json().items as { id: string }[]).map((e) => e.id)).not.toContain(employer.id);
  });
});

describe('outflow, follow-up, end and the timeline', () => {
  it('records outflow because of work when the placement ends the benefit; an unpaid placement cannot', async () => {
    const id = await freshResident();
    const res = await consultant.post(`/residents/${id}/placements`, job(employers.voorbeeld, { startDate: dayFromToday(-3), endsBenefit: true }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ endsBenefit: true, outflowRecordedOn: dayFromToday(-3) });
    const outflow = await t.db.selectFrom('outflowEvents').selectAll().where('placementId', '=', res.json().id).execute();
    expect(outflow).toMatchObject([{ residentId: id, occurredOn: dayFromToday(-3), reason: 'work' }]);
    const unpaid = await consultant.post(`/residents/${await freshResident()}/placements`, job(employers.voorbeeld, { kind: 'work_experience', hourlyWageCents: null, endsBenefit: true }));
    expect(unpaid.statusCode).toBe(400);
    expect(unpaid.json().detail).toBe('Een werkervaringsplek is onbetaald en beëindigt de uitkering niet.');
  });

  it('adds follow-up moments, ends with a coded reason (If-Match) and shows all of it on the timeline', async () => {
    const id = await freshResident();
    const created = await consultant.post(`/residents/${id}/placements`, job(employers.voorbeeld, { startDate: dayFromToday(-40), jobCoach: true, jobCoachHoursPerMonth: 8, hiringSubsidyCents: 250_000 }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ jobCoach: true, jobCoachHoursPerMonth: 8, hiringSubsidyCents: 250_000 });
    const url = `/placements/${created.json().id}`;
    expect((await consultant.post(`${url}/followups`, { followedUpOn: dayFromToday(-41), note: 'Te vroeg gesprek' })).statusCode).toBe(400);
    const followed = await consultant.post(`${url}/followups`, { followedUpOn: dayFromToday(-10), note: 'Loopt goed, afspraken over werktijden gemaakt.' });
    expect(followed.statusCode, followed.body).toBe(201);
    expect(followed.json().followups).toMatchObject([{ followedUpOn: dayFromToday(-10), note: 'Loopt goed, afspraken over werktijden gemaakt.' }]);
    expect(await auditRowsOf(t.db, followed)).toMatchObject([{ action: 'placement.followup', residentIds: [id] }]);
    const etag = followed.headers.etag as string;
    expect((await consultant.send('POST', `${url}/end`, { endedOn: dayFromToday(0), reason: 'other' }, etag)).json().detail).toContain('Anders');
    const ended = await consultant.send('POST', `${url}/end`, { endedOn: dayFromToday(0), reason: 'dismissed', note: 'Reorganisatie' }, etag);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ status: 'ended', endDate: dayFromToday(0), endReason: 'dismissed', endReasonLabel: 'Ontslag door de werkgever' });
    expect((await consultant.send('POST', `${url}/end`, { endedOn: dayFromToday(0), reason: 'dismissed' }, ended.headers.etag as string)).statusCode).toBe(409);
    expect((await consultant.patch(url, { contractHoursPerWeek: 20 }, ended.headers.etag as string)).statusCode).toBe(409);

    const timeline = (await consultant.get(`/residents/${id}/timeline`)).json().items as { date: string; kind: string; title: string; detail: string }[];
    const placement = timeline.filter((e) => e.kind === 'placement');
    expect(placement.map((e) => [e.date, e.detail])).toEqual([
      [dayFromToday(0), 'Beëindigd: Ontslag door de werkgever — Reorganisatie'],
      [dayFromToday(-10), 'Loopt goed, afspraken over werktijden gemaakt.'],
      [dayFromToday(-40), 'Gestart, 24 uur per week'],
    ]);
    expect(placement[0].title).toMatch(/^Plaatsing: Reguliere baan bij /);
    const list = (await consultant.get(`/residents/${id}/placements`)).json().items as { id: string }[];
    expect(list.map((p) => p.id)).toEqual([created.json().id]);
  });
});

describe('tenancy and permissions', () => {
  it('another municipality\'s placement answers 404 on every route, audited as denied', async () => {
    const foreign = await t.db.selectFrom('placements as p').innerJoin('municipalities as m', 'm.id', 'p.municipalityId').select('p.id')
      .where('m.code', '=', 'buurdorp').executeTakeFirstOrThrow();
    const url = `/placements/${foreign.id}`;
    for (const api of [consultant, manager]) {
      const read = await api.get(url);
      expect(read.statusCode).toBe(404);
      expect(await auditRowsOf(t.db, read)).toMatchObject([{ action: 'placement.read', result: 'denied', residentIds: [] }]);
      expect((await api.patch(url, { contractHoursPerWeek: 10 }, '"v1"')).statusCode).toBe(404);
      expect((await api.send('POST', `${url}/end`, { endedOn: dayFromToday(0), reason: 'resigned' }, '"v1"')).statusCode).toBe(404);
      expect((await api.post(`${url}/followups`, { followedUpOn: dayFromToday(0), note: 'Van een ander' })).statusCode).toBe(404);
      expect(JSON.stringify((await api.get('/placements?pageSize=200')).json())).not.toContain(foreign.id);
    }
    const unchanged = await t.db.selectFrom('placements').select('version').where('id', '=', foreign.id).executeTakeFirstOrThrow();
    expect(unchanged.version).toBe(1);
  });

  it('a consultant works within the team; the account manager across the municipality; others not at all', async () => {
    const outside = await residentOutsideTeamOf(t.db, 'work_consultant@voorbeeld');
    const created = await manager.post(`/residents/${outside.id}/placements`, job(employers.voorbeeld));
    expect(created.statusCode, created.body).toBe(201);
    const read = await consultant.get(`/placements/${created.json().id}`);
    expect(read.statusCode).toBe(403);
    expect(await auditRowsOf(t.db, read)).toMatchObject([{ action: 'placement.read', result: 'denied', residentIds: [outside.id] }]);
    expect((await consultant.post(`/residents/${outside.id}/placements`, job(employers.voorbeeld))).statusCode).toBe(403);
    const teamList = (await consultant.get('/placements?pageSize=200')).json();
    expect(teamList.items.map((p: { id: string }) => p.id)).not.toContain(created.json().id);
    const all = await manager.get('/placements?pageSize=200');
    expect(all.json().items.map((p: { id: string }) => p.id)).toContain(created.json().id);
    expect(await auditRowsOf(t.db, all)).toMatchObject([{ action: 'placement.list', result: 'success' }]);
    expect((await manager.get('/placements?kind=sheltered_work&pageSize=200')).json().items.every((p: { sheltered: boolean }) => p.sheltered)).toBe(true);
    for (const role of ['policy_analyst', 'income_consultant', 'partner_coach', 'resident']) {
      const api = apiAs(t.app, await t.login(`${role}@voorbeeld`));
      expect((await api.get('/placements')).statusCode, role).toBe(403);
      expect((await api.get(`/placements/${created.json().id}`)).statusCode, role).toBe(403);
    }
  });
});

describe('regional figures', () => {
  it('counts placements per resident municipality × employer municipality; small counts of others suppressed, all small counts for policy staff', async () => {
    const year = Number(dayFromToday(0).slice(0, 4));
    const cell = (body: { cells: { residentMunicipality: string; employerMunicipality: string; placements: number | null; suppressed: boolean }[] }, from: string, to: string) =>
      body.cells.find((c) => c.residentMunicipality === from && c.employerMunicipality === to)!;
    const asConsultant = await consultant.get(`/placement-figures/${year}`);
    expect(asConsultant.statusCode, asConsultant.body).toBe(200);
    const body = asConsultant.json();
    expect(body).toMatchObject({ year, region: 'Regio Voorbeeldvallei', suppressedBelow: 5 });
    expect(body.cells).toHaveLength(4);
    // The demo placed one Buurdorp resident at a Voorbeeld employer this year: Voorbeeld sees "<5", Buurdorp the number.
    expect(cell(body, 'Buurdorp', 'Voorbeeld')).toMatchObject({ placements: null, suppressed: true });
    expect(cell((await buurdorpConsultant.get(`/placement-figures/${year}`)).json(), 'Buurdorp', 'Voorbeeld')).toMatchObject({ placements: 1, suppressed: false });
    const own = cell(body, 'Voorbeeld', 'Voorbeeld').placements as number;
    expect(own).toBeGreaterThanOrEqual(5);
    expect(cell(body, 'Voorbeeld', 'Buurdorp').placements).toBeGreaterThanOrEqual(1);  // the regional placement above
    const asAnalyst = (await analyst.get(`/placement-figures/${year}`)).json();
    expect(cell(asAnalyst, 'Voorbeeld', 'Voorbeeld').placements).toBe(own);
    expect(cell(asAnalyst, 'Voorbeeld', 'Buurdorp')).toMatchObject({ placements: null, suppressed: true });
    const ids = (await t.db.selectFrom('placements').select(['id', 'residentId']).execute()).flatMap((p) => [p.id, p.residentId]);
    for (const id of ids) expect(asConsultant.body.includes(id)).toBe(false);
    expect(await auditRowsOf(t.db, asConsultant)).toMatchObject([{ action: 'placement.figures', result: 'success', residentIds: [] }]);
    const admin = apiAs(t.app, await t.login('administrator@voorbeeld'));
    expect((await admin.get(`/placement-figures/${year}`)).statusCode).toBe(403);
  });
});
