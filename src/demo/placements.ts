import type { Insertable, Kysely } from 'kysely';
import type { DB, PlacementsTable } from '../db/types.ts';
import { loadSubsidyTables, type StoredCalculation } from '../modules/employers/placements/store.ts';
import { shelteredForecast } from '../rules/sheltered-work.ts';
import { versionOn, wageCostSubsidy } from '../rules/wage-subsidy.ts';
import { Random } from './random.ts';

// Demo placements and the sheltered-work target (domain.md): Voorbeeld reproduces the seed's 2022 situation — target
// 372 hours/week (12 × 31), 15 persons in sheltered work together 341 hours/week, 31 hours/week open, growth 7.5% —
// and carries it on to the current year; a few regular placements (one with wage-cost subsidy, one ending the benefit);
// a waiting list with UWV indication dates. Buurdorp places one resident at a Voorbeeld employer (regional market).

const SHELTERED_EMPLOYER = 'Werkbedrijf Voorbeeldvallei – beschut werk';
const TARGET_2022 = { targetHoursPerWeek: 372, hoursPerPlacement: 31, growthRatePct: 7.5 };
const HOURS_2022 = [...Array<number>(11).fill(23), ...Array<number>(4).fill(22)];  // 11 × 23 + 4 × 22 = 341
/** Three of the 2022 group left sheltered work later: index → end date and reason. */
const LEFT_LATER: Record<number, { endDate: string; endReason: 'other_job' | 'moved_away' | 'retirement' }> = {
  2: { endDate: '2024-05-31', endReason: 'other_job' }, 7: { endDate: '2025-02-28', endReason: 'moved_away' }, 12: { endDate: '2025-08-31', endReason: 'retirement' },
};

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

interface Options { municipalityId: string; municipalityCode: string; today: string; recordedBy: string }
type Db = Kysely<DB>;

export async function seedPlacementsDemo(db: Db, o: Options) {
  const random = new Random(20_220_372);
  const own = await db.selectFrom('users').select('teamId').where('id', '=', o.recordedBy).executeTakeFirstOrThrow();
  // Adults outside the demo consultant's own caseload (tests and the resident account use that caseload), in a stable order.
  const pool = await db.selectFrom('residents as r').select(['r.id', 'r.teamId'])
    // a primary benefit recipient (target group bijstand): the demo gives them a running benefit (benefits.ts)
    .select((eb) => eb.and([eb('r.householdRole', '=', 'primary'), eb.exists(eb.selectFrom('residentTargetGroups as g').select('g.id')
      .whereRef('g.residentId', '=', 'r.id').where('g.code', '=', 'bijstand').where('g.endDate', 'is', null))]).as('recipient'))
    .where('r.municipalityId', '=', o.municipalityId)
    .where('r.contactPersonId', '!=', o.recordedBy).where('r.birthDate', '<=', '1998-12-31').orderBy('r.bsn').execute();
  const taken = new Set<string>();
  const take = (sameTeam?: boolean, recipient?: boolean) => {
    const candidates = pool.filter((r) => !taken.has(r.id) && (sameTeam === undefined || (r.teamId === own.teamId) === sameTeam)
      && (recipient === undefined || Boolean(r.recipient) === recipient));
    const r = candidates[random.int(0, candidates.length - 1)];
    taken.add(r.id);
    return r.id;
  };
  const ctx = { db, o, take };
  if (o.municipalityCode === 'voorbeeld') await seedVoorbeeld(ctx);
  if (o.municipalityCode === 'buurdorp') await seedBuurdorp(ctx);
}

interface Ctx { db: Db; o: Options; take: (sameTeam?: boolean, recipient?: boolean) => string }

async function indication(ctx: Ctx, residentId: string, uwvIndicationDate: string, endDate: string | null = null) {
  await ctx.db.insertInto('residentTargetGroups').values({
    municipalityId: ctx.o.municipalityId, residentId, code: 'nieuw_beschut', startDate: uwvIndicationDate, endDate, details: { uwvIndicationDate },
  }).execute();
}

async function place(ctx: Ctx, row: Omit<Insertable<PlacementsTable>, 'municipalityId' | 'createdBy'>) {
  const placement = await ctx.db.insertInto('placements').values({ ...row, municipalityId: ctx.o.municipalityId, createdBy: ctx.o.recordedBy })
    .returning('id').executeTakeFirstOrThrow();
  if (row.endsBenefit) {
    await ctx.db.insertInto('outflowEvents').values({
      municipalityId: ctx.o.municipalityId, residentId: row.residentId, occurredOn: row.startDate, reason: 'work', placementId: placement.id, recordedBy: ctx.o.recordedBy,
    }).execute();
  }
  return placement.id;
}

/** A wage value measurement and the wage-cost subsidy on it, as the placement service would compute it. */
async function withSubsidy(ctx: Ctx, residentId: string, wageValuePct: number, start: string, hours: number) {
  await ctx.db.insertInto('wageValueMeasurements').values({
    municipalityId: ctx.o.municipalityId, residentId, percentage: wageValuePct, measuredOn: addMonths(start, -1), method: 'dariuz', recordedBy: ctx.o.recordedBy,
  }).execute();
  const tables = await loadSubsidyTables(ctx.db);
  const result = wageCostSubsidy({ on: start, placementStart: start, contractHoursPerWeek: hours, wageValuePct }, tables);
  if (!result.ok) throw new Error(result.reason);
  const calculation: StoredCalculation = { ...result.calculation, wageValueMeasuredOn: addMonths(start, -1) };
  return {
    hourlyWageCents: versionOn(tables.minimumWages, start)!.hourlyCents,
    wageCostSubsidy: true, wageCostSubsidyMonthlyCents: calculation.monthlyCents, wageCostSubsidyCalculation: calculation,
  };
}

async function seedVoorbeeld(ctx: Ctx) {
  const { db, o } = ctx;
  const year = Number(o.today.slice(0, 4));
  const sheltered = await db.insertInto('employers').values({
    municipalityId: o.municipalityId, name: SHELTERED_EMPLOYER, kvkNumber: '99190017', sector: 'manufacturing',
    street: 'Industrieweg', houseNumber: 7, postcode: '7493EX', city: 'Voorbeeld',
    description: 'Beschutte werkplekken in montage, verpakking en groen voor inwoners met een indicatie beschut werk van UWV.',
  }).returning('id').executeTakeFirstOrThrow();

  await db.insertInto('shelteredWorkTargets').values([
    { municipalityId: o.municipalityId, year: 2022, ...TARGET_2022, source: 'Taakstelling nieuw beschut werk 2022 (seed): 372 uur per week = 12 plaatsingen van 31 uur' },
    ...(year > 2022 ? [{
      municipalityId: o.municipalityId, year, hoursPerPlacement: 31, growthRatePct: 7.5,
      targetHoursPerWeek: shelteredForecast(2022, TARGET_2022, year - 2022).at(-1)!.targetHoursPerWeek,
      source: `Demo: de taakstelling 2022 met 7,5% groei per jaar doorgerekend naar ${year}`,
    }] : []),
  ]).execute();

  // The 2022 group: 15 persons, 341 hours/week on 31 December 2022.
  for (const [i, hours] of HOURS_2022.entries()) {
    const residentId = ctx.take(i % 3 === 0);
    const startDate = `${2017 + (i % 6)}-${String(1 + ((i * 5) % 12)).padStart(2, '0')}-01`;
    const left = LEFT_LATER[i];
    // who left sheltered work (other job, moved, retired) leaves the target group too, so not back on the waiting list
    await indication(ctx, residentId, addMonths(startDate, -4), left?.endDate ?? null);
    await place(ctx, {
      residentId, employerId: sheltered.id, kind: 'sheltered_work', contractHoursPerWeek: hours, hourlyWageCents: 1471, startDate,
      endDate: left?.endDate ?? null, status: left ? 'ended' : 'active', endReason: left?.endReason ?? null, jobCoach: i % 4 === 0, jobCoachHoursPerMonth: i % 4 === 0 ? 4 : null,
    });
  }
  // Waiting at the end of 2022, placed in 2023; and two who started this year, one with wage-cost subsidy.
  const waited = ctx.take(true);
  await indication(ctx, waited, '2022-05-16');
  await place(ctx, { residentId: waited, employerId: sheltered.id, kind: 'sheltered_work', contractHoursPerWeek: 31, hourlyWageCents: 1471, startDate: '2023-03-01' });
  for (const [k, hours] of [31, 28].entries()) {
    const residentId = ctx.take(k === 0);
    const startDate = addMonths(o.today, -(2 + 3 * k));
    await indication(ctx, residentId, addMonths(startDate, -7));
    const subsidy = k === 0 ? await withSubsidy(ctx, residentId, 30, startDate, hours) : { hourlyWageCents: 1471 };
    await place(ctx, { residentId, employerId: sheltered.id, kind: 'sheltered_work', contractHoursPerWeek: hours, startDate, ...subsidy });
  }
  // Waiting list today: UWV indications without a sheltered placement, two in the demo consultant's team.
  for (const [k, months] of [14, 9, 5, 2].entries()) await indication(ctx, ctx.take(k < 2), addMonths(o.today, -months));

  // Regular placements at the municipality's employers (helper A's demo runs first; one of our own if there is none).
  let employers = await db.selectFrom('employers').select('id').where('municipalityId', '=', o.municipalityId).where('id', '!=', sheltered.id).orderBy('name').execute();
  if (employers.length === 0) {
    employers = [await db.insertInto('employers').values({
      municipalityId: o.municipalityId, name: 'Installatiebedrijf Stroomlijn', kvkNumber: '99190029', sector: 'construction',
      street: 'Stationsweg', houseNumber: 21, postcode: '7491BC', city: 'Voorbeeld', description: 'Installatietechniek voor woningen en bedrijven.',
    }).returning('id').executeTakeFirstOrThrow()];
  }
  const employerAt = (k: number) => employers[k % employers.length].id;
  const vacancy = await db.selectFrom('opportunities').select('id').where('employerId', '=', employerAt(0)).where('kind', '=', 'regular_vacancy').executeTakeFirst();
  const lksStart = addMonths(o.today, -1);
  const lksResident = ctx.take(undefined, true);  // ends a running benefit: the income consultant's signal (outflow.ts)
  await place(ctx, {
    residentId: lksResident, employerId: employerAt(0), opportunityId: vacancy?.id ?? null, kind: 'regular_job', contractHoursPerWeek: 24, startDate: lksStart,
    endsBenefit: true, ...(await withSubsidy(ctx, lksResident, 60, lksStart, 24)),
  });
  const coached = await place(ctx, {
    residentId: ctx.take(), employerId: employerAt(1), kind: 'jobs_agreement', contractHoursPerWeek: 20, hourlyWageCents: 1550, startDate: addMonths(o.today, -4),
    hiringSubsidyCents: 200_000, jobCoach: true, jobCoachHoursPerMonth: 8,
  });
  await db.insertInto('placementFollowups').values({
    municipalityId: o.municipalityId, placementId: coached, followedUpOn: addMonths(o.today, -1), recordedBy: o.recordedBy,
    note: 'Gesprek met werknemer en leidinggevende: gaat goed, jobcoaching afbouwen naar 4 uur per maand.',
  }).execute();
  await place(ctx, {
    residentId: ctx.take(), employerId: employerAt(2), kind: 'trial_placement', contractHoursPerWeek: 16, startDate: addMonths(o.today, -1), endDate: addMonths(o.today, 1),
  });
  await place(ctx, {
    residentId: ctx.take(), employerId: employerAt(3), kind: 'regular_job', contractHoursPerWeek: 32, hourlyWageCents: 1500, startDate: '2025-03-01',
    endDate: '2025-09-30', status: 'ended', endReason: 'contract_ended', endNote: 'Tijdelijk contract voor het seizoen.',
  });
}

async function seedBuurdorp(ctx: Ctx) {
  const { db, o } = ctx;
  const year = Number(o.today.slice(0, 4));
  await db.insertInto('shelteredWorkTargets').values({
    municipalityId: o.municipalityId, year, targetHoursPerWeek: 124, source: 'Demo: taakstelling nieuw beschut werk Buurdorp (4 plaatsingen van 31 uur)',
  }).execute();
  await indication(ctx, ctx.take(), addMonths(o.today, -6));
  // Regional labour market: a Buurdorp resident works at an employer in Voorbeeld (not the sheltered-work company).
  const region = await db.selectFrom('municipalities').select('regionId').where('id', '=', o.municipalityId).executeTakeFirstOrThrow();
  const elsewhere = await db.selectFrom('employers as e').innerJoin('municipalities as m', 'm.id', 'e.municipalityId').select('e.id')
    .where('m.regionId', '=', region.regionId).where('e.municipalityId', '!=', o.municipalityId).where('e.name', '!=', SHELTERED_EMPLOYER)
    .orderBy('e.name').executeTakeFirst();
  if (!elsewhere) return;
  await place(ctx, {
    residentId: ctx.take(undefined, true), employerId: elsewhere.id, kind: 'regular_job', contractHoursPerWeek: 32, hourlyWageCents: 1600,
    startDate: addMonths(o.today, -3), endsBenefit: true,
  });
}
