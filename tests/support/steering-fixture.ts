import type { Insertable, Kysely } from 'kysely';
import type { DB, ResidentsTable } from '../../src/db/types.ts';
import { BsnSequence } from '../../src/demo/population.ts';
import { hashPassword } from '../../src/modules/access/passwords.ts';
import { todayIso } from '../../src/rules/dates.ts';
import { dayFromToday } from './fixtures.ts';

/**
 * A small, known data set for the dashboards and the CBS deliveries, built with inserts (not the demo), so every figure
 * can be computed by hand. Two municipalities in one region — Alfa (40 residents) and Beta (5) — and Gamma outside it.
 *
 * Alfa, 40 residents:
 *  - ladder: not measured 6, step 1: 5, step 2: 8, step 3: 7, step 4: 5, step 5: 3, step 6: 6
 *  - contact person: consultant A1 (Team Een) the first 25, consultant A2 (Team Twee) the last 15; days since last
 *    contact — A1: 0–30 ×10, 31–90 ×8, 91–180 ×4, 181+ ×2, never ×1; A2: 0–30 ×6, 31–90 ×5, 91–180 ×2, never ×2
 *  - target groups: bijstand ×30 (residents 0–29), nug ×6 (30–35), statushouder ×3 (0–2), jongere_rmc ×2 running (30, 31)
 *    and one ended yesterday (32), nieuw_beschut ×1 starting tomorrow (33)
 *  - benefits: running — 5 from 2025-01-10 (residents 0–4), 2 from 2025-02-03 (5–6), 5 from 2024-06-01 (7–11);
 *    ended — from 2024-03-01 until 2025-01-31 (reason work, residents 12–13), until 2025-02-15 (moved, 14),
 *    until 2025-03-20 (no reason, 15). Resident 0 has resident 16 as partner.
 *  - trajectories: werkervaringsplek started 2025-01-15 (running, resident 20) and started 2025-02-10, ended 2025-03-05
 *    with paid work (21); scholing started 2024-11-01, ended 2025-02-20 dropped out (22); maatwerk started 2025-03-01
 *    (running, 23); one proposed, never started (24)
 *  - placements: a regular job from 2025-02-01 with wage-cost subsidy and a job coach (resident 25); sheltered work from
 *    2024-05-01, 31 h/week (26); sheltered-work target this year 62 h/week at 31 h per placement
 * Beta, 5 residents: none measured; 3 running benefits (2024-01-01); one consultant B1.
 * Gamma (no region), 8 residents with 8 running benefits: must never show up in Alfa's region.
 */
export interface SteeringFixture {
  ids: { alfa: string; beta: string; gamma: string; region: string };
  residents: { alfa: string[]; beta: string[]; gamma: string[] };
  bsns: { alfa: string[]; beta: string[]; gamma: string[] };
  benefitIds: string[];
  users: Record<'analystA' | 'leadA' | 'adminA' | 'incomeA' | 'consultantA1' | 'consultantA2' | 'analystB' | 'adminB', string>;
}

export const fixtureUsers = {
  analystA: 'analist@alfa', leadA: 'teamleider@alfa', adminA: 'beheer@alfa', incomeA: 'inkomen@alfa',
  consultantA1: 'consulent1@alfa', consultantA2: 'consulent2@alfa', analystB: 'analist@beta', adminB: 'beheer@beta',
} as const;

const ladderOfAlfa = [...Array(6).fill(null), ...Array(5).fill(1), ...Array(8).fill(2), ...Array(7).fill(3), ...Array(5).fill(4), ...Array(3).fill(5), ...Array(6).fill(6)];
/** days since last contact per Alfa resident (null = never): A1 (0–24), then A2 (25–39) */
const contactDaysOfAlfa: (number | null)[] = [
  ...Array(10).fill(5), ...Array(8).fill(60), ...Array(4).fill(120), ...Array(2).fill(200), null,
  ...Array(6).fill(10), ...Array(5).fill(31), ...Array(2).fill(91), null, null,
];

export async function buildSteeringFixture(db: Kysely<DB>): Promise<SteeringFixture> {
  const passwordHash = await hashPassword('meedoen-demo');
  const bsns = new BsnSequence(98_000_000);
  const today = todayIso();
  const region = await db.insertInto('regions').values({ name: 'Regio Proefvallei' }).returning('id').executeTakeFirstOrThrow();
  const municipality = (code: string, name: string, cbsCode: string, regionId: string | null, inhabitants: number | null) =>
    db.insertInto('municipalities').values({ code, name, cbsCode, regionId, inhabitants }).returning('id').executeTakeFirstOrThrow().then((r) => r.id);
  const alfa = await municipality('alfa', 'Alfa', 'GM9801', region.id, 9_000);
  const beta = await municipality('beta', 'Beta', 'GM9802', region.id, 5_000);
  const gamma = await municipality('gamma', 'Gamma', 'GM9803', null, 4_000);

  const organisation = (municipalityId: string, kind: 'municipality' | 'provider', name: string) =>
    db.insertInto('organisations').values({ municipalityId, kind, name }).returning('id').executeTakeFirstOrThrow().then((r) => r.id);
  const team = (municipalityId: string, name: string) => db.insertInto('teams').values({ municipalityId, name }).returning('id').executeTakeFirstOrThrow().then((r) => r.id);
  const orgs = { alfa: await organisation(alfa, 'municipality', 'Gemeente Alfa'), beta: await organisation(beta, 'municipality', 'Gemeente Beta'), gamma: await organisation(gamma, 'municipality', 'Gemeente Gamma') };
  const provider = await organisation(alfa, 'provider', 'Werkbedrijf Alfa');
  const teamEen = await team(alfa, 'Team Een');
  const teamTwee = await team(alfa, 'Team Twee');
  const teamBeta = await team(beta, 'Team Beta');
  const teamGamma = await team(gamma, 'Team Gamma');

  const user = (municipalityId: string, organisationId: string, teamId: string | null, username: string, displayName: string, role: string) =>
    db.insertInto('users').values({ municipalityId, organisationId, teamId, username, displayName, role, passwordHash, isDemo: true })
      .returning('id').executeTakeFirstOrThrow().then((r) => r.id);
  const users = {
    analystA: await user(alfa, orgs.alfa, null, fixtureUsers.analystA, 'Anna Analist', 'policy_analyst'),
    leadA: await user(alfa, orgs.alfa, teamEen, fixtureUsers.leadA, 'Tom Leider', 'team_lead'),
    adminA: await user(alfa, orgs.alfa, null, fixtureUsers.adminA, 'Bea Beheer', 'administrator'),
    incomeA: await user(alfa, orgs.alfa, null, fixtureUsers.incomeA, 'Ian Inkomen', 'income_consultant'),
    consultantA1: await user(alfa, orgs.alfa, teamEen, fixtureUsers.consultantA1, 'Cor Een', 'work_consultant'),
    consultantA2: await user(alfa, orgs.alfa, teamTwee, fixtureUsers.consultantA2, 'Dina Twee', 'work_consultant'),
    analystB: await user(beta, orgs.beta, null, fixtureUsers.analystB, 'Bob Analist', 'policy_analyst'),
    adminB: await user(beta, orgs.beta, null, fixtureUsers.adminB, 'Bas Beheer', 'administrator'),
  };
  const consultantB = await user(beta, orgs.beta, teamBeta, 'consulent@beta', 'Els Beta', 'work_consultant');
  const consultantC = await user(gamma, orgs.gamma, teamGamma, 'consulent@gamma', 'Gijs Gamma', 'work_consultant');

  const residentRow = (municipalityId: string, i: number, contact: { id: string; team: string }, ladderStep: number | null, lastContactOn: string | null): Insertable<ResidentsTable> => ({
    municipalityId, bsn: bsns.next(), givenNames: `Proef${i}`, surname: `Persoon${String(i).padStart(2, '0')}`, birthDate: '1985-05-05',
    street: 'Proefstraat', houseNumber: i + 1, postcode: '9999ZZ', city: 'Proefdorp', contactPersonId: contact.id, teamId: contact.team,
    ladderStep, ladderMeasuredOn: ladderStep === null ? null : '2025-06-01', lastContactOn,
  });
  const insertResidents = async (rows: Insertable<ResidentsTable>[]) => {
    const out = await db.insertInto('residents').values(rows).returning(['id', 'bsn']).execute();
    return { ids: out.map((r) => r.id), bsns: out.map((r) => r.bsn) };
  };
  const a = await insertResidents(ladderOfAlfa.map((step, i) => residentRow(alfa, i, i < 25 ? { id: users.consultantA1, team: teamEen } : { id: users.consultantA2, team: teamTwee },
    step, contactDaysOfAlfa[i] === null ? null : dayFromToday(-contactDaysOfAlfa[i]!))));
  const b = await insertResidents(Array.from({ length: 5 }, (_, i) => residentRow(beta, 100 + i, { id: consultantB, team: teamBeta }, null, dayFromToday(-3))));
  const g = await insertResidents(Array.from({ length: 8 }, (_, i) => residentRow(gamma, 200 + i, { id: consultantC, team: teamGamma }, 2, dayFromToday(-3))));

  const groups: { i: number; code: string; start: string; end?: string }[] = [
    ...Array.from({ length: 30 }, (_, i) => ({ i, code: 'bijstand', start: '2024-01-01' })),
    ...Array.from({ length: 6 }, (_, k) => ({ i: 30 + k, code: 'nug', start: '2024-01-01' })),
    ...[0, 1, 2].map((i) => ({ i, code: 'statushouder', start: '2023-05-01' })),
    { i: 30, code: 'jongere_rmc', start: '2024-01-01' }, { i: 31, code: 'jongere_rmc', start: '2024-01-01' },
    { i: 32, code: 'jongere_rmc', start: '2024-01-01', end: dayFromToday(-1) }, { i: 33, code: 'nieuw_beschut', start: dayFromToday(1) },
  ];
  await db.insertInto('residentTargetGroups').values(groups.map((x) => ({ municipalityId: alfa, residentId: a.ids[x.i], code: x.code, startDate: x.start, endDate: x.end ?? null }))).execute();

  const situation = (partner: boolean) => ({
    applicant: { birthDate: '1985-05-05', earningsCents: 0, generalReleaseMonthsUsed: 0, singleParentReleaseMonthsUsed: 0 },
    partner: partner ? { birthDate: '1986-06-06', earningsCents: 0, generalReleaseMonthsUsed: 0 } : null,
    children: [], costSharers: [], intensiveInformalCare: false, otherIncomeCents: 0, giftsCents: 0, giftsEarlierThisYearCents: 0,
  });
  const benefit = (municipalityId: string, residentId: string, startDate: string, end?: { date: string; reason: string | null }, partnerResidentId: string | null = null) => ({
    municipalityId, residentId, partnerResidentId, startDate, endDate: end?.date ?? null, endReason: end?.reason ?? null, status: end ? 'ended' as const : 'active' as const,
    iban: 'NL91DEMO0123456789', accountHolder: 'Proef', situation: situation(partnerResidentId !== null),
  });
  const benefitRows = [
    ...[0, 1, 2, 3, 4].map((i) => benefit(alfa, a.ids[i], '2025-01-10', undefined, i === 0 ? a.ids[16] : null)),
    ...[5, 6].map((i) => benefit(alfa, a.ids[i], '2025-02-03')),
    ...[7, 8, 9, 10, 11].map((i) => benefit(alfa, a.ids[i], '2024-06-01')),
    benefit(alfa, a.ids[12], '2024-03-01', { date: '2025-01-31', reason: 'work' }),
    benefit(alfa, a.ids[13], '2024-03-01', { date: '2025-01-31', reason: 'work' }),
    benefit(alfa, a.ids[14], '2024-03-01', { date: '2025-02-15', reason: 'moved' }),
    benefit(alfa, a.ids[15], '2024-03-01', { date: '2025-03-20', reason: null }),
    ...b.ids.slice(0, 3).map((id) => benefit(beta, id, '2024-01-01')),
    ...g.ids.map((id) => benefit(gamma, id, '2024-01-01')),
  ];
  const benefitIds = (await db.insertInto('benefits').values(benefitRows).returning('id').execute()).map((r) => r.id);

  const instrument = (code: string, name: string) => db.insertInto('instruments').values({ municipalityId: alfa, code, name, legalBasis: 'Participatiewet art. 7', unit: 'trajectory', activeFrom: '2020-01-01' })
    .returning('id').executeTakeFirstOrThrow().then((r) => r.id);
  const wep = await instrument('werkervaringsplek', 'Werkervaringsplek');
  const scholing = await instrument('scholing', 'Scholing');
  const trajectory = (i: number, instrumentId: string | null, status: string, startedOn: string | null, end?: { on: string; outcome: string }) => ({
    municipalityId: alfa, residentId: a.ids[i], instrumentId, organisationId: provider,
    customTitle: instrumentId ? null : 'Fietsles', customReason: instrumentId ? null : 'Nodig voor woon-werkverkeer, niet in de catalogus',
    units: 1, unit: 'trajectory', unitPriceCents: 100_000, amountCents: 100_000, budgetYear: 2025, status, needsSecondApproval: false,
    fourEyesThresholdCents: 500_000, proposedBy: users.consultantA1, plannedStartOn: startedOn ?? '2025-04-01', plannedEndOn: '2025-12-31',
    startedOn, endedOn: end?.on ?? null, outcome: end?.outcome ?? null, realisedCents: end ? 100_000 : null,
  });
  await db.insertInto('trajectories').values([
    trajectory(20, wep, 'started', '2025-01-15'),
    trajectory(21, wep, 'ended', '2025-02-10', { on: '2025-03-05', outcome: 'paid_work' }),
    trajectory(22, scholing, 'ended', '2024-11-01', { on: '2025-02-20', outcome: 'dropped_out' }),
    trajectory(23, null, 'started', '2025-03-01'),
    trajectory(24, wep, 'proposed', null),
  ] as never).execute();

  const employer = await db.insertInto('employers').values({ municipalityId: alfa, name: 'Bakkerij Proef', sector: 'trade', postcode: '9999ZZ', city: 'Proefdorp' })
    .returning('id').executeTakeFirstOrThrow();
  await db.insertInto('placements').values([
    {
      municipalityId: alfa, residentId: a.ids[25], employerId: employer.id, kind: 'regular_job', contractHoursPerWeek: 24, hourlyWageCents: 1500,
      startDate: '2025-02-01', wageCostSubsidy: true, wageCostSubsidyMonthlyCents: 50_000, wageCostSubsidyCalculation: { lines: [] }, jobCoach: true, jobCoachHoursPerMonth: 4,
    },
    { municipalityId: alfa, residentId: a.ids[26], employerId: employer.id, kind: 'sheltered_work', contractHoursPerWeek: 31, hourlyWageCents: 1500, startDate: '2024-05-01' },
  ]).execute();
  await db.insertInto('shelteredWorkTargets').values({ municipalityId: alfa, year: Number(today.slice(0, 4)), targetHoursPerWeek: 62, hoursPerPlacement: 31, source: 'Proef' }).execute();

  return {
    ids: { alfa, beta, gamma, region: region.id },
    residents: { alfa: a.ids, beta: b.ids, gamma: g.ids }, bsns: { alfa: a.bsns, beta: b.bsns, gamma: g.bsns },
    benefitIds, users,
  };
}
