import type { Insertable, Kysely } from 'kysely';
import type { DB, ResidentSkillsTable, WageValueMeasurementsTable, WorkProfilesTable } from '../db/types.ts';
import { Random } from './random.ts';

// Demo work profiles (werkprofielen), so matching has candidates in both municipalities: mostly residents on
// ladder steps 3–5, with hours, travel distance, licence, Dutch level, start date, occupations and skills from
// occupations.json that cluster around real kinds of work, and wage values for some of them. Deterministic.
// The first residents (by name) of every consultant's caseload keep an empty profile: the dossier tests and the
// demo itself show what filling in a profile looks like.

export const KEEP_EMPTY_PER_CONSULTANT = 15;

/** Kinds of work with their occupations, skills and words people use in their wishes; weight = how common. */
export const clusters = [
  { weight: 24, occupations: ['9333', '4321', '8344', '9321'], skills: ['S04', 'S05', 'S21', 'S09', 'S10', 'S02', 'S03'], wishes: ['Liefst in een magazijn of de logistiek', 'Orderpicken of inpakken, niet te ver weg', 'Werken met de heftruck'] },
  { weight: 14, occupations: ['9329', '8219', '8189', '8160'], skills: ['S22', 'S04', 'S16', 'S17', 'S02', 'S05'], wishes: ['Productiewerk in een fabriek', 'Iets met techniek of monteren', ''] },
  { weight: 12, occupations: ['4110', '4132', '4222', '3343'], skills: ['S06', 'S04', 'S19', 'S18', 'S24', 'S25'], wishes: ['Graag administratief werk op kantoor', 'Klantenservice of administratie', ''] },
  { weight: 12, occupations: ['9412', '5131', '5120'], skills: ['S08', 'S13', 'S01', 'S02', 'S05'], wishes: ['In de keuken of de horeca', 'Koken is mijn passie', ''] },
  { weight: 10, occupations: ['5321', '5322', '5311'], skills: ['S14', 'S15', 'S01', 'S02'], wishes: ['Iets in de zorg, met mensen', 'Werken met kinderen', ''] },
  { weight: 10, occupations: ['5223', '5230'], skills: ['S01', 'S07', 'S21', 'S25', 'S02'], wishes: ['In een winkel of supermarkt', 'Achter de kassa of vakken vullen', ''] },
  { weight: 9, occupations: ['9112', '9121'], skills: ['S11', 'S04', 'S05', 'S03'], wishes: ['Schoonmaakwerk, liefst overdag', ''] },
  { weight: 9, occupations: ['9214', '6113', '9613'], skills: ['S12', 'S17', 'S05', 'S10', 'S02'], wishes: ['Liefst buiten werken, in het groen', 'Hovenier of groenonderhoud', ''] },
] as const;

const educationLevels = ['geen', 'basisonderwijs', 'vmbo', 'mbo1', 'mbo2', 'mbo2', 'mbo3', 'havo', 'buitenlands'] as const;
const dutchByStep: Record<number, readonly string[]> = {
  2: ['A0', 'A1', 'A2', 'A2', 'B1'], 3: ['A1', 'A2', 'A2', 'B1', 'B1', 'B2'], 4: ['A2', 'B1', 'B1', 'B2', 'B2', 'C1'],
  5: ['B1', 'B1', 'B2', 'B2', 'C1'], 6: ['B1', 'B2', 'C1', 'C2'],
};
/** The chance that someone on this ladder step has a work profile: mostly steps 3–5, the ones heading for work. */
export const profileChance: Record<number, number> = { 1: 0.03, 2: 0.2, 3: 0.7, 4: 0.75, 5: 0.7, 6: 0.3 };

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function pickCluster(random: Random) {
  let x = random.next() * clusters.reduce((s, c) => s + c.weight, 0);
  for (const c of clusters) {
    if (x < c.weight) return c;
    x -= c.weight;
  }
  return clusters[0];
}

function sample<T>(random: Random, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(random.int(0, pool.length - 1), 1)[0]);
  return out;
}

export interface ProfileDraft {
  profile: Omit<Insertable<WorkProfilesTable>, 'residentId' | 'municipalityId'>;
  occupations: string[];
  skills: string[];
  wageValue: { percentage: number; measuredOn: string } | null;
}

/** One realistic work profile for someone on a ladder step (also used by `meedoen generate`). */
export function draftProfile(random: Random, step: number, today: string): ProfileDraft {
  const cluster = pickCluster(random);
  const hoursChoices = step >= 5 ? [24, 28, 32, 32, 36, 38, 40] : step === 4 ? [16, 20, 24, 24, 28, 32, 32, 36] : [8, 12, 16, 20, 20, 24, 32];
  const extraOccupation = random.chance(0.25) ? pickCluster(random).occupations : [];
  const soon = random.chance(0.2);
  return {
    profile: {
      educationLevel: random.pick(educationLevels),
      dutchLevel: random.pick(dutchByStep[step] ?? dutchByStep[3]),
      drivingLicences: random.chance(0.55) ? (random.chance(0.08) ? ['B', 'C'] : ['B']) : random.chance(0.15) ? ['AM'] : [],
      hoursPerWeek: random.pick(hoursChoices),
      maxTravelKm: random.chance(0.2) ? null : random.pick([5, 10, 10, 15, 15, 20, 25, 30]),
      availableFrom: soon ? addDays(today, random.int(14, 120)) : null,
      wishes: random.pick(cluster.wishes),
    },
    occupations: [...new Set([...sample(random, cluster.occupations, random.int(1, 2)), ...sample(random, extraOccupation, 1)])],
    skills: sample(random, cluster.skills, random.int(1, 4)),
    wageValue: step <= 4 && random.chance(0.25)
      ? { percentage: random.int(6, 18) * 5, measuredOn: addDays(today, -random.int(20, 400)) }
      : null,
  };
}

/** Work profiles for a share of one municipality's residents. */
export async function seedWorkProfilesDemo(db: Kysely<DB>, o: { municipalityId: string; today: string; seed: number }) {
  // Caseloads in the order the tests and the caseload page use (name, then id); each person's draws come from their
  // own generator seeded with the BSN, so who gets which profile does not depend on the (random) ids.
  const residents = await db.selectFrom('residents').select(['id', 'bsn', 'ladderStep', 'contactPersonId'])
    .where('municipalityId', '=', o.municipalityId).orderBy('contactPersonId').orderBy('surname').orderBy('id').execute();
  const seen = new Map<string | null, number>();
  const profiles: Insertable<WorkProfilesTable>[] = [];
  const skills: Insertable<ResidentSkillsTable>[] = [];
  const wageValues: Insertable<WageValueMeasurementsTable>[] = [];
  for (const r of residents) {
    const nth = (seen.get(r.contactPersonId) ?? 0) + 1;
    seen.set(r.contactPersonId, nth);
    const random = new Random(o.seed * 1_000_003 + Number(r.bsn));
    if (nth <= KEEP_EMPTY_PER_CONSULTANT || r.ladderStep === null || !random.chance(profileChance[r.ladderStep])) continue;
    const draft = draftProfile(random, r.ladderStep, o.today);
    profiles.push({ ...draft.profile, residentId: r.id, municipalityId: o.municipalityId });
    for (const code of draft.occupations) skills.push({ municipalityId: o.municipalityId, residentId: r.id, kind: 'occupation', code });
    for (const code of draft.skills) skills.push({ municipalityId: o.municipalityId, residentId: r.id, kind: 'skill', code });
    if (draft.wageValue) wageValues.push({ ...draft.wageValue, municipalityId: o.municipalityId, residentId: r.id, method: 'dariuz', recordedBy: r.contactPersonId });
  }
  for (let i = 0; i < profiles.length; i += 400) await db.insertInto('workProfiles').values(profiles.slice(i, i + 400)).execute();
  for (let i = 0; i < skills.length; i += 400) await db.insertInto('residentSkills').values(skills.slice(i, i + 400)).execute();
  if (wageValues.length) await db.insertInto('wageValueMeasurements').values(wageValues).execute();
  return { profiles: profiles.length, skills: skills.length, wageValues: wageValues.length };
}
