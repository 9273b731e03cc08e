import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeFor, type RouteAccess } from '../../src/modules/access/permissions.ts';
import { todayIso } from '../../src/rules/dates.ts';
import { addMonths } from '../../src/rules/payments/payment.ts';
import { roles } from '../../src/modules/access/roles.ts';
import { candidateToken, pseudonymKey } from '../../src/modules/matching/pseudonym.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

/**
 * Cross-municipality matrix, generated from the app's own route table: for every declared route and
 * every role the permission table lets through, a Voorbeeld user aims at Buurdorp's data.
 * Reads and writes of a foreign id answer 404; lists and searches show nothing foreign.
 * A new route with a path parameter or a body needs an entry below, or this test fails and says so.
 */
const day = '2026-01-15';
const sampleBodies: Record<string, unknown> = {
  'PATCH /api/v1/residents/:id': { phone: '06 11112222' },
  'POST /api/v1/residents/:id/contact-moments': { occurredOn: day, channel: 'phone', note: 'Gebeld' },
  'PATCH /api/v1/residents/:id/contact-moments/:itemId': { note: 'Aangepast' },
  'POST /api/v1/residents/:id/referrals': { domain: 'wmo', referredOn: day },
  'PATCH /api/v1/residents/:id/referrals/:itemId': { status: 'completed' },
  'POST /api/v1/residents/:id/plan-goals': { title: 'Werk vinden' },
  'PATCH /api/v1/residents/:id/plan-goals/:itemId': { status: 'achieved' },
  'POST /api/v1/residents/:id/plan-steps': { description: 'Cv maken', owner: 'resident', dueOn: day },
  'PATCH /api/v1/residents/:id/plan-steps/:itemId': { status: 'done' },
  'POST /api/v1/residents/:id/target-groups': { code: 'nug', startDate: day },
  'PATCH /api/v1/residents/:id/target-groups/:itemId': { endDate: day },
  'POST /api/v1/residents/:id/household-members': { kind: 'child', givenNames: 'Kim', birthDate: '2015-03-01' },
  'PATCH /api/v1/residents/:id/household-members/:itemId': { givenNames: 'Kim' },
  'POST /api/v1/residents/:id/barriers': { category: 'debts' },
  'PATCH /api/v1/residents/:id/barriers/:itemId': { resolvedOn: day },
  'POST /api/v1/residents/:id/ladder-measurements': { step: 3, measuredOn: day, motivation: 'Doet mee aan een cursus.' },
  'PUT /api/v1/residents/:id/work-profile': { educationLevel: 'mbo2', dutchLevel: 'B1', drivingLicences: ['B'], hoursPerWeek: 24, maxTravelKm: 15, wishes: '' },
  'POST /api/v1/residents/:id/work-profile/skills': { kind: 'skill', freeText: 'Fietsen repareren' },
  'POST /api/v1/residents/:id/work-profile/wage-values': { percentage: 60, measuredOn: day, method: 'dariuz' },
  'PUT /api/v1/residents/:id/contact-person': { userId: '00000000-0000-4000-8000-000000000000', reason: 'Overdracht wegens verhuizing' },
  'POST /api/v1/residents/reassignments': 'foreign-reassignment',
  'PATCH /api/v1/assessment-frameworks/:frameworkId': { name: 'Overgenomen kader' },
  'POST /api/v1/assessments': 'foreign-framework',
  'POST /api/v1/residents/:id/trajectories': {
    providerId: '00000000-0000-4000-8000-000000000000', customTitle: 'Maatwerk', customReason: 'Reden voor maatwerk buiten de catalogus',
    unit: 'trajectory', unitPriceCents: 100, units: 1, plannedStartOn: day, plannedEndOn: day,
  },
  'POST /api/v1/trajectories/:trajectoryId/decision': { decision: 'approve', note: 'Akkoord' },
  'POST /api/v1/trajectories/:trajectoryId/start': { startedOn: day },
  'POST /api/v1/trajectories/:trajectoryId/end': { endedOn: day, outcome: 'paid_work', realisedCents: 0 },
  'POST /api/v1/trajectories/:trajectoryId/cancel': { reason: 'Niet meer nodig' },
  'POST /api/v1/trajectories/:trajectoryId/reports': { kind: 'progress', periodFrom: day, periodTo: day, summary: 'Voortgang van iemand anders' },
  'PATCH /api/v1/instruments/:instrumentId': { name: 'Overgenomen instrument' },
  'POST /api/v1/instruments/:instrumentId/offers': { providerId: '00000000-0000-4000-8000-000000000000', unitPriceCents: 1, capacity: 1, capacityPeriod: 'year', activeFrom: day },
  'PATCH /api/v1/instrument-offers/:offerId': { capacity: 2 },
  'PATCH /api/v1/providers/:providerId': { name: 'Overgenomen aanbieder' },
  'POST /api/v1/providers/:providerId/contracts': { reference: 'X-1', startsOn: day },
  'POST /api/v1/providers/:providerId/coaches': { username: 'indringer@voorbeeld', displayName: 'In Dringer', password: 'heel-geheim-wachtwoord' },
  'POST /api/v1/assessments/:assessmentId/decision': { mustPass: [], scores: [], decision: 'rejected', reasons: 'Past niet in het beleid.' },
  'PATCH /api/v1/employers/:employerId': { name: 'Overgenomen werkgever' },
  'POST /api/v1/employers/:employerId/contacts': { name: 'In Dringer', email: 'in@dringer.example' },
  'POST /api/v1/employers/:employerId/opportunities': {
    kind: 'regular_vacancy', title: 'Kans bij een ander', occupationCode: '4321', hoursPerWeek: 20, postcode: '7481AB', startDate: day, places: 1,
  },
  'PATCH /api/v1/opportunities/:opportunityId': { status: 'closed' },
  'POST /api/v1/residents/:id/placements': { employerId: '00000000-0000-4000-8000-000000000000', kind: 'regular_job', contractHoursPerWeek: 20, hourlyWageCents: 1500, startDate: day },
  'PATCH /api/v1/placements/:placementId': { contractHoursPerWeek: 10 },
  'POST /api/v1/placements/:placementId/followups': { followedUpOn: day, note: 'Nazorg bij een ander' },
  'POST /api/v1/placements/:placementId/end': { endedOn: day, reason: 'resigned' },
  'PATCH /api/v1/forecast-scenarios/:scenarioId': { name: 'Overgenomen scenario' },
  'POST /api/v1/opportunities/:opportunityId/candidates/:token/reveal-requests': { message: 'Graag kennismaken' },
  'POST /api/v1/reveal-requests/:revealRequestId/decision': { decision: 'approve', reason: '' },
  'POST /api/v1/matching/assignments': 'foreign-assignment',
  'POST /api/v1/payment-runs/:runId/reconciliation': {},
  'POST /api/v1/payment-runs/:runId/approval': {},
  'POST /api/v1/benefit-check-cases/:caseId/review': { outcome: 'no_finding', finding: 'Zaak van een ander' },
  'POST /api/v1/benefit-applications': 'foreign-benefit-application',
  'PATCH /api/v1/benefit-applications/:applicationId': { documents: [] },
  'POST /api/v1/benefit-applications/:applicationId/status': { status: 'in_treatment' },
  'POST /api/v1/benefit-decisions': 'foreign-benefit-decision',
  'POST /api/v1/benefit-decisions/:decisionId/review': { verdict: 'approve' },
  'POST /api/v1/benefit-income-reports': 'foreign-income-report',
  'POST /api/v1/benefit-household-reports': 'foreign-household-report',
  'PATCH /api/v1/council-reports/:reportId': { summary: 'Overgenomen toelichting' },
  'POST /api/v1/council-reports/:reportId/publication': {},
};
const publicRoutes = ['GET /api/v1/health', 'POST /api/v1/sessions', 'GET /api/v1/openapi.json'];

/**
 * Routes that only ever act in the caller's own municipality and take no foreign id (e.g. an import): there is
 * nothing foreign to aim at, so instead of a 404 the matrix posts the sample and checks that Buurdorp's
 * residents are untouched.
 */
const ownMunicipalityRoutes: Record<string, { contentType: string; body: () => Buffer }> = {
  'POST /api/v1/resident-imports': {
    contentType: 'text/csv',
    body: () => readFileSync(new URL('../../docs/examples/inwoners-import.csv', import.meta.url)),
  },
  'POST /api/v1/instruments': {
    contentType: 'application/json',
    body: () => Buffer.from(JSON.stringify({ code: 'matrix_eigen', name: 'Eigen instrument', legalBasis: 'Participatiewet art. 7', unit: 'hour', activeFrom: '2026-01-01' })),
  },
  'POST /api/v1/providers': {
    contentType: 'application/json',
    body: () => Buffer.from(JSON.stringify({ name: 'Eigen aanbieder', providerType: 'other' })),
  },
  'POST /api/v1/employers': {
    contentType: 'application/json',
    body: () => Buffer.from(JSON.stringify({ name: 'Eigen werkgever', sector: 'trade', postcode: '7491AB', city: 'Voorbeeld' })),
  },
  // A calculation on the body alone: it reads only the national norm tables and stores nothing.
  'POST /api/v1/benefit-calculations': {
    contentType: 'application/json',
    body: () => Buffer.from(JSON.stringify({ month: '2026-03', applicant: { birthDate: '1990-05-10' } })),
  },
  'POST /api/v1/forecast-scenarios': {
    contentType: 'application/json',
    body: () => Buffer.from(JSON.stringify({
      name: `Eigen scenario ${crypto.randomUUID()}`, startMonth: '2027-01', horizonMonths: 12, startCaseload: 10, inflowPerMonth: 1, outflowPctPerMonth: 1,
      benefitCostPerHouseholdCents: 1, benefitCostSource: 'Matrix', shelteredGrowthPct: 0, shelteredCostPerPlaceCents: 1, shelteredCostSource: 'Matrix',
    })),
  },
  // A payment run and a check draw of the caller's own municipality, for a month the demo has not done yet.
  'POST /api/v1/payment-runs': {
    contentType: 'application/json',
    body: () => Buffer.from(JSON.stringify({ month: todayIso().slice(0, 7) })),
  },
  'POST /api/v1/benefit-check-draws': {
    contentType: 'application/json',
    body: () => Buffer.from(JSON.stringify({ month: addMonths(todayIso().slice(0, 7), -1) })),
  },
  // A draft plan of the caller's own municipality (the demo has plans for this year and next, not the one after).
  'POST /api/v1/council-reports': {
    contentType: 'application/json',
    body: () => Buffer.from(JSON.stringify({ kind: 'execution_plan', period: String(Number(todayIso().slice(0, 4)) + 2) })),
  },
  'POST /api/v1/assessment-frameworks': {
    contentType: 'application/json',
    body: () => Buffer.from(JSON.stringify({ name: 'Eigen kader', criteria: [{ kind: 'must_pass', title: 'Past binnen de wet' }] })),
  },
};

/**
 * Routes keyed by a value every municipality has (a year), not by a record id: there is no foreign id to aim at.
 * They always act on the caller's own municipality; trajectories.int.test.ts checks that a change by one
 * municipality leaves the other's figure alone; the supply-need report is built from the caller's tenant only.
 */
const perMunicipalityByDesign = [
  'GET /api/v1/reintegration-budgets/:year', 'PUT /api/v1/reintegration-budgets/:year',
  'GET /api/v1/supply-need-reports/:year', 'GET /api/v1/supply-need-reports/:year/export', // aggregates of the caller's own municipality
  // Sheltered-work target, fill and waiting list of the caller's own municipality (sheltered-work.int.test.ts).
  'GET /api/v1/sheltered-work/:year', 'PUT /api/v1/sheltered-work/:year/target', 'GET /api/v1/sheltered-work/:year/forecast',
  // Counts over the whole region by design, never a row (placements.int.test.ts checks that no id leaks).
  'GET /api/v1/placement-figures/:year',
  // Finance of the caller's own municipality: aggregates keyed by year, stream and basis (finance.int.test.ts checks
  // that Buurdorp's figures are not Voorbeeld's and that a change in one leaves the other alone).
  'GET /api/v1/finance/:year', 'PUT /api/v1/finance/:year/:basis/:stream', 'PUT /api/v1/finance/reserve', 'GET /api/v1/finance/export.xlsx',
  // Dashboards: counts of the caller's own municipality, or of its region by design (suppressed); the reference figures
  // are the caller's own; the CBS files are the caller's own municipality per month. dashboards.int.test.ts and
  // cbs-exports.int.test.ts check that nothing of Buurdorp reaches Voorbeeld's figures, files or settings.
  'GET /api/v1/dashboards/:area', 'GET /api/v1/dashboards/:area/:figure', 'POST /api/v1/dashboard-settings/reference-figures',
  'GET /api/v1/cbs-exports/:kind/:month',
];

let t: TestApp;
let foreign: { residentIds: string[]; bsns: string[]; frameworkId: string; assessmentId: string } & Record<'trajectoryId' | 'instrumentId' | 'offerId' | 'providerId', string>;
beforeAll(async () => {
  t = await startTestApp();
  const buurdorp = await t.db.selectFrom('municipalities').select('id').where('code', '=', 'buurdorp').executeTakeFirstOrThrow();
  const rows = await t.db.selectFrom('residents').select(['id', 'bsn']).where('municipalityId', '=', buurdorp.id).execute();
  const assessment = await t.db.selectFrom('assessments').select(['id', 'frameworkId']).where('municipalityId', '=', buurdorp.id).executeTakeFirstOrThrow();
  const offer = await t.db.selectFrom('instrumentOffers').select(['id', 'instrumentId', 'organisationId']).where('municipalityId', '=', buurdorp.id).executeTakeFirstOrThrow();
  const trajectory = await t.db.selectFrom('trajectories').select('id').where('municipalityId', '=', buurdorp.id).executeTakeFirstOrThrow();
  foreign = {
    residentIds: rows.map((r) => r.id), bsns: rows.map((r) => r.bsn), frameworkId: assessment.frameworkId, assessmentId: assessment.id,
    trajectoryId: trajectory.id, instrumentId: offer.instrumentId, offerId: offer.id, providerId: offer.organisationId,
  };
});
// Employers of Buurdorp. The opportunity is one Buurdorp does NOT share: a shared one is readable across the region by
// design (employers.int.test.ts checks that, and that it is still 404 on PATCH).
let foreignEmployer: Record<'employerId' | 'contactId' | 'opportunityId', string>;
beforeAll(async () => {
  const contact = await t.db.selectFrom('employerContacts as c').innerJoin('municipalities as m', 'm.id', 'c.municipalityId')
    .select(['c.id', 'c.employerId']).where('m.code', '=', 'buurdorp').orderBy('c.id').executeTakeFirstOrThrow();
  const opportunity = await t.db.selectFrom('opportunities as o').innerJoin('municipalities as m', 'm.id', 'o.municipalityId')
    .select('o.id').where('m.code', '=', 'buurdorp').where('o.sharedWithRegion', '=', false).orderBy('o.id').executeTakeFirstOrThrow();
  foreignEmployer = { employerId: contact.employerId, contactId: contact.id, opportunityId: opportunity.id };
});
// A placement of a Buurdorp resident (the demo places one at a Voorbeeld employer).
let foreignPlacementId: string;
beforeAll(async () => {
  const placement = await t.db.selectFrom('placements as p').innerJoin('municipalities as m', 'm.id', 'p.municipalityId')
    .select('p.id').where('m.code', '=', 'buurdorp').orderBy('p.id').executeTakeFirstOrThrow();
  foreignPlacementId = placement.id;
});
// A forecast scenario of Buurdorp (the demo seeds one).
let foreignScenarioId: string;
beforeAll(async () => {
  const scenario = await t.db.selectFrom('forecastScenarios as f').innerJoin('municipalities as m', 'm.id', 'f.municipalityId')
    .select('f.id').where('m.code', '=', 'buurdorp').orderBy('f.id').executeTakeFirstOrThrow();
  foreignScenarioId = scenario.id;
});
// Matching: a real token of a Buurdorp candidate for Buurdorp's opportunity, and a reveal request about a Buurdorp
// resident (asked by Voorbeeld, so a Voorbeeld consultant might be tempted to decide on it: only Buurdorp may).
let foreignMatching: { token: string; revealRequestId: string };
beforeAll(async () => {
  const key = await pseudonymKey(t.db);
  const [buurdorp, voorbeeldAm, ownOpportunity] = await Promise.all([
    t.db.selectFrom('municipalities').select('id').where('code', '=', 'buurdorp').executeTakeFirstOrThrow(),
    t.db.selectFrom('users').select(['id', 'municipalityId']).where('username', '=', 'employer_account_manager@voorbeeld').executeTakeFirstOrThrow(),
    t.db.selectFrom('opportunities as o').innerJoin('municipalities as m', 'm.id', 'o.municipalityId').select('o.id').where('m.code', '=', 'voorbeeld').orderBy('o.id').executeTakeFirstOrThrow(),
  ]);
  const request = await t.db.insertInto('candidateReveals').values({
    municipalityId: buurdorp.id, residentId: foreign.residentIds[0], opportunityId: ownOpportunity.id, requesterMunicipalityId: voorbeeldAm.municipalityId, requestedBy: voorbeeldAm.id,
  }).returning('id').executeTakeFirstOrThrow();
  foreignMatching = { token: candidateToken(key, foreignEmployer.opportunityId, foreign.residentIds[1]), revealRequestId: request.id };
});
// Buurdorp's payment run, one of its payments and its check draw with a case (the demo seeds them).
let foreignPayments: Record<'runId' | 'paymentId' | 'drawId' | 'caseId', string>;
beforeAll(async () => {
  const buurdorp = await t.db.selectFrom('municipalities').select('id').where('code', '=', 'buurdorp').executeTakeFirstOrThrow();
  const payment = await t.db.selectFrom('benefitPayments').select(['id', 'runId']).where('municipalityId', '=', buurdorp.id).orderBy('id').executeTakeFirstOrThrow();
  const checkCase = await t.db.selectFrom('checkCases').select(['id', 'drawId']).where('municipalityId', '=', buurdorp.id).where('status', '=', 'open').orderBy('id').executeTakeFirstOrThrow();
  foreignPayments = { runId: payment.runId, paymentId: payment.id, drawId: checkCase.drawId, caseId: checkCase.id };
});
// Buurdorp's income casework: an application, a decision, a benefit and reported changes (the demo seeds them).
let foreignIncome: Record<'applicationId' | 'decisionId' | 'benefitId' | 'incomeReportId' | 'householdReportId', string>;
beforeAll(async () => {
  const buurdorp = await t.db.selectFrom('municipalities').select('id').where('code', '=', 'buurdorp').executeTakeFirstOrThrow();
  const first = <T extends 'benefitApplications' | 'benefitDecisions' | 'benefitIncomeReports' | 'benefitHouseholdReports'>(table: T) =>
    t.db.selectFrom(table as 'benefitApplications').select('id').where('municipalityId', '=', buurdorp.id).orderBy('id').executeTakeFirstOrThrow().then((r) => r.id);
  const benefit = await t.db.selectFrom('benefits').select('id').where('municipalityId', '=', buurdorp.id).where('status', '=', 'active').orderBy('id').executeTakeFirstOrThrow();
  foreignIncome = {
    applicationId: await first('benefitApplications'), decisionId: await first('benefitDecisions'), benefitId: benefit.id,
    incomeReportId: await first('benefitIncomeReports'), householdReportId: await first('benefitHouseholdReports'),
  };
});
// A council report of Buurdorp (the demo seeds reports for Voorbeeld only).
let foreignReportId: string;
beforeAll(async () => {
  const buurdorp = await t.db.selectFrom('municipalities').select('id').where('code', '=', 'buurdorp').executeTakeFirstOrThrow();
  const row = await t.db.insertInto('councilReports').values({ municipalityId: buurdorp.id, kind: 'quarterly', period: `${todayIso().slice(0, 4)}-Q1`, narrative: JSON.stringify({ summary: 'Van Buurdorp' }) })
    .returning('id').executeTakeFirstOrThrow();
  foreignReportId = row.id;
});
afterAll(async () => { await t?.close(); });

const apiRoutes = () => t.app.routeRegistry.filter((r) => r.url.startsWith('/api/'));

function bodyFor(key: string): object {
  const body = sampleBodies[key];
  if (body === 'foreign-reassignment') {
    return { residentIds: [foreign.residentIds[0]], toUserId: '00000000-0000-4000-8000-000000000000', reason: 'Overdracht van een ander' };
  }
  if (body === 'foreign-assignment') return { opportunityIds: [foreignEmployer.opportunityId] };
  if (body === 'foreign-benefit-application') return { residentId: foreign.residentIds[0], requestedStartDate: day, iban: 'NL91ABNA0417164300', accountHolder: 'In Dringer' };
  if (body === 'foreign-benefit-decision') return { kind: 'end', benefitId: foreignIncome.benefitId, effectiveDate: day, endReason: 'moved', reasoning: 'Verhuisd naar een andere gemeente, dus geen recht meer.' };
  if (body === 'foreign-income-report') return { benefitId: foreignIncome.benefitId, month: day.slice(0, 7), earningsApplicantCents: 100 };
  if (body === 'foreign-household-report') return { benefitId: foreignIncome.benefitId, effectiveDate: day, givenNames: 'In Dringer', birthDate: '1990-01-01', sharesCosts: true };
  if (body === 'foreign-framework') return { frameworkId: foreign.frameworkId, title: 'Via andermans kader', submittedBy: 'Partner' };
  return body as object;
}

function fillParams(url: string): string {
  return url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    if (name === 'id' || name === 'residentId') return foreign.residentIds[0];
    if (name === 'itemId') return '00000000-0000-4000-8000-0000000000aa';
    if (name === 'frameworkId') return foreign.frameworkId;
    if (name === 'assessmentId') return foreign.assessmentId;
    if (name === 'trajectoryId' || name === 'instrumentId' || name === 'offerId' || name === 'providerId') return foreign[name];
    if (name === 'employerId' || name === 'contactId' || name === 'opportunityId') return foreignEmployer[name];
    if (name === 'placementId') return foreignPlacementId;
    if (name === 'scenarioId') return foreignScenarioId;
    if (name === 'token' || name === 'revealRequestId') return foreignMatching[name];
    if (name === 'runId' || name === 'paymentId' || name === 'drawId' || name === 'caseId') return foreignPayments[name];
    if (name === 'reportId') return foreignReportId;
    if (name === 'applicationId' || name === 'decisionId' || name === 'benefitId' || name === 'incomeReportId' || name === 'householdReportId') return foreignIncome[name];
    throw new Error(`No foreign fixture for path parameter :${name} in ${url}: add one to tenancy-matrix.int.test.ts`);
  });
}

/**
 * The response as text, minus the one place a foreign id may rightly stand: the caller's own refused
 * attempt in the audit log (objectId of a 'denied' event), which records what they tried to open.
 */
function visibleText(body: unknown): string {
  return JSON.stringify(body, function (this: Record<string, unknown>, k, v) {
    return k === 'objectId' && this.result === 'denied' ? undefined : v;
  });
}

describe('cross-municipality access matrix', () => {
  it('every API route declares its access; only the known ones are public', () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(5);
    for (const r of routes) expect(r.access, `${r.method} ${r.url} has no access declaration`).toBeDefined();
    const publicOnes = routes.filter((r) => r.access && 'public' in r.access).map((r) => `${r.method} ${r.url}`);
    for (const p of publicOnes) expect(publicRoutes).toContain(p);
  });

  it('refuses another municipality\'s data on every route, for every role that may use it', async () => {
    let checked = 0;
    for (const route of apiRoutes()) {
      const access = route.access as RouteAccess;
      if (!('resource' in access)) continue;
      const key = `${route.method} ${route.url}`;
      if (perMunicipalityByDesign.includes(key)) continue;
      for (const role of roles) {
        if (!scopeFor(role, access.resource, access.action)) continue;
        const cookie = await t.login(`${role}@voorbeeld`);
        if (key in ownMunicipalityRoutes) {
          const sample = ownMunicipalityRoutes[key];
          const buurdorpCount = () => t.db.selectFrom('residents').innerJoin('municipalities as m', 'm.id', 'residents.municipalityId')
            .select((eb) => eb.fn.countAll<number>().as('n')).where('m.code', '=', 'buurdorp').executeTakeFirstOrThrow().then((r) => Number(r.n));
          const before = await buurdorpCount();
          const res = await t.app.inject({
            method: route.method as 'POST', url: `${route.url}?dryRun=false`, headers: { cookie, 'content-type': sample.contentType }, payload: sample.body(),
          });
          expect([200, 201], `${key} as ${role}: ${res.body}`).toContain(res.statusCode);
          for (const id of foreign.residentIds) expect(res.body.includes(id), `${key} as ${role} leaks ${id}`).toBe(false);
          expect(await buurdorpCount(), `${key} as ${role} changed Buurdorp`).toBe(before);
          checked++;
          continue;
        }
        const hasParams = route.url.includes(':');
        const url = fillParams(route.url);
        if (route.method === 'GET' && !hasParams) {
          // Lists and searches: aim at a foreign person in every way a list can be asked.
          for (const query of ['', `?residentId=${foreign.residentIds[0]}`, `?q=${foreign.bsns[0]}`, '?view=all', '?view=team']) {
            const res = await t.app.inject({ method: 'GET', url: `${url}${query}`, headers: { cookie } });
            expect([200, 400, 403], `${key}${query} as ${role}`).toContain(res.statusCode);
            const text = res.statusCode === 200 ? visibleText(res.json()) : res.body;
            for (const id of foreign.residentIds) expect(text.includes(id), `${key}${query} as ${role} leaks ${id}`).toBe(false);
            for (const bsn of foreign.bsns) expect(text.includes(bsn), `${key}${query} as ${role} leaks a BSN`).toBe(false);
          }
        } else {
          const needsBody = route.method !== 'GET' && route.method !== 'DELETE';
          if (needsBody && !(key in sampleBodies)) throw new Error(`No sample body for ${key}: add one to tenancy-matrix.int.test.ts`);
          const res = await t.app.inject({
            method: route.method as 'GET', url, headers: { cookie, 'if-match': '"v1"' },
            ...(needsBody ? { payload: bodyFor(key) } : {}),
          });
          expect(res.statusCode, `${key} as ${role}: ${res.body}`).toBe(404);
          expect(res.headers['content-type']).toContain('application/problem+json');
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
    expect(await t.db.selectFrom('paymentRuns').select(['status', 'version']).where('id', '=', foreignPayments.runId).execute()).toEqual([{ status: 'approved', version: 4 }]);
    expect(await t.db.selectFrom('checkCases').select(['status', 'version']).where('id', '=', foreignPayments.caseId).execute()).toEqual([{ status: 'open', version: 1 }]);
    // The foreign data was not changed by any of it.
    const changed = await t.db.selectFrom('residents').select('id').where('id', 'in', foreign.residentIds).where('version', '>', 1).execute();
    expect(changed).toEqual([]);
    const foreignFramework = await t.db.selectFrom('assessmentFrameworks').select('version').where('id', '=', foreign.frameworkId).executeTakeFirstOrThrow();
    expect(foreignFramework.version).toBe(1);
    const foreignAssessments = await t.db.selectFrom('assessments').select(['id', 'version']).where('frameworkId', '=', foreign.frameworkId).execute();
    expect(foreignAssessments).toEqual([{ id: foreign.assessmentId, version: 2 }]);  // the seeded example, decided once
    const foreignEmployerRows = await t.db.selectFrom('employers').select('version').where('id', '=', foreignEmployer.employerId).execute();
    expect(foreignEmployerRows).toEqual([{ version: 1 }]);
    expect(await t.db.selectFrom('employerContacts').select('id').where('id', '=', foreignEmployer.contactId).execute()).toHaveLength(1);
    expect(await t.db.selectFrom('opportunities').select(['version', 'status']).where('id', '=', foreignEmployer.opportunityId).execute())
      .toEqual([{ version: 1, status: 'open' }]);
    expect(await t.db.selectFrom('placements').select(['version', 'status']).where('id', '=', foreignPlacementId).execute()).toEqual([{ version: 1, status: 'active' }]);
    expect(await t.db.selectFrom('forecastScenarios').select('version').where('id', '=', foreignScenarioId).execute()).toEqual([{ version: 1 }]);
    expect(await t.db.selectFrom('councilReports').select(['version', 'status']).where('id', '=', foreignReportId).execute()).toEqual([{ version: 1, status: 'draft' }]);
    expect(await t.db.selectFrom('candidateReveals').select('status').where('id', '=', foreignMatching.revealRequestId).execute()).toEqual([{ status: 'pending' }]);
    expect(await t.db.selectFrom('candidateReveals').select('id').where('residentId', 'in', foreign.residentIds).execute()).toHaveLength(1);
  });

  it('a resident\'s own account reaches only that resident', async () => {
    const cookie = await t.login('resident@voorbeeld');
    const self = await t.db.selectFrom('users').select('residentId').where('username', '=', 'resident@voorbeeld').executeTakeFirstOrThrow();
    expect((await t.app.inject({ url: `/api/v1/residents/${self.residentId}`, headers: { cookie } })).statusCode).toBe(200);
    const neighbour = await t.db.selectFrom('residents').innerJoin('users', 'users.municipalityId', 'residents.municipalityId')
      .select('residents.id').where('users.username', '=', 'resident@voorbeeld').where('residents.id', '!=', self.residentId!).limit(1).executeTakeFirstOrThrow();
    expect((await t.app.inject({ url: `/api/v1/residents/${neighbour.id}`, headers: { cookie } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/residents', headers: { cookie } })).statusCode).toBe(403);
  });
});
