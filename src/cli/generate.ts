import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/connection.ts';
import type { DB } from '../db/types.ts';
import { BsnSequence, syntheticAddress, syntheticPerson, type SyntheticPerson } from '../demo/population.ts';
import { syntheticSurname } from '../demo/names.ts';
import { draftProfile, profileChance } from '../demo/work-profiles.ts';
import { Random } from '../demo/random.ts';
import { demoPassword, hashPassword } from '../modules/access/passwords.ts';
import { todayIso } from '../rules/dates.ts';
import { seedMatchingReference } from './generate-matching.ts';
import { defaultMunicipalityCount, drawCategory, planPopulation, seededUuid, stepFor, teamSizes, type PlannedMunicipality } from './plan.ts';

// `meedoen generate`: a synthetic population at the scale of the whole country (architecture.md: ~1 million
// residents known to work & income services, up to 400 municipalities in regions of up to 15).
// Rows go in with multi-row INSERT … SELECT FROM unnest(array, …): one parameter per column, so a batch of
// thousands of rows is one short statement; one transaction per batch; a couple of batches in flight so the
// database writes while Node builds the next one.

export interface GenerateOptions {
  residents: number;
  municipalities?: number;
  seed?: number;
  /** 'YYYY-MM-DD'; dates (ages, measurements, contacts) are relative to it. */
  today?: string;
  /** Residents per transaction (the other tables' rows of the same households go with them). */
  batchSize?: number;
  /** Batches in flight at once (PostgreSQL; PGlite has one connection and runs them one by one). */
  concurrency?: number;
  onProgress?: (residentsDone: number, rowsDone: number) => void;
}

export interface GenerateCounts {
  regions: number;
  municipalities: number;
  organisations: number;
  teams: number;
  users: number;
  households: number;
  residents: number;
  residentTargetGroups: number;
  ladderMeasurements: number;
  householdMembers: number;
  workProfiles: number;
  residentSkills: number;
  wageValueMeasurements: number;
  postcodeCoordinates: number;
  employers: number;
  opportunities: number;
}

export interface GenerateResult {
  counts: GenerateCounts;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  residentsPerSecond: number;
  /** Time of the VACUUM ANALYZE afterwards (fresh statistics and visibility map for the planner). */
  analyzeSeconds: number;
  seed: number;
}

export class GenerateRefused extends Error {}

/** A column, its element type for the unnest array, and optionally how to turn that element into the value stored. */
type Column = readonly [name: string, pgType: string, selectAs?: string];

/** Rows of one table kept as columns, ready to be sent as one array per column. */
class ColumnRows {
  readonly data: unknown[][];
  length = 0;
  constructor(readonly table: string, readonly columns: readonly Column[]) {
    this.data = columns.map(() => []);
  }
  add(...values: unknown[]): void {
    for (let i = 0; i < this.columns.length; i++) this.data[i].push(values[i]);
    this.length += 1;
  }
}

async function insertColumns(db: Kysely<DB>, rows: ColumnRows): Promise<void> {
  if (rows.length === 0) return;
  const names = sql.raw(rows.columns.map(([name]) => name).join(', '));
  const values = sql.raw(rows.columns.map(([name, , selectAs]) => selectAs ?? name).join(', '));
  const arrays = sql.join(rows.columns.map(([, type], i) => sql`${rows.data[i]}::${sql.raw(type)}[]`));
  await sql`INSERT INTO ${sql.raw(rows.table)} (${names}) SELECT ${values} FROM unnest(${arrays}) AS u(${names})`.execute(db);
}

function newBatch() {
  return {
    residentsCount: 0,
    households: new ColumnRows('households', [['id', 'uuid'], ['municipality_id', 'uuid']]),
    residents: new ColumnRows('residents', [
      ['id', 'uuid'], ['municipality_id', 'uuid'], ['bsn', 'text'], ['given_names', 'text'], ['surname_prefix', 'text'],
      ['surname', 'text'], ['birth_date', 'date'], ['street', 'text'], ['house_number', 'int'], ['house_number_suffix', 'text'],
      ['postcode', 'text'], ['city', 'text'], ['phone', 'text'], ['email', 'text'], ['preferred_language', 'text'],
      ['household_id', 'uuid'], ['household_role', 'text'], ['contact_person_id', 'uuid'], ['team_id', 'uuid'],
      ['ladder_step', 'smallint'], ['ladder_measured_on', 'date'], ['last_contact_on', 'date'],
    ]),
    targetGroups: new ColumnRows('resident_target_groups', [
      ['municipality_id', 'uuid'], ['resident_id', 'uuid'], ['code', 'text'], ['start_date', 'date'], ['end_date', 'date'], ['details', 'jsonb'],
    ]),
    ladder: new ColumnRows('ladder_measurements', [
      ['municipality_id', 'uuid'], ['resident_id', 'uuid'], ['step', 'smallint'], ['measured_on', 'date'], ['measured_by', 'uuid'], ['motivation', 'text'],
    ]),
    // Work profiles (matching): an array column goes in as comma-separated text (unnest would flatten a 2-D array).
    profiles: new ColumnRows('work_profiles', [
      ['resident_id', 'uuid'], ['municipality_id', 'uuid'], ['education_level', 'text'], ['dutch_level', 'text'],
      ['driving_licences', 'text', "string_to_array(driving_licences, ',')"], ['hours_per_week', 'smallint'], ['max_travel_km', 'smallint'],
      ['available_from', 'date'], ['wishes', 'text'],
    ]),
    skills: new ColumnRows('resident_skills', [['municipality_id', 'uuid'], ['resident_id', 'uuid'], ['kind', 'text'], ['code', 'text']]),
    wageValues: new ColumnRows('wage_value_measurements', [
      ['municipality_id', 'uuid'], ['resident_id', 'uuid'], ['percentage', 'smallint'], ['measured_on', 'date'], ['method', 'text'], ['recorded_by', 'uuid'],
    ]),
    members: new ColumnRows('household_members', [
      ['municipality_id', 'uuid'], ['household_id', 'uuid'], ['kind', 'text'], ['given_names', 'text'], ['birth_date', 'date'],
      ['cost_sharer', 'bool'], ['cost_sharer_exemption', 'text'],
    ]),
  };
}
type Batch = ReturnType<typeof newBatch>;

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
const addYears = (date: string, years: number) => addMonths(date, 12 * years);
const maxDate = (a: string, b: string) => (a > b ? a : b);

const staffGiven = ['Mirjam', 'Karim', 'Ellen', 'Ruud', 'Nadia', 'Joost', 'Sanne', 'Peter', 'Latifa', 'Jan', 'Eva', 'Hamid', 'Ilse', 'Bart', 'Yvonne', 'Orhan'];
const childNames = ['Sem', 'Lotte', 'Adam', 'Mila', 'Noah', 'Sara', 'Liam', 'Nora', 'Finn', 'Zara', 'Luca', 'Amira'];
const housemateNames = ['Henk', 'Dewi', 'Marco', 'Ilse', 'Ricardo', 'Nienke'];

interface Consultant { id: string; teamId: string }

/** Refuses to mix two generated populations: codes and CBS codes would collide. */
async function assertNotGeneratedYet(db: Kysely<DB>, codes: string[], cbsCodes: string[]) {
  const existing = await db.selectFrom('municipalities').select(['code', 'name'])
    .where((eb) => eb.or([eb('code', 'in', codes), eb('cbsCode', 'in', cbsCodes)])).limit(1).executeTakeFirst();
  if (existing) {
    throw new GenerateRefused(`Deze database bevat al een gegenereerde populatie (bijvoorbeeld gemeente ${existing.name}). ` +
      'Genereer in een lege database, of maak een nieuwe database aan.');
  }
}

/** Fills the database with a synthetic population; see docs/performance.md for what it looks like at 1 million. */
export async function generatePopulation(database: Database, options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const db = database.db;
  const seed = options.seed ?? 1;
  const random = new Random(seed);
  const ids = new Random(seed ^ 0x5eed_1d5);
  const today = options.today ?? todayIso();
  const batchSize = options.batchSize ?? 2500;
  const concurrency = database.mode === 'pglite' ? 1 : Math.max(1, options.concurrency ?? 2);
  const plan = planPopulation(options.residents, options.municipalities ?? defaultMunicipalityCount(options.residents), random);
  await assertNotGeneratedYet(db, plan.municipalities.map((m) => m.code), plan.municipalities.map((m) => m.cbsCode));

  const counts: GenerateCounts = {
    regions: 0, municipalities: 0, organisations: 0, teams: 0, users: 0, households: 0, residents: 0,
    residentTargetGroups: 0, ladderMeasurements: 0, householdMembers: 0,
    workProfiles: 0, residentSkills: 0, wageValueMeasurements: 0, postcodeCoordinates: 0, employers: 0, opportunities: 0,
  };
  // One argon2 hash for every generated account (all demo accounts share the demo password).
  const passwordHash = await hashPassword(demoPassword);

  // Regions and municipalities first: few rows, one transaction.
  const municipalityIds = plan.municipalities.map(() => seededUuid(ids));
  await db.transaction().execute(async (tx) => {
    for (const region of plan.regions) {
      const regionId = seededUuid(ids);
      await tx.insertInto('regions').values({ id: regionId, name: region.name }).execute();
      await tx.insertInto('municipalities').values(region.municipalityIndexes.map((i) => {
        const m = plan.municipalities[i];
        return { id: municipalityIds[i], code: m.code, name: m.name, cbsCode: m.cbsCode, regionId, inhabitants: m.residents * random.int(15, 25) };  // ~18 inhabitants per resident known to W&I nationally
      })).execute();
    }
  });
  counts.regions = plan.regions.length;
  counts.municipalities = plan.municipalities.length;
  // The synthetic map, the municipalities' postcode areas, employers and opportunities (for matching).
  Object.assign(counts, await db.transaction().execute((tx) => seedMatchingReference(tx, plan, municipalityIds, today, random, ids)));

  let residentsDone = 0;
  const rowsDone = () => Object.values(counts).reduce((a, b) => a + b, 0);
  const inflight = new Set<Promise<void>>();
  let failure: unknown = null;

  const writeBatch = async (batch: Batch) => {
    await db.transaction().execute(async (tx) => {
      // Losing the last second of a synthetic load on a crash is fine; waiting for every fsync is not.
      if (database.mode === 'postgres') await sql`SET LOCAL synchronous_commit = off`.execute(tx);
      await insertColumns(tx, batch.households);
      await insertColumns(tx, batch.residents);
      await insertColumns(tx, batch.targetGroups);
      await insertColumns(tx, batch.ladder);
      await insertColumns(tx, batch.members);
      // Skills and wage values first: the profile's insert trigger then copies them once (0010_matching.sql).
      await insertColumns(tx, batch.skills);
      await insertColumns(tx, batch.wageValues);
      await insertColumns(tx, batch.profiles);
    });
    counts.households += batch.households.length;
    counts.residents += batch.residents.length;
    counts.residentTargetGroups += batch.targetGroups.length;
    counts.ladderMeasurements += batch.ladder.length;
    counts.householdMembers += batch.members.length;
    counts.workProfiles += batch.profiles.length;
    counts.residentSkills += batch.skills.length;
    counts.wageValueMeasurements += batch.wageValues.length;
    residentsDone += batch.residentsCount;
    options.onProgress?.(residentsDone, rowsDone());
  };

  const submit = async (batch: Batch) => {
    while (inflight.size >= concurrency) await Promise.race(inflight);
    if (failure) throw failure;
    const p: Promise<void> = writeBatch(batch).catch((error) => { failure ??= error; }).finally(() => inflight.delete(p));
    inflight.add(p);
  };

  try {
    for (const m of plan.municipalities) {
      const municipalityId = municipalityIds[m.index];
      const consultants = await setUpMunicipality(db, m, municipalityId, passwordHash, random, ids, counts);
      const bsns = new BsnSequence(m.bsnStart);
      let left = m.residents;
      let batch = newBatch();
      while (left > 0) {
        left -= addHousehold(batch, { m, municipalityId, consultants, random, ids, bsns, today, room: left });
        if (batch.residentsCount >= batchSize || left === 0) {
          await submit(batch);
          batch = newBatch();
        }
      }
    }
  } finally {
    // Never leave writes running behind a failure (the caller closes the database next).
    await Promise.all(inflight);
  }
  if (failure) throw failure;

  // Fresh statistics (and a visibility map for index-only scans) before anyone measures a plan.
  const analyzeStarted = performance.now();
  for (const table of ['regions', 'municipalities', 'organisations', 'teams', 'users', 'households', 'residents', 'resident_target_groups', 'ladder_measurements', 'household_members',
    'work_profiles', 'resident_skills', 'wage_value_measurements', 'postcode_coordinates', 'postcode_areas', 'employers', 'opportunities']) {
    await sql`VACUUM (ANALYZE) ${sql.raw(table)}`.execute(db);
  }
  const analyzeSeconds = (performance.now() - analyzeStarted) / 1000;
  const seconds = (performance.now() - started) / 1000;
  const rows = rowsDone();
  return { counts, rows, seconds, rowsPerSecond: rows / seconds, residentsPerSecond: counts.residents / seconds, analyzeSeconds, seed };
}

/** Organisations, teams and staff of one municipality; returns the work consultants who carry caseloads. */
async function setUpMunicipality(db: Kysely<DB>, m: PlannedMunicipality, municipalityId: string, passwordHash: string, random: Random, ids: Random, counts: GenerateCounts): Promise<Consultant[]> {
  const ownId = seededUuid(ids);
  const providerId = seededUuid(ids);
  const sizes = teamSizes(m.residents);
  const teams = sizes.map((_, t) => ({ id: seededUuid(ids), municipalityId, name: `Team Werk ${t + 1}` }));
  const staffName = () => `${random.pick(staffGiven)} ${syntheticSurname(random.int(0, 999), random.int(0, 999))}`;
  const users: { id: string; municipalityId: string; organisationId: string; teamId: string | null; username: string; displayName: string; role: string; passwordHash: string; isDemo: boolean }[] = [];
  const consultants: Consultant[] = [];
  const user = (role: string, username: string, teamId: string | null, organisationId = ownId) => {
    const id = seededUuid(ids);
    users.push({ id, municipalityId, organisationId, teamId, username: `${username}@${m.code}`, displayName: staffName(), role, passwordHash, isDemo: true });
    return id;
  };
  let wc = 0;
  for (const [t, size] of sizes.entries()) {
    user('team_lead', `tl-${t + 1}`, teams[t].id);
    for (let i = 0; i < size; i++) {
      wc += 1;
      consultants.push({ id: user('work_consultant', `wc-${wc}`, teams[t].id), teamId: teams[t].id });
    }
  }
  user('income_consultant', 'ic-1', null);
  user('administrator', 'admin-1', null);
  user('policy_analyst', 'pa-1', null);
  user('employer_account_manager', 'am-1', null);
  user('partner_coach', 'pc-1', null, providerId);
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('organisations').values([
      { id: ownId, municipalityId, name: `Gemeente ${m.name}`, kind: 'municipality' },
      { id: providerId, municipalityId, name: `Werkbedrijf ${m.name}`, kind: 'provider' },
    ]).execute();
    await tx.insertInto('teams').values(teams).execute();
    for (let i = 0; i < users.length; i += 1000) await tx.insertInto('users').values(users.slice(i, i + 1000)).execute();
  });
  counts.organisations += 2;
  counts.teams += teams.length;
  counts.users += users.length;
  return consultants;
}

interface HouseholdContext {
  m: PlannedMunicipality;
  municipalityId: string;
  consultants: Consultant[];
  random: Random;
  ids: Random;
  bsns: BsnSequence;
  today: string;
  /** Residents still to create in this municipality: a household never overshoots. */
  room: number;
}

/** One household: a benefit household (primary, sometimes a partner) or a jobseeker without benefit (NUG). Returns residents added. */
function addHousehold(batch: Batch, c: HouseholdContext): number {
  const { random, today, m, municipalityId } = c;
  const householdId = seededUuid(c.ids);
  batch.households.add(householdId, municipalityId);
  const consultant = random.pick(c.consultants);

  const addResident = (person: SyntheticPerson, role: 'primary' | 'partner'): string => {
    const id = seededUuid(c.ids);
    const step = stepFor(drawCategory(random), random);
    let measuredOn: string | null = null;
    if (step !== null) {
      // As in the demo: most measured within the last half year, about one in six overdue.
      measuredOn = random.dateBetween(addMonths(today, random.chance(0.17) ? -12 : -6), addMonths(today, random.chance(0.17) ? -7 : 0));
      for (let k = random.int(0, 2); k >= 1; k--) {
        batch.ladder.add(municipalityId, id, Math.max(1, step - (random.chance(0.5) ? 1 : 0)), addMonths(measuredOn, -6 * k), consultant.id, 'Eerdere meting bij intake of evaluatie.');
      }
      batch.ladder.add(municipalityId, id, step, measuredOn, consultant.id, 'Gemeten in gesprek met de inwoner.');
    }
    const lastContact = random.chance(0.95) ? random.dateBetween(addMonths(today, -5), today) : null;
    batch.residents.add(id, municipalityId, person.bsn, person.givenNames, person.surnamePrefix, person.surname, person.birthDate,
      person.street, person.houseNumber, person.houseNumberSuffix, person.postcode, person.city, person.phone, person.email,
      person.preferredLanguage, householdId, role, consultant.id, consultant.teamId, step, measuredOn, lastContact);
    batch.residentsCount += 1;
    // A work profile in the demo's proportions (mostly ladder steps 3–5), with occupations, skills and wage values.
    if (step !== null && random.chance(profileChance[step])) {
      const draft = draftProfile(random, step, today);
      const p = draft.profile;
      batch.profiles.add(id, municipalityId, p.educationLevel, p.dutchLevel, (p.drivingLicences ?? []).join(','), p.hoursPerWeek, p.maxTravelKm, p.availableFrom, p.wishes);
      for (const code of draft.occupations) batch.skills.add(municipalityId, id, 'occupation', code);
      for (const code of draft.skills) batch.skills.add(municipalityId, id, 'skill', code);
      if (draft.wageValue) batch.wageValues.add(municipalityId, id, draft.wageValue.percentage, draft.wageValue.measuredOn, 'dariuz', consultant.id);
    }
    return id;
  };
  const group = (residentId: string, code: string, startDate: string, endDate: string | null = null, details: Record<string, unknown> = {}) =>
    batch.targetGroups.add(municipalityId, residentId, code, startDate, endDate, JSON.stringify(details));
  const optionalGroups = (residentId: string, p: { register: number; beschut: number; sw: number }) => {
    if (random.chance(p.register)) group(residentId, 'doelgroepregister', random.dateBetween(addYears(today, -6), addMonths(today, -1)), null, { banenafspraak: true });
    if (random.chance(p.beschut)) group(residentId, 'nieuw_beschut', random.dateBetween(addYears(today, -5), addMonths(today, -1)), null, { indicatieUwv: true });
    if (random.chance(p.sw)) group(residentId, 'sw_indicatie', random.dateBetween('2005-01-01', '2014-12-31'));
  };
  const place = { postcodeAreas: m.postcodeAreas, city: m.name };

  if (random.chance(0.12)) {
    // A jobseeker without benefit (NUG); almost half are young people from the RMC register (early school leavers).
    const young = random.chance(0.45);
    const person = syntheticPerson(random, c.bsns, { ...place, bornFrom: addYears(today, young ? -23 : -60), bornTo: addYears(today, young ? -17 : -23) });
    const id = addResident(person, 'primary');
    group(id, 'nug', random.dateBetween(addMonths(today, -18), today));
    if (young) group(id, 'jongere_rmc', random.dateBetween(addMonths(today, -18), today), null, { school: 'Voortgezet onderwijs zonder startkwalificatie' });
    optionalGroups(id, { register: 0.08, beschut: 0.03, sw: 0 });
    return 1;
  }

  // A benefit household: the primary recipient, a partner in one of five, children or a housemate.
  const address = syntheticAddress(random, m.postcodeAreas, m.name);
  const primary = syntheticPerson(random, c.bsns, { ...place, bornFrom: addYears(today, -66), bornTo: addYears(today, -21), address });
  const members: string[] = [addResident(primary, 'primary')];
  if (c.room >= 2 && random.chance(0.2)) {
    const partner = syntheticPerson(random, c.bsns, { ...place, bornFrom: addYears(today, -66), bornTo: addYears(today, -21), address, surname: primary.surname });
    members.push(addResident(partner, 'partner'));
  }
  const since = random.dateBetween(addYears(today, -12), addMonths(today, -1));
  const refugee = random.chance(0.08);
  const permitSince = refugee ? random.dateBetween(addYears(today, -7), since) : '';
  const civicIntegration = random.pick(['in_uitvoering', 'in_uitvoering', 'afgerond', 'ontheffing']);
  for (const id of members) {
    group(id, 'bijstand', since);
    // Some came from guidance without benefit: an earlier NUG period that ended when the benefit started.
    if (random.chance(0.1)) group(id, 'nug', random.dateBetween(addYears(since, -3), addMonths(since, -1)), since);
    if (refugee) group(id, 'statushouder', permitSince, null, { residencePermitSince: permitSince, civicIntegrationStatus: civicIntegration });
    optionalGroups(id, { register: 0.03, beschut: 0.01, sw: 0.005 });
  }
  if (random.chance(0.35)) {
    // Children born when the primary was an adult and at most 17 years ago.
    const from = maxDate(addYears(primary.birthDate, 18), addYears(today, -17));
    if (from < today) {
      for (let k = random.int(1, 3); k > 0; k--) batch.members.add(municipalityId, householdId, 'child', random.pick(childNames), random.dateBetween(from, today), false, null);
    }
  } else if (random.chance(0.1)) {
    const birthDate = random.dateBetween(addYears(today, -75), addYears(today, -18));
    const adult27 = birthDate <= addYears(today, -27);
    const student = adult27 && random.chance(0.1);
    batch.members.add(municipalityId, householdId, 'housemate', random.pick(housemateNames), birthDate, adult27 && !student, student ? 'student' : null);
  }
  return members.length;
}
