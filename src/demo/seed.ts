import type { Insertable, Kysely } from 'kysely';
import type { DB, HouseholdMembersTable, LadderMeasurementsTable, ResidentsTable, ResidentTargetGroupsTable } from '../db/types.ts';
import { demoPassword, hashPassword } from '../modules/access/passwords.ts';
import { roles, type Role } from '../modules/access/roles.ts';
import { seedApplicationsDemo } from './applications.ts';
import { seedAssessmentDemo } from './assessment.ts';
import { seedCouncilReportsDemo } from './council-reports.ts';
import { seedBenefitsDemo } from './benefits.ts';
import { seedDashboardDemo } from './dashboards.ts';
import { seedOutflowDemo } from './outflow.ts';
import { seedPaymentsDemo } from './payments.ts';
import { seedEmployersDemo } from './employers.ts';
import { seedFinanceDemo } from './finance.ts';
import { seedPlacementsDemo } from './placements.ts';
import { seedProvisionsDemo } from './provisions.ts';
import { seedWorkProfilesDemo } from './work-profiles.ts';
import { BsnSequence, syntheticAddress, syntheticPerson } from './population.ts';
import { Random } from './random.ts';
import { todayIso } from '../rules/dates.ts';
import { buurdorp, demoRegionName, voorbeeld, type DemoMunicipality } from './region.ts';

/** Ladder steps by municipal category (null = 'geen', not yet measured). */
const stepOfCategory = { geen: null, zorg: 1, maatschappelijke_activering: 2, arbeidsactivering: 3, arbeidstoeleiding: 4, betaald_werk: 5 } as const;
type Category = keyof typeof stepOfCategory;

interface Plan {
  municipality: DemoMunicipality;
  households: number;           // benefit households (hoofdontvangers)
  partners: number;             // of which with a partner who also receives
  categories: Record<Category, number>;  // over all recipients; sums to households + partners
  nugYouth: number;             // young jobseekers without benefit (NUG, RMC)
  refugees: number;             // recipients who are statushouder
  teams: { name: string; consultants: number }[];
  providerName: string;
  /** Re-integration budget of the current year (demo figure; Voorbeeld continues the seed's 2025 amount). */
  reintegrationBudgetCents: number;
  staffSurnames: string[];
}

// Voorbeeld mirrors domain.md: 462 recipients (385 + 77), 75% / 17% / 8% over the category groups.
export const voorbeeldPlan: Plan = {
  municipality: voorbeeld, households: 385, partners: 77,
  categories: { geen: 60, zorg: 120, maatschappelijke_activering: 166, arbeidsactivering: 45, arbeidstoeleiding: 34, betaald_werk: 37 },
  nugYouth: 18, refugees: 35,
  teams: [{ name: 'Team Werk Noord', consultants: 3 }, { name: 'Team Werk Zuid', consultants: 2 }],
  providerName: 'Werkbedrijf Voorbeeldvallei', reintegrationBudgetCents: 49_915_300, staffSurnames: ['Meerhof', 'Linde', 'Brinkman', 'Hazelaar', 'Duinwijk', 'Rietveld'],
};

export const buurdorpPlan: Plan = {
  municipality: buurdorp, households: 130, partners: 25,
  categories: { geen: 20, zorg: 40, maatschappelijke_activering: 56, arbeidsactivering: 15, arbeidstoeleiding: 11, betaald_werk: 13 },
  nugYouth: 8, refugees: 12,
  teams: [{ name: 'Team Werk en Inkomen', consultants: 2 }],
  providerName: 'Werkpunt Buurdorp', reintegrationBudgetCents: 16_000_000, staffSurnames: ['Klaverkamp', 'Wolkenberg', 'Zilverhorst'],
};

const staffGivenNames: Record<Role, string> = {
  work_consultant: 'Mirjam', income_consultant: 'Karim', employer_account_manager: 'Ellen', team_lead: 'Ruud',
  policy_analyst: 'Nadia', partner_coach: 'Joost', administrator: 'Beheer', resident: '',
};

function chunks<T>(rows: T[], size = 400): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function insertAll<T extends keyof DB>(db: Kysely<DB>, table: T, rows: Insertable<DB[T]>[]) {
  for (const part of chunks(rows)) await db.insertInto(table).values(part as never).execute();
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

async function seedMunicipality(db: Kysely<DB>, plan: Plan, regionId: string, passwordHash: string, today: string, random: Random, bsns: BsnSequence) {
  const m = plan.municipality;
  const municipality = await db.insertInto('municipalities')
    .values({ code: m.code, name: m.name, cbsCode: m.cbsCode, regionId, inhabitants: m.inhabitants })
    .returning('id').executeTakeFirstOrThrow();
  const municipalityId = municipality.id;
  // Postcode areas of the municipality: the resident import checks imported addresses against them.
  await db.insertInto('postcodeAreas').values(m.postcodeAreas.map((area) => ({ municipalityId, area }))).execute();
  const [own, provider] = await db.insertInto('organisations').values([
    { municipalityId, name: `Gemeente ${m.name}`, kind: 'municipality' },
    { municipalityId, name: plan.providerName, kind: 'provider' },
  ]).returning('id').execute();
  const teams = await db.insertInto('teams').values(plan.teams.map((t) => ({ municipalityId, name: t.name }))).returning('id').execute();

  // One demo account per role; the work consultant and the team lead are in the first team.
  const users: { id: string; role: Role; teamId: string | null; username: string }[] = [];
  for (const role of roles) {
    const teamId = role === 'work_consultant' || role === 'team_lead' ? teams[0].id : null;
    const displayName = role === 'resident' ? 'Inwoner (demo)' : `${staffGivenNames[role]} ${plan.staffSurnames[0]}`;
    const row = await db.insertInto('users').values({
      municipalityId, organisationId: role === 'partner_coach' ? provider.id : own.id, teamId,
      username: `${role}@${m.code}`, displayName, role, passwordHash, isDemo: true,
    }).returning('id').executeTakeFirstOrThrow();
    users.push({ id: row.id, role, teamId, username: `${role}@${m.code}` });
  }
  // The other consultants of each team, so caseloads and team views have something to show.
  const consultants = [{ id: users[0].id, teamId: teams[0].id }];
  let n = 2;
  for (const [t, team] of plan.teams.entries()) {
    const extra = t === 0 ? team.consultants - 1 : team.consultants;
    for (let i = 0; i < extra; i++, n++) {
      const row = await db.insertInto('users').values({
        municipalityId, organisationId: own.id, teamId: teams[t].id, username: `work_consultant${n}@${m.code}`,
        displayName: `${random.pick(['Sanne', 'Peter', 'Latifa', 'Jan', 'Eva', 'Hamid'])} ${plan.staffSurnames[(n - 1) % plan.staffSurnames.length]}`,
        role: 'work_consultant', passwordHash, isDemo: true,
      }).returning('id').executeTakeFirstOrThrow();
      consultants.push({ id: row.id, teamId: teams[t].id });
    }
  }

  // Recipients: the category of each is drawn without replacement, so the counts are exact.
  const categoryPool = shuffle(random, Object.entries(plan.categories).flatMap(([c, count]) => Array<Category>(count).fill(c as Category)));
  const residents: Insertable<ResidentsTable>[] = [];
  const targetGroups: Insertable<ResidentTargetGroupsTable>[] = [];
  const ladder: Insertable<LadderMeasurementsTable>[] = [];
  const members: Insertable<HouseholdMembersTable>[] = [];
  const households = await db.insertInto('households')
    .values(Array.from({ length: plan.households + plan.nugYouth }, () => ({ municipalityId }))).returning('id').execute();
  const withPartner = new Set(shuffle(random, [...Array(plan.households).keys()]).slice(0, plan.partners));

  const addResident = (person: ReturnType<typeof syntheticPerson>, householdId: string, role: 'primary' | 'partner', category: Category | null, consultant: { id: string; teamId: string }) => {
    const id = crypto.randomUUID();
    const step = category ? stepOfCategory[category] : null;
    let measuredOn: string | null = null;
    if (step !== null) {
      // Most measured within the last half year; about one in six is overdue for a new measurement.
      measuredOn = random.dateBetween(addMonths(today, random.chance(0.17) ? -12 : -6), addMonths(today, random.chance(0.17) ? -7 : 0));
      const previous = random.int(0, 2);
      for (let k = previous; k >= 1; k--) {
        ladder.push({ municipalityId, residentId: id, step: Math.max(1, step - (random.chance(0.5) ? 1 : 0)), measuredOn: addMonths(measuredOn, -6 * k), measuredBy: consultant.id, motivation: 'Eerdere meting bij intake of evaluatie.' });
      }
      ladder.push({ municipalityId, residentId: id, step, measuredOn, measuredBy: consultant.id, motivation: 'Gemeten in gesprek met de inwoner.' });
    }
    residents.push({
      id, municipalityId, ...person, householdId, householdRole: role, contactPersonId: consultant.id, teamId: consultant.teamId,
      ladderStep: step, ladderMeasuredOn: measuredOn,
      lastContactOn: random.chance(0.95) ? random.dateBetween(addMonths(today, -5), today) : null,
    });
    return id;
  };

  // The demo work consultant gets about a fifth of the caseload; the rest is spread over the others.
  const consultantFor = (i: number) => (i % 5 === 0 ? consultants[0] : consultants[1 + (i % (consultants.length - 1))]);
  let categoryIndex = 0;
  const recipientIds: string[] = [];
  for (let h = 0; h < plan.households; h++) {
    const consultant = consultantFor(h);
    const address = syntheticAddress(random, m.postcodeAreas, m.name);
    const primary = syntheticPerson(random, bsns, { postcodeAreas: m.postcodeAreas, city: m.name, bornFrom: '1960-01-01', bornTo: '2004-12-31', address });
    recipientIds.push(addResident(primary, households[h].id, 'primary', categoryPool[categoryIndex++], consultant));
    if (withPartner.has(h)) {
      const partner = syntheticPerson(random, bsns, { postcodeAreas: m.postcodeAreas, city: m.name, bornFrom: '1962-01-01', bornTo: '2004-12-31', address, surname: primary.surname });
      recipientIds.push(addResident(partner, households[h].id, 'partner', categoryPool[categoryIndex++], consultant));
    }
    if (random.chance(0.35)) {
      for (let c = random.int(1, 3); c > 0; c--) {
        members.push({ municipalityId, householdId: households[h].id, kind: 'child', givenNames: random.pick(['Sem', 'Lotte', 'Adam', 'Mila', 'Noah', 'Sara', 'Liam', 'Nora']), birthDate: random.dateBetween('2009-01-01', '2025-06-30') });
      }
    } else if (random.chance(0.1)) {
      const birthDate = random.dateBetween('1950-01-01', '2003-12-31');
      const adult27 = birthDate <= addMonths(today, -27 * 12);
      members.push({ municipalityId, householdId: households[h].id, kind: 'housemate', givenNames: random.pick(['Henk', 'Dewi', 'Marco', 'Ilse']), birthDate, costSharer: adult27 });
    }
  }
  for (const residentId of recipientIds) {
    targetGroups.push({ municipalityId, residentId, code: 'bijstand', startDate: random.dateBetween('2015-01-01', addMonths(today, -1)) });
  }
  for (const residentId of shuffle(random, [...recipientIds]).slice(0, plan.refugees)) {
    const since = random.dateBetween('2019-01-01', addMonths(today, -3));
    targetGroups.push({ municipalityId, residentId, code: 'statushouder', startDate: since, details: {
      residencePermitSince: since,
      civicIntegrationStatus: random.pick(['in_uitvoering', 'in_uitvoering', 'afgerond', 'ontheffing']),  // inburgering
    } });
  }
  // Young jobseekers without benefit (NUG), known through the RMC register of early school leavers.
  for (let y = 0; y < plan.nugYouth; y++) {
    const person = syntheticPerson(random, bsns, { postcodeAreas: m.postcodeAreas, city: m.name, bornFrom: addMonths(today, -23 * 12), bornTo: addMonths(today, -17 * 12) });
    const id = addResident(person, households[plan.households + y].id, 'primary', random.pick<Category>(['geen', 'maatschappelijke_activering', 'arbeidsactivering', 'arbeidstoeleiding']), consultantFor(y));
    targetGroups.push({ municipalityId, residentId: id, code: 'nug', startDate: random.dateBetween(addMonths(today, -18), today) });
    targetGroups.push({ municipalityId, residentId: id, code: 'jongere_rmc', startDate: random.dateBetween(addMonths(today, -18), today), details: { school: 'Voortgezet onderwijs zonder startkwalificatie' } });
  }

  await insertAll(db, 'residents', residents);
  await insertAll(db, 'residentTargetGroups', targetGroups);
  await insertAll(db, 'ladderMeasurements', ladder);
  await insertAll(db, 'householdMembers', members);

  // The demo resident account belongs to a person in the demo work consultant's caseload.
  const own0 = residents.find((r) => r.contactPersonId === consultants[0].id)!;
  await db.updateTable('users').set({ residentId: own0.id as string }).where('username', '=', `resident@${m.code}`).execute();
  const userOf = (role: Role) => users.find((u) => u.role === role)!.id;
  await seedProvisionsDemo(db, {
    municipalityId, swProviderId: provider.id, consultantId: userOf('work_consultant'), teamLeadId: userOf('team_lead'),
    partnerCoachId: userOf('partner_coach'), today, budgetCents: plan.reintegrationBudgetCents,
  });
  await seedEmployersDemo(db, { municipalityId, municipalityCode: m.code, today });
  await seedWorkProfilesDemo(db, { municipalityId, today, seed: Number(m.cbsCode.replace(/\D/g, '')) });
  await seedPlacementsDemo(db, { municipalityId, municipalityCode: m.code, today, recordedBy: userOf('work_consultant') });
  await seedBenefitsDemo(db, { municipalityId, seed: Number(m.cbsCode.replace(/\D/g, '')) });
  // about one recipient in eight left the benefit in the last twelve months (some 2–3% a month)
  await seedOutflowDemo(db, {
    municipalityId, today, seed: Number(m.cbsCode.replace(/\D/g, '')), formerRecipients: Math.round(recipientIds.length / 8),
    postcodeAreas: m.postcodeAreas, city: m.name, consultants: consultants.slice(1),
  });
  await seedApplicationsDemo(db, { municipalityId, today });
  await seedAssessmentDemo(db, { municipalityId, administratorId: users.find((u) => u.role === 'administrator')!.id, providerName: plan.providerName, today });
  await seedFinanceDemo(db, { municipalityId, municipalityCode: m.code });
  await seedDashboardDemo(db, { municipalityId, inhabitants: m.inhabitants, today });
  await seedPaymentsDemo(db, { municipalityId, code: m.code, name: m.name, cbsCode: m.cbsCode, incomeConsultantId: userOf('income_consultant'), teamLeadId: userOf('team_lead'), today });
  return { municipality: m.name, recipients: recipientIds.length, residents: residents.length, users: users.length + consultants.length - 1 };
}

/** Loads the demo region into an empty database; returns null when there is data already. */
export async function loadDemoRegionIfEmpty(db: Kysely<DB>, options: { production: boolean; today?: string }) {
  const any = await db.selectFrom('municipalities').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const today = options.today ?? todayIso();
  const passwordHash = await hashPassword(demoPassword);
  return db.transaction().execute(async (tx) => {
    const region = await tx.insertInto('regions').values({ name: demoRegionName }).returning('id').executeTakeFirstOrThrow();
    // Synthetic BSNs from the 99-range; each passes the 11-check.
    const bsns = new BsnSequence(99_000_000);
    const random = new Random(20_220_101);
    const results = [];
    for (const plan of [voorbeeldPlan, buurdorpPlan]) results.push(await seedMunicipality(tx, plan, region.id, passwordHash, today, random, bsns));
    return { region: demoRegionName, municipalities: results };
  }).then(async (loaded) => { await seedCouncilReportsDemo(db, today); return loaded; });
}
