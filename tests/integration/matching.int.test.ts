import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidatesByIds, coordinatesOf, matchingRulesOn, regionOf } from '../../src/modules/matching/store.ts';
import { candidateToken, pseudonymKey } from '../../src/modules/matching/pseudonym.ts';
import { todayIso } from '../../src/rules/dates.ts';
import { freeForBatch } from '../../src/rules/matching/constraints.ts';
import { areaDistanceKm } from '../../src/rules/matching/distance.ts';
import { toCandidateProfile } from '../../src/rules/matching/profile.ts';
import { evaluate, rankCandidates } from '../../src/rules/matching/rank.ts';
import { weights } from '../../src/rules/matching/scoring.ts';
import { candidateSearchFor, occupationTextOf, requirementsOf } from '../../src/modules/matching/service.ts';
import { searchCandidates, visibleOpportunities } from '../../src/modules/matching/store.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { apiAs, auditRowsOf, dayFromToday, residentsOf, userByName, type Api } from '../support/fixtures.ts';

// Matching on known data: a software vacancy no demo profile has the occupation for, and residents of both
// municipalities given profiles by hand, so scores, order, anonymity, reveals and the assignment are predictable.

let t: TestApp;
let am: Api;          // employer_account_manager@voorbeeld
let wc: Api;          // work_consultant@voorbeeld (Team Werk Noord)
let wcSouth: Api;     // work_consultant4@voorbeeld (Team Werk Zuid)
let wcB: Api;         // work_consultant@buurdorp
let amB: Api;         // employer_account_manager@buurdorp
const start = dayFromToday(30);
const ids: Record<string, string> = {};
type Person = { id: string; bsn: string; name: string; birthDate: string; street: string };
const people: Record<string, Person> = {};

interface ProfileSpec {
  area: string; step: number; hours: number; maxKm: number | null; dutch: string; occupations: string[]; skills: string[];
  wishes?: string; availableFrom?: string | null; licences?: string[];
}

/** Gives a resident exactly this profile (replacing any demo profile), living in the given postcode area. */
async function profile(key: string, residentId: string, p: ProfileSpec) {
  const r = await t.db.updateTable('residents').set({ postcode: `${p.area}ZZ`, ladderStep: p.step }).where('id', '=', residentId)
    .returning(['id', 'bsn', 'givenNames', 'surnamePrefix', 'surname', 'birthDate', 'street', 'municipalityId']).executeTakeFirstOrThrow();
  await t.db.deleteFrom('residentSkills').where('residentId', '=', residentId).execute();
  await t.db.deleteFrom('wageValueMeasurements').where('residentId', '=', residentId).execute();
  await t.db.deleteFrom('workProfiles').where('residentId', '=', residentId).execute();
  await t.db.insertInto('workProfiles').values({
    residentId, municipalityId: r.municipalityId, hoursPerWeek: p.hours, maxTravelKm: p.maxKm, dutchLevel: p.dutch, wishes: p.wishes ?? '',
    drivingLicences: p.licences ?? [], availableFrom: p.availableFrom ?? null,
  }).execute();
  for (const code of p.occupations) await t.db.insertInto('residentSkills').values({ residentId, municipalityId: r.municipalityId, kind: 'occupation', code }).execute();
  for (const code of p.skills) await t.db.insertInto('residentSkills').values({ residentId, municipalityId: r.municipalityId, kind: 'skill', code }).execute();
  people[key] = { id: r.id, bsn: r.bsn, name: [r.givenNames, r.surnamePrefix, r.surname].filter(Boolean).join(' '), birthDate: r.birthDate, street: r.street };
}

async function opportunity(key: string, employerId: string, municipalityId: string, o: Record<string, unknown>) {
  const row = await t.db.insertInto('opportunities').values({
    municipalityId, employerId, kind: 'regular_vacancy', title: key, occupationCode: '2512', requiredSkills: [], hoursPerWeek: 24,
    postcode: '7491AA', languageLevel: null, drivingLicence: null, minLadderStep: null, startDate: start, places: 1, ...o,
  } as never).returning('id').executeTakeFirstOrThrow();
  ids[key] = row.id;
}

const candidates = async (api: Api, key: string, limit = 20) => {
  const res = await api.get(`/opportunities/${ids[key]}/candidates?limit=${limit}`);
  expect(res.statusCode, res.body).toBe(200);
  return res;
};
type Item = { token: string; score: number; anonymous: boolean; person: { residentId: string | null; name: string; contactPerson: string | null } | null;
  municipality: { name: string }; distanceKm: number; ladderStep: number; hoursPerWeek: number; factors: { explanation: string }[];
  placed: { hoursPerWeek: number; employers: string[]; note: string } | null;
  reveal: { status: string; requestId: string | null; canRequest: boolean } };
const itemsOf = (res: { json(): unknown }) => (res.json() as { items: Item[] }).items;
const tokenOf = async (key: string, person: string) => candidateToken(await pseudonymKey(t.db), ids[key], people[person].id);

/**
 * The candidate list (SQL prefilter, then the rules) equals the pure rules over every resident of the region, read
 * from the source tables; and the batch's prefilter equals the rules plus freeForBatch. Returns how many are eligible.
 */
async function prefilterMatchesRules(key: string) {
  const body = (await candidates(am, key, 100)).json() as { eligible: number; items: Item[] };
  const voorbeeld = (await userByName(t.db, 'employer_account_manager@voorbeeld')).municipalityId;
  const region = (await regionOf(t.db, voorbeeld)).map((m) => m.id);
  const everyone = await t.db.selectFrom('residents').select('id').where('municipalityId', 'in', region).execute();
  const rules = await matchingRulesOn(t.db, todayIso());
  const [o] = await visibleOpportunities(t.db, voorbeeld, { ids: [ids[key]] });
  const req = requirementsOf(o);
  const stored = await candidatesByIds(t.db, region, everyone.map((r) => r.id), false);
  const coordinates = await coordinatesOf(t.db, ['7491', '7492', '7493', '7494', '7495', '7481', '7482', '7483']);
  const pool = stored.map((s) => ({ candidate: toCandidateProfile(s, rules), distanceKm: areaDistanceKm(s.area, req.area, coordinates) }));
  const expected = rankCandidates(req, pool, rules, occupationTextOf(o));
  expect(body.eligible).toBe(expected.length);
  const pseudonyms = await pseudonymKey(t.db);
  expect(body.items.map((i) => i.token)).toEqual(expected.slice(0, 100).map((e) => candidateToken(pseudonyms, ids[key], e.candidate.id)));
  const search = (await candidateSearchFor(t.db, o, region, rules))!;
  const batch = await searchCandidates(t.db, { ...search, batch: true }, 1_000_000);
  expect(batch.rows.map((r) => r.residentId).sort()).toEqual(expected.filter((e) => freeForBatch(e.candidate, req)).map((e) => e.candidate.id).sort());
  return expected.length;
}

beforeAll(async () => {
  t = await startTestApp();
  [am, wc, wcSouth, wcB, amB] = await Promise.all(['employer_account_manager@voorbeeld', 'work_consultant@voorbeeld', 'work_consultant4@voorbeeld',
    'work_consultant@buurdorp', 'employer_account_manager@buurdorp'].map(async (u) => apiAs(t.app, await t.login(u))));
  const voorbeeld = (await userByName(t.db, 'employer_account_manager@voorbeeld')).municipalityId;
  const employer = await t.db.insertInto('employers').values({ municipalityId: voorbeeld, name: 'Codewerkplaats Voorbeeld', sector: 'business_services', postcode: '7491AA', city: 'Voorbeeld' })
    .returning('id').executeTakeFirstOrThrow();
  await opportunity('A', employer.id, voorbeeld, { title: 'Junior softwareontwikkelaar', requiredSkills: ['S06', 'S24'], languageLevel: 'B1', minLadderStep: 3, places: 2, sharedWithRegion: true });
  await opportunity('B', employer.id, voorbeeld, { kind: 'trial_placement', title: 'Softwaretester (proefplaatsing)', requiredSkills: ['S06', 'S04'], hoursPerWeek: 16, postcode: '7495AA', languageLevel: 'A2', minLadderStep: 2 });
  await opportunity('C', employer.id, voorbeeld, { title: 'Vrachtwagenchauffeur', occupationCode: '8332', hoursPerWeek: 40, drivingLicence: 'CE' });
  await opportunity('Closed', employer.id, voorbeeld, { title: 'Gesloten kans', status: 'closed' });

  const north = await residentsOf(t.db, 'work_consultant@voorbeeld', 20);
  const south = await residentsOf(t.db, 'work_consultant4@voorbeeld', 20);
  const buurdorp = await residentsOf(t.db, 'work_consultant@buurdorp', 20);
  // A: occupation 2512 (+30), skills S06/S24 (+8 each), Dutch B1 (+10 / −5 per level below), ladder ≥ 3 (+10 / −5 per step below).
  await profile('v1', north[16].id, { area: '7491', step: 4, hours: 32, maxKm: 10, dutch: 'B2', occupations: ['2512'], skills: ['S06', 'S24'] });               // A 66
  await profile('v2', south[16].id, { area: '7492', step: 3, hours: 24, maxKm: null, dutch: 'B1', occupations: ['2512'], skills: ['S06'], wishes: 'Graag als softwareontwikkelaar aan de slag' }); // A 68
  await profile('v3', north[17].id, { area: '7495', step: 3, hours: 16, maxKm: 10, dutch: 'A2', occupations: ['2512'], skills: ['S06', 'S04'] });               // only B (16 h)
  await profile('v4', north[18].id, { area: '7491', step: 5, hours: 40, maxKm: 20, dutch: 'C1', occupations: ['2512'], skills: ['S06', 'S24'], availableFrom: dayFromToday(60) }); // too late
  await profile('b1', buurdorp[16].id, { area: '7481', step: 5, hours: 40, maxKm: 15, dutch: 'C1', occupations: ['2512'], skills: ['S06', 'S24'] });            // A 66, 11.6 km
  await profile('b2', buurdorp[17].id, { area: '7481', step: 5, hours: 40, maxKm: 5, dutch: 'C1', occupations: ['2512'], skills: ['S06', 'S24'] });             // too far
  await profile('b3', buurdorp[18].id, { area: '7482', step: 2, hours: 24, maxKm: 25, dutch: 'A2', occupations: ['2512'], skills: ['S24'] });                   // A 28
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('candidates for an opportunity', () => {
  it('ranks the region\'s candidates by score, then distance, with a Dutch explanation per factor', async () => {
    const items = itemsOf(await candidates(am, 'A'));
    expect(items.slice(0, 3).map((i) => [i.score, i.municipality.name, i.distanceKm])).toEqual([[68, 'Voorbeeld', 1], [66, 'Voorbeeld', 0], [66, 'Buurdorp', 12]]);
    expect(items[0].person).toMatchObject({ residentId: people.v2.id, name: people.v2.name });
    expect(items[0].factors.map((f) => f.explanation)).toEqual([
      'Beroep komt overeen: Softwareontwikkelaar (+30)',
      '1 van 2 gevraagde vaardigheden: Werken met de computer (+8)',
      'Wensen sluiten aan: ‘softwareontwikkelaar’ (+10)',
      'Taalniveau Nederlands B1 voldoet aan gevraagd B1 (+10)',
      'Trede 3 voldoet aan minimaal trede 3 (+10)',
    ]);
    const b3 = items.find((i) => i.municipality.name === 'Buurdorp' && i.score === 28)!;
    expect(b3.factors.map((f) => f.explanation)).toContain('Taalniveau Nederlands A2 ligt 1 niveau onder gevraagd B1 (−5)');
    // Hard constraints: too few hours, too far, not yet available.
    const tokens = items.map((i) => i.token);
    for (const [key, who] of [['A', 'v3'], ['A', 'v4'], ['A', 'b2']]) expect(tokens).not.toContain(await tokenOf(key, who));
  });

  it('shows a candidate of another municipality as an anonymous profile only', async () => {
    const res = await candidates(am, 'A');
    const item = itemsOf(res).find((i) => i.municipality.name === 'Buurdorp' && i.score === 66)!;
    expect(item.token).toBe(await tokenOf('A', 'b1'));
    expect(item).toMatchObject({ anonymous: true, person: null, ladderStep: 5, hoursPerWeek: 40, distanceKm: 12, reveal: { status: 'none', canRequest: true } });
    expect(Object.keys(item).sort()).toEqual(['anonymous', 'distanceKm', 'factors', 'hoursPerWeek', 'ladderStep', 'matchedOccupations', 'matchedSkills',
      'municipality', 'person', 'placed', 'rank', 'reveal', 'score', 'token']);
    for (const who of ['b1', 'b2', 'b3']) {
      for (const secret of [people[who].id, people[who].bsn, people[who].name, people[who].birthDate, people[who].street]) expect(res.body).not.toContain(secret);
    }
  });

  it('a work consultant sees residents outside their team anonymously too; the account manager sees the whole municipality', async () => {
    const byConsultant = itemsOf(await candidates(wc, 'A'));
    expect(byConsultant.find((i) => i.score === 68)).toMatchObject({ anonymous: true, person: null, municipality: { name: 'Voorbeeld', own: true } });
    expect(byConsultant.find((i) => i.score === 66 && i.municipality.name === 'Voorbeeld')!.person).toMatchObject({ residentId: people.v1.id });
  });

  it('the SQL prefilter finds exactly the candidates the pure rules accept among all residents of the region', async () => {
    expect(await prefilterMatchesRules('A')).toBeGreaterThan(10);
  });

  it('the SQL score bound lies between the rules\' score and the score plus the wishes\' weight, for every kind of opportunity', async () => {
    const voorbeeld = (await userByName(t.db, 'employer_account_manager@voorbeeld')).municipalityId;
    const region = (await regionOf(t.db, voorbeeld)).map((m) => m.id);
    const rules = await matchingRulesOn(t.db, todayIso());
    const opportunities = await visibleOpportunities(t.db, voorbeeld, { openOnly: true });
    expect(new Set(opportunities.map((o) => o.kind)).size).toBeGreaterThanOrEqual(5);
    let checked = 0;
    for (const o of opportunities) {
      const search = await candidateSearchFor(t.db, o, region, rules);
      if (!search) continue;
      const { rows, eligible } = await searchCandidates(t.db, search, 1_000_000);
      expect(rows).toHaveLength(eligible);
      for (const row of rows) {
        const score = evaluate(toCandidateProfile(row, rules), search.requirements, search.reach.get(row.area!)!, rules, occupationTextOf(o)).score;
        expect(row.bound, `${o.title}`).toBeGreaterThanOrEqual(score);
        expect(row.bound - score, `${o.title}`).toBeLessThanOrEqual(weights.wishes);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('a short list is the head of the full ranking', async () => {
    const full = itemsOf(await candidates(am, 'A', 100)).map((i) => i.token);
    for (const limit of [1, 3, 7]) expect(itemsOf(await candidates(am, 'A', limit)).map((i) => i.token)).toEqual(full.slice(0, limit));
  });

  it('for a shared opportunity of another municipality, lists only the caller\'s own residents', async () => {
    const body = (await candidates(amB, 'A')).json() as { searchedMunicipalities: string[]; items: Item[] };
    expect(body.searchedMunicipalities).toEqual(['Buurdorp']);
    expect(body.items.every((i) => i.municipality.name === 'Buurdorp' && !i.anonymous && !i.reveal.canRequest)).toBe(true);
    expect(body.items.map((i) => i.person!.residentId)).toEqual(expect.arrayContaining([people.b1.id, people.b3.id]));
    const token = body.items.find((i) => i.person!.residentId === people.b1.id)!.token;
    const ask = await amB.post(`/opportunities/${ids.A}/candidates/${token}/reveal-requests`, {});
    expect(ask.statusCode, ask.body).toBe(403);
  });

  it('audits one event per list, with only the caller\'s own residents in it', async () => {
    const res = await candidates(am, 'A');
    const rows = await auditRowsOf(t.db, res);
    const me = await userByName(t.db, 'employer_account_manager@voorbeeld');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'matching.candidates.read', result: 'success', objectType: 'opportunity', objectId: ids.A, municipalityId: me.municipalityId, actorUserId: me.id });
    expect(rows[0].residentIds).toEqual(expect.arrayContaining([people.v1.id, people.v2.id]));
    expect(rows[0].residentIds).not.toContain(people.b1.id);
  });

  it('refuses roles without the grant, and a foreign, non-shared opportunity is 404', async () => {
    const income = apiAs(t.app, await t.login('income_consultant@voorbeeld'));
    expect((await income.get(`/opportunities/${ids.A}/candidates`)).statusCode).toBe(403);
    const analyst = apiAs(t.app, await t.login('policy_analyst@voorbeeld'));
    expect((await analyst.get(`/opportunities/${ids.A}/candidates`)).statusCode).toBe(403);
    expect((await amB.get(`/opportunities/${ids.B}/candidates`)).statusCode).toBe(404);
    expect((await am.get('/reveal-requests')).statusCode).toBe(403);
  });
});

describe('revealing an anonymous candidate', () => {
  let requestId = '';

  it('the account manager asks; both municipalities\' audit chains record it; asking twice is refused', async () => {
    const token = await tokenOf('A', 'b1');
    const res = await am.post(`/opportunities/${ids.A}/candidates/${token}/reveal-requests`, { message: 'Past goed bij ons team' });
    expect(res.statusCode, res.body).toBe(201);
    requestId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'pending', resident: null, opportunity: { id: ids.A } });
    const rows = await auditRowsOf(t.db, res);
    const buurdorp = (await userByName(t.db, 'work_consultant@buurdorp')).municipalityId;
    const me = await userByName(t.db, 'employer_account_manager@voorbeeld');
    expect(rows.map((r) => [r.municipalityId, r.action, r.residentIds]).sort()).toEqual([
      [buurdorp, 'matching.reveal_request.create', [people.b1.id]], [me.municipalityId, 'matching.reveal_request.create', []],
    ].sort());
    expect(rows.every((r) => r.actorUserId === me.id && r.objectId === requestId)).toBe(true);
    expect((await am.post(`/opportunities/${ids.A}/candidates/${token}/reveal-requests`, {})).statusCode).toBe(409);
    const item = itemsOf(await candidates(am, 'A')).find((i) => i.token === token)!;
    expect(item).toMatchObject({ anonymous: true, reveal: { status: 'pending', requestId, canRequest: false } });
  });

  it('refuses a token of another opportunity, and a forged token', async () => {
    expect((await am.post(`/opportunities/${ids.B}/candidates/${await tokenOf('A', 'b1')}/reveal-requests`, {})).statusCode).toBe(404);
    expect((await am.post(`/opportunities/${ids.A}/candidates/${'x'.repeat(59)}/reveal-requests`, {})).statusCode).toBe(404);
  });

  it('the resident\'s consultant sees the pending request with how the resident matches; another municipality cannot decide', async () => {
    const list = await wcB.get('/reveal-requests');
    expect(list.statusCode, list.body).toBe(200);
    const request = (list.json().items as { id: string; resident: { id: string; name: string }; match: { score: number }; requester: { municipality: string }; message: string }[])
      .find((r) => r.id === requestId)!;
    expect(request).toMatchObject({ resident: { id: people.b1.id, name: people.b1.name }, match: { score: 66 }, requester: { municipality: 'Voorbeeld' }, message: 'Past goed bij ons team' });
    expect((await auditRowsOf(t.db, list))[0]).toMatchObject({ action: 'matching.reveal_request.list' });
    expect((await auditRowsOf(t.db, list))[0].residentIds).toContain(people.b1.id);
    expect((await wc.get('/reveal-requests')).json().items.map((r: { id: string }) => r.id)).not.toContain(requestId);
    const foreign = await wc.post(`/reveal-requests/${requestId}/decision`, { decision: 'approve', reason: '' });
    expect(foreign.statusCode, foreign.body).toBe(404);
  });

  it('after approval the account manager sees name and contact person, for that opportunity only, and the read is audited in Buurdorp', async () => {
    const decided = await wcB.post(`/reveal-requests/${requestId}/decision`, { decision: 'approve', reason: 'Inwoner wil graag kennismaken' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'approved', decision: { reason: 'Inwoner wil graag kennismaken' } });
    const buurdorp = (await userByName(t.db, 'work_consultant@buurdorp'));
    expect(await auditRowsOf(t.db, decided)).toMatchObject([{ municipalityId: buurdorp.municipalityId, action: 'matching.reveal_request.approve', residentIds: [people.b1.id] }]);
    expect((await wcB.post(`/reveal-requests/${requestId}/decision`, { decision: 'decline', reason: 'Toch maar niet' })).statusCode).toBe(409);

    const res = await candidates(am, 'A');
    const token = await tokenOf('A', 'b1');
    const revealed = itemsOf(res).find((i) => i.token === token)!;
    expect(revealed).toMatchObject({ anonymous: false, person: { residentId: null, name: people.b1.name, contactPerson: buurdorp.displayName }, reveal: { status: 'approved' } });
    expect(res.body).not.toContain(people.b1.bsn);
    const me = await userByName(t.db, 'employer_account_manager@voorbeeld');
    const rows = await auditRowsOf(t.db, res);
    expect(rows.find((r) => r.action === 'matching.revealed_candidate.read')).toMatchObject({
      municipalityId: buurdorp.municipalityId, actorUserId: me.id, residentIds: [people.b1.id], objectId: ids.A,
    });
    // Opportunity B: the same person is still anonymous there.
    const other = await candidates(am, 'B', 100);
    expect(other.body).not.toContain(people.b1.name);
    const tokenB = await tokenOf('B', 'b1');
    expect(itemsOf(other).find((i) => i.token === tokenB)).toMatchObject({ anonymous: true, person: null, reveal: { status: 'none' } });
  });

  it('a declined request keeps the candidate anonymous and cannot be asked again; a decline needs a reason', async () => {
    const token = await tokenOf('A', 'b3');
    const asked = await am.post(`/opportunities/${ids.A}/candidates/${token}/reveal-requests`, {});
    expect(asked.statusCode, asked.body).toBe(201);
    const id = asked.json().id;
    expect((await wcB.post(`/reveal-requests/${id}/decision`, { decision: 'decline', reason: 'nee' })).statusCode).toBe(400);
    const declined = await wcB.post(`/reveal-requests/${id}/decision`, { decision: 'decline', reason: 'Inwoner wil eerst de cursus afmaken' });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined' });
    const item = itemsOf(await candidates(am, 'A')).find((i) => i.token === token)!;
    expect(item).toMatchObject({ anonymous: true, person: null, reveal: { status: 'declined', canRequest: false } });
    const again = await am.post(`/opportunities/${ids.A}/candidates/${token}/reveal-requests`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('afgewezen');
  });

  it('within one municipality: a consultant asks about a resident of another team; only that team decides', async () => {
    const token = await tokenOf('A', 'v2');
    expect(itemsOf(await candidates(wc, 'A')).find((i) => i.token === token)).toMatchObject({ anonymous: true, reveal: { canRequest: true } });
    const asked = await wc.post(`/opportunities/${ids.A}/candidates/${token}/reveal-requests`, {});
    expect(asked.statusCode, asked.body).toBe(201);
    const id = asked.json().id;
    const notMine = await wc.post(`/reveal-requests/${id}/decision`, { decision: 'approve', reason: '' });
    expect(notMine.statusCode, notMine.body).toBe(403);
    expect(await auditRowsOf(t.db, notMine)).toMatchObject([{ result: 'denied', residentIds: [people.v2.id] }]);
    expect((await wcSouth.post(`/reveal-requests/${id}/decision`, { decision: 'approve', reason: '' })).statusCode).toBe(200);
    expect(itemsOf(await candidates(wc, 'A')).find((i) => i.token === token)).toMatchObject({ anonymous: false, person: { residentId: null, name: people.v2.name } });
    // A named candidate needs no request.
    expect((await am.post(`/opportunities/${ids.A}/candidates/${await tokenOf('A', 'v1')}/reveal-requests`, {})).statusCode).toBe(409);
  });
});

describe('opportunities for a resident', () => {
  it('ranks open opportunities of the municipality and shared ones of the region, with why others do not fit', async () => {
    const res = await wc.get(`/residents/${people.v1.id}/opportunities`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { opportunity: { id: string; municipality: { own: boolean } }; eligible: boolean; score: number; exclusions: { explanation: string }[] }[];
    expect(items[0]).toMatchObject({ opportunity: { id: ids.A }, eligible: true, score: 66 });
    const lorry = items.find((i) => i.opportunity.id === ids.C)!;
    expect(lorry.eligible).toBe(false);
    expect(lorry.exclusions.map((e) => e.explanation)).toEqual(['Beschikbaar 32 uur per week; de kans vraagt 40 uur', 'Rijbewijs CE gevraagd; niet in het werkprofiel']);
    expect(items.some((i) => !i.opportunity.municipality.own)).toBe(true);
    expect(items.map((i) => i.opportunity.id)).not.toContain(ids.Closed);
    expect(items.findIndex((i) => !i.eligible)).toBeGreaterThan(items.filter((i) => i.eligible).length - 1);
    expect(await auditRowsOf(t.db, res)).toMatchObject([{ action: 'matching.opportunities.read', residentIds: [people.v1.id] }]);
  });

  it('is 404 for a resident of another municipality and 403 outside the team', async () => {
    expect((await wc.get(`/residents/${people.b1.id}/opportunities`)).statusCode).toBe(404);
    expect((await wc.get(`/residents/${people.v2.id}/opportunities`)).statusCode).toBe(403);
  });
});

describe('batch assignment', () => {
  it('fills every place it can with the best total, where greedy would not, and writes nothing but the audit row', async () => {
    const before = await t.db.selectFrom('candidateReveals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await am.post('/matching/assignments', { opportunityIds: [ids.A, ids.B], residentIds: [people.v1.id, people.v2.id, people.v3.id, people.v4.id] });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { pairs: { opportunity: { id: string }; candidate: Item }[]; placesTotal: number; placesFilled: number; totalScore: number; unfilled: unknown[] };
    // B alone would take v2 (68); the optimum gives B to v3 (66) so A can take v1 and v2: three places filled.
    expect(body.pairs.map((p) => [p.opportunity.id, p.candidate.person!.residentId, p.candidate.score])).toEqual([
      [ids.A, people.v2.id, 68], [ids.A, people.v1.id, 66], [ids.B, people.v3.id, 66],
    ]);
    expect(body).toMatchObject({ placesTotal: 3, placesFilled: 3, totalScore: 200, unfilled: [] });
    expect(body.pairs[2].candidate.factors.map((f) => f.explanation)).toContain('2 van 2 gevraagde vaardigheden: Werken met de computer en Nauwkeurig werken (+16)');
    const rows = await auditRowsOf(t.db, res);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'matching.assignment.propose', result: 'success' });
    expect(rows[0].residentIds.sort()).toEqual([people.v1.id, people.v2.id, people.v3.id].sort());
    expect((await t.db.selectFrom('candidateReveals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n).toBe(before.n);
  });

  it('without a pool takes the best candidates of the region per opportunity', async () => {
    const res = await am.post('/matching/assignments', { opportunityIds: [ids.A] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ placesTotal: 2, placesFilled: 2, totalScore: 134 });
  });

  it('refuses foreign or unknown opportunities and residents, closed opportunities, and residents outside the team', async () => {
    const foreignOpportunity = await t.db.selectFrom('opportunities as o').innerJoin('municipalities as m', 'm.id', 'o.municipalityId').select('o.id')
      .where('m.code', '=', 'buurdorp').where('o.sharedWithRegion', '=', true).executeTakeFirstOrThrow();
    expect((await am.post('/matching/assignments', { opportunityIds: [foreignOpportunity.id] })).statusCode).toBe(404);
    expect((await am.post('/matching/assignments', { opportunityIds: [ids.A], residentIds: [people.b1.id] })).statusCode).toBe(404);
    const closed = await am.post('/matching/assignments', { opportunityIds: [ids.Closed] });
    expect(closed.statusCode).toBe(400);
    expect(closed.json().detail).toContain('Gesloten kans');
    expect((await wc.post('/matching/assignments', { opportunityIds: [ids.A], residentIds: [people.v2.id] })).statusCode).toBe(403);
    expect((await am.post('/matching/assignments', { opportunityIds: [ids.A, ids.A] })).statusCode).toBe(400);
  });
});

describe('the search copies on the work profile', () => {
  it('follow the resident, skills and wage values they are copied from', async () => {
    const copy = () => t.db.selectFrom('workProfiles').select(['area', 'ladderStep', 'birthDate', 'occupationCodes', 'skillCodes', 'wageValuePct'])
      .where('residentId', '=', people.v3.id).executeTakeFirstOrThrow();
    expect(await copy()).toEqual({ area: '7495', ladderStep: 3, birthDate: people.v3.birthDate, occupationCodes: ['2512'], skillCodes: ['S04', 'S06'], wageValuePct: null });
    const r = await t.db.selectFrom('residents').select('municipalityId').where('id', '=', people.v3.id).executeTakeFirstOrThrow();
    await t.db.updateTable('residents').set({ postcode: '7493AB', ladderStep: 4 }).where('id', '=', people.v3.id).execute();
    await t.db.deleteFrom('residentSkills').where('residentId', '=', people.v3.id).where('code', '=', 'S04').execute();
    await t.db.insertInto('wageValueMeasurements').values([
      { residentId: people.v3.id, municipalityId: r.municipalityId, percentage: 70, measuredOn: dayFromToday(-100), method: 'dariuz' },
      { residentId: people.v3.id, municipalityId: r.municipalityId, percentage: 55, measuredOn: dayFromToday(-5), method: 'dariuz' },
    ]).execute();
    expect(await copy()).toMatchObject({ area: '7493', ladderStep: 4, skillCodes: ['S06'], wageValuePct: 55 });
    await t.db.updateTable('residents').set({ postcode: '7495ZZ', ladderStep: 3 }).where('id', '=', people.v3.id).execute();
    await t.db.insertInto('residentSkills').values({ residentId: people.v3.id, municipalityId: r.municipalityId, kind: 'skill', code: 'S04' }).execute();
    await t.db.deleteFrom('wageValueMeasurements').where('residentId', '=', people.v3.id).execute();
    expect(await copy()).toMatchObject({ area: '7495', ladderStep: 3, skillCodes: ['S04', 'S06'], wageValuePct: null });
  });
});

describe('work profile: available from', () => {
  it('is stored and returned by the dossier API, and keeps someone out of opportunities that start earlier', async () => {
    const url = `/residents/${people.v1.id}/work-profile`;
    const current = await wc.get(url);
    const p = current.json();
    const body = { educationLevel: p.educationLevel, dutchLevel: p.dutchLevel, drivingLicences: p.drivingLicences, hoursPerWeek: p.hoursPerWeek, maxTravelKm: p.maxTravelKm, wishes: p.wishes };
    const saved = await wc.put(url, { ...body, availableFrom: dayFromToday(45) }, current.headers.etag as string);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().availableFrom).toBe(dayFromToday(45));
    const items = itemsOf(await candidates(am, 'A'));
    expect(items.map((i) => i.person?.residentId)).not.toContain(people.v1.id);
    const res = (await wc.get(`/residents/${people.v1.id}/opportunities`)).json();
    expect(res.items.find((i: { opportunity: { id: string } }) => i.opportunity.id === ids.A).exclusions[0].explanation).toMatch(/^Pas beschikbaar vanaf/);
    const reset = await wc.put(url, { ...body, availableFrom: null }, saved.headers.etag as string);
    expect(reset.json().availableFrom).toBeNull();
  });
});

describe('places already taken and people already placed (decision 0021)', () => {
  const employerName = 'Codewerkplaats Voorbeeld';
  let municipalityId = '';
  let employerId = '';
  /** A placement written straight into the table (the placement service would also mark a full opportunity filled). */
  const place = async (who: string, on: string | null, hours: number, extra: Record<string, unknown> = {}) => {
    await t.db.insertInto('placements').values({
      municipalityId, residentId: people[who].id, employerId, opportunityId: on ? ids[on] : null, kind: 'regular_job', contractHoursPerWeek: hours,
      startDate: dayFromToday(-60), ...extra,
    } as never).execute();
  };
  const propose = (opportunityKeys: string[], residents?: string[]) =>
    am.post('/matching/assignments', { opportunityIds: opportunityKeys.map((k) => ids[k]), ...(residents ? { residentIds: residents.map((p) => people[p].id) } : {}) });
  type Proposal = { pairs: { opportunity: { id: string }; candidate: Item }[]; placesTotal: number; placesFilled: number; unfilled: { open: number }[];
    noPlacesLeft: { opportunityId: string; title: string }[] };
  const placedIn = (body: Proposal) => body.pairs.map((p) => p.candidate.person!.residentId);

  beforeAll(async () => {
    municipalityId = (await userByName(t.db, 'employer_account_manager@voorbeeld')).municipalityId;
    employerId = (await t.db.selectFrom('employers').select('id').where('name', '=', employerName).executeTakeFirstOrThrow()).id;
    await opportunity('P', employerId, municipalityId, { title: 'Softwareontwikkelaar (vijf plaatsen)', requiredSkills: ['S06'], places: 5 });
    await opportunity('Elsewhere', employerId, municipalityId, { title: 'Systeembeheerder', occupationCode: '2522', hoursPerWeek: 16 });
    await opportunity('Full', employerId, municipalityId, { title: 'Volle kans', places: 1 });
    const north = await residentsOf(t.db, 'work_consultant@voorbeeld', 20);
    // All fit P; the top five also wish for this work (+10), y3 and y4 do not.
    const top = { area: '7491', step: 4, hours: 36, maxKm: 10, dutch: 'B2', occupations: ['2512'], skills: ['S06'], wishes: 'Graag als softwareontwikkelaar aan de slag' };
    // north[16..18] are v1, v3 and v4 above.
    for (const [i, who] of ['x1', 'x2', 'x3', 'y1', 'y2'].entries()) await profile(who, north[10 + i].id, top);
    for (const [who, n] of [['y3', 15], ['y4', 19], ['z', 9]] as const) await profile(who, north[n].id, { ...top, wishes: '' });
    // Three of P's five places are taken; y1 and y2 work elsewhere; y3's placement ended; y4's planned end has passed.
    for (const who of ['x1', 'x2', 'x3']) await place(who, 'P', 24);
    await place('y1', 'Elsewhere', 16);
    await place('y2', null, 24);
    await place('y3', 'Elsewhere', 32, { status: 'ended', endDate: dayFromToday(-1), endReason: 'contract_ended' });
    await place('y4', null, 32, { endDate: dayFromToday(-1) });
    await place('z', 'Full', 24);
  });

  it('the candidate list shows the places still open, leaves out who is placed on the opportunity and notes a placement elsewhere', async () => {
    const body = (await candidates(am, 'P', 100)).json() as { opportunity: { places: number; placesOpen: number }; items: Item[] };
    expect(body.opportunity).toMatchObject({ places: 5, placesOpen: 2 });
    const byResident = new Map(body.items.map((i) => [i.person?.residentId, i]));
    for (const who of ['x1', 'x2', 'x3']) expect(byResident.has(people[who].id), who).toBe(false);
    expect(byResident.get(people.y1.id)!.placed).toEqual({ hoursPerWeek: 16, employers: [employerName], note: `Al geplaatst bij ${employerName} (16 uur per week)` });
    expect(byResident.get(people.y2.id)!.placed).toEqual({ hoursPerWeek: 24, employers: [employerName], note: `Al geplaatst bij ${employerName} (24 uur per week)` });
    for (const who of ['y3', 'y4']) expect(byResident.get(people[who].id)!.placed, who).toBeNull();
    expect(((await candidates(am, 'Full')).json() as { opportunity: { placesOpen: number } }).opportunity.placesOpen).toBe(0);
  });

  it('someone outside the caller\'s reach shows the placement without the employer', async () => {
    const items = itemsOf(await candidates(wcSouth, 'P', 100));
    const token = await tokenOf('P', 'y1');
    expect(items.find((i) => i.token === token)).toMatchObject({ anonymous: true, placed: { hoursPerWeek: 16, employers: [], note: 'Al geplaatst bij een werkgever (16 uur per week)' } });
  });

  it('the SQL prefilter still equals the pure rules, for the list and for a batch', async () => {
    expect(await prefilterMatchesRules('P')).toBeGreaterThan(10);
    expect(await prefilterMatchesRules('Elsewhere')).toBeGreaterThan(0);
  });

  it('a resident\'s opportunities say why the one they are placed on is not open to them', async () => {
    const items = (await wc.get(`/residents/${people.x1.id}/opportunities?limit=200`)).json().items as { opportunity: { id: string; placesOpen: number }; eligible: boolean; exclusions: { explanation: string }[] }[];
    expect(items.find((i) => i.opportunity.id === ids.P)).toMatchObject({
      eligible: false, opportunity: { placesOpen: 2 }, exclusions: [{ explanation: `Al geplaatst op deze kans (bij ${employerName})` }],
    });
  });

  it('a batch proposes only the open places, never who is placed on the opportunity or already works its hours', async () => {
    const res = await propose(['P'], ['x1', 'x2', 'x3', 'y1', 'y2', 'y3', 'y4']);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Proposal;
    // Without the rules x1–x3 and y2 would win (they wish for this work); 24 h elsewhere is P's 24 h, 16 h is not.
    expect(body).toMatchObject({ placesTotal: 2, placesFilled: 2, unfilled: [], noPlacesLeft: [] });
    expect(placedIn(body)).toHaveLength(2);
    expect(placedIn(body)[0]).toBe(people.y1.id);
    expect([people.y3.id, people.y4.id]).toContain(placedIn(body)[1]);
    expect(body.pairs[0].candidate.placed!.note).toBe(`Al geplaatst bij ${employerName} (16 uur per week)`);
  });

  it('a batch without a pool leaves them out in the prefilter too', async () => {
    const res = await propose(['P']);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Proposal;
    expect(body).toMatchObject({ placesTotal: 2, placesFilled: 2 });
    for (const who of ['x1', 'x2', 'x3', 'y2']) expect(placedIn(body), who).not.toContain(people[who].id);
    expect(placedIn(body)).toContain(people.y1.id);
  });

  it('an open opportunity without open places is not offered: left out beside others, refused alone', async () => {
    const both = await propose(['P', 'Full'], ['y1', 'y3', 'y4', 'z']);
    expect(both.statusCode, both.body).toBe(200);
    expect(both.json()).toMatchObject({ placesTotal: 2, placesFilled: 2, noPlacesLeft: [{ opportunityId: ids.Full, title: 'Volle kans' }] });
    expect((both.json() as Proposal).pairs.every((p) => p.opportunity.id === ids.P)).toBe(true);
    const alone = await propose(['Full']);
    expect(alone.statusCode, alone.body).toBe(400);
    expect(alone.json().detail).toBe('Alle plaatsen van de kans "Volle kans" zijn al bezet door actieve plaatsingen; er valt niets voor te stellen.');
  });

  it('an ended placement gives its place back', async () => {
    await t.db.updateTable('placements').set({ status: 'ended', endDate: todayIso(), endReason: 'resigned' }).where('residentId', '=', people.x1.id).execute();
    expect(((await candidates(am, 'P')).json() as { opportunity: { placesOpen: number } }).opportunity.placesOpen).toBe(3);
    expect(itemsOf(await candidates(am, 'P', 100)).map((i) => i.person?.residentId)).toContain(people.x1.id);
    expect((await propose(['P'], ['x1', 'x2', 'y1', 'y3', 'y4'])).json()).toMatchObject({ placesTotal: 3, placesFilled: 3 });
  });
});
