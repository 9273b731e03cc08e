import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/types.ts';
import { todayIso } from '../../../rules/dates.ts';
import { kindOfOpportunity, placementKindLabels, placementProblem, type PlacementFacts } from '../../../rules/placements.ts';
import { ageOn } from '../../../rules/dates.ts';
import { minimumHourlyFor, wageCostSubsidy } from '../../../rules/wage-subsidy.ts';
import { staleVersion } from '../../../server/etag.ts';
import { badRequest, forbidden, HttpProblem, notFound } from '../../../server/problem.ts';
import { appendAuditEvent } from '../../access/audit/store.ts';
import type { Caller } from '../../residents/guard.ts';
import type { ResidentRow } from '../../residents/store.ts';
import type { endNew, followupNew, placementChange, placementNew } from './schema.ts';
import { loadPlacements, loadSubsidyTables, regionOf, wageValueOn, type PlacementRow, type StoredCalculation } from './store.ts';

export const PLACEMENT_PURPOSE = 'Plaatsing bij een werkgever, instrumenten en nazorg';

/**
 * Loads one placement the caller may act on. Not in the caller's municipality: 404, as if it did not exist.
 * In the municipality but (scope team) the resident is outside the caller's team: 403. Both refusals audited.
 */
export async function placementInScope(caller: Caller, id: string, action: string): Promise<PlacementRow> {
  const { actor, scope } = caller;
  const { rows: [p] } = await loadPlacements(caller.db, actor.municipalityId, { id });
  const refuse = async (problem: HttpProblem, residentIds: string[]): Promise<never> => {
    await caller.db.transaction().execute((tx) => appendAuditEvent(tx, caller.ctx, {
      action, result: 'denied', objectType: 'placement', objectId: id, residentIds, purpose: PLACEMENT_PURPOSE,
    }));
    throw problem;
  };
  if (!p) return refuse(notFound('Deze plaatsing bestaat niet of u heeft er geen toegang toe.'), []);
  const allowed = scope === 'municipality' || (scope === 'team' && actor.teamId !== null && p.residentTeamId === actor.teamId);
  if (!allowed) return refuse(forbidden('Deze plaatsing hoort bij een inwoner buiten uw team.'), [p.residentId]);
  return p;
}

/** Runs a change with its audit row in one transaction. */
export async function auditedChange(caller: Caller, p: PlacementRow, action: string, work: (tx: Kysely<DB>) => Promise<void>) {
  await caller.db.transaction().execute(async (tx) => {
    await work(tx);
    await appendAuditEvent(tx, caller.ctx, { action, result: 'success', objectType: 'placement', objectId: p.id, residentIds: [p.residentId], purpose: PLACEMENT_PURPOSE });
  });
}

/**
 * Loonkostensubsidie on the tables valid on `on`, with the resident's wage value measured by then (or flat), on the
 * minimum wage for the resident's age that day (youth minimum wage below 21).
 */
async function subsidyFor(tx: Kysely<DB>, municipalityId: string, residentId: string, birthDate: string, on: string, placementStart: string, hours: number): Promise<StoredCalculation> {
  const [tables, wageValue] = await Promise.all([loadSubsidyTables(tx), wageValueOn(tx, municipalityId, residentId, on)]);
  const result = wageCostSubsidy({ on, placementStart, contractHoursPerWeek: hours, wageValuePct: wageValue?.percentage ?? null, ageYears: ageOn(birthDate, on) }, tables);
  if (!result.ok) throw badRequest(result.reason);
  return { ...result.calculation, wageValueMeasuredOn: wageValue?.measuredOn ?? null };
}

/** The statutory minimum hourly wage for the resident on a day (youth minimum wage below 21), or null without a table. */
async function minimumHourlyOn(tx: Kysely<DB>, on: string, birthDate: string) {
  return minimumHourlyFor(await loadSubsidyTables(tx), on, ageOn(birthDate, on))?.hourlyCents ?? null;
}

function check(facts: PlacementFacts, minimumHourlyCents: number | null) {
  const problem = placementProblem(facts, minimumHourlyCents);
  if (problem) throw badRequest(problem);
}

/**
 * Records a placement of a resident of the caller's municipality. The employer may belong to another municipality of
 * the same region (regional labour market), never outside it. Sheltered work needs the UWV indication (target group
 * nieuw beschut werk). With endsBenefit an outflow event 'work' is written on the start date.
 */
export async function createPlacement(tx: Kysely<DB>, caller: Caller, resident: ResidentRow, input: z.infer<typeof placementNew>): Promise<string> {
  const m = resident.municipalityId;
  const region = (await regionOf(tx, m)).municipalities.map((x) => x.id);
  const employer = await tx.selectFrom('employers').select(['id', 'municipalityId']).where('id', '=', input.employerId).executeTakeFirst();
  if (!employer || !region.includes(employer.municipalityId)) throw badRequest('Kies een werkgever uit uw gemeente of uit een andere gemeente van uw regio.');
  let kind = input.kind;
  if (input.opportunityId) {
    // FOR UPDATE: two consultants placing on the last place of one opportunity at once are serialised here.
    const o = await tx.selectFrom('opportunities').select(['employerId', 'municipalityId', 'sharedWithRegion', 'kind', 'status'])
      .where('id', '=', input.opportunityId).forUpdate().executeTakeFirst();
    const visible = o && (o.municipalityId === m || (o.sharedWithRegion && region.includes(o.municipalityId)));
    if (!visible || o.employerId !== employer.id) throw badRequest('Deze kans hoort niet bij de gekozen werkgever, of is niet met uw gemeente gedeeld.');
    if (o.status !== 'open') {
      throw new HttpProblem(409, 'Kans niet meer open', o.status === 'filled'
        ? 'Alle plaatsen van deze kans zijn al bezet. Vraag de accountmanager om het aantal plaatsen te verhogen of kies een andere kans.'
        : 'Deze kans is gesloten; er kan niemand meer op geplaatst worden.');
    }
    const fromOpportunity = kindOfOpportunity[o.kind];
    if (kind && kind !== fromOpportunity) throw badRequest(`Deze kans leidt tot ${placementKindLabels[fromOpportunity].toLowerCase()}, niet tot ${placementKindLabels[kind].toLowerCase()}.`);
    kind = fromOpportunity;
  }
  if (!kind) throw badRequest('Kies het soort plaatsing.');
  if (kind === 'sheltered_work') {
    const indication = await tx.selectFrom('residentTargetGroups').select('id')
      .where('municipalityId', '=', m).where('residentId', '=', resident.id).where('code', '=', 'nieuw_beschut')
      .where('startDate', '<=', input.startDate).where((eb) => eb.or([eb('endDate', 'is', null), eb('endDate', '>=', input.startDate)]))
      .executeTakeFirst();
    if (!indication) {
      throw badRequest('Beschut werk vraagt een indicatie beschut werk van UWV: leg eerst de doelgroep Nieuw beschut werk met de indicatiedatum vast.');
    }
  }
  check({ ...input, kind }, await minimumHourlyOn(tx, input.startDate, resident.birthDate));
  const calculation = input.wageCostSubsidy ? await subsidyFor(tx, m, resident.id, resident.birthDate, input.startDate, input.startDate, input.contractHoursPerWeek) : null;
  const row = await tx.insertInto('placements').values({
    municipalityId: m, residentId: resident.id, employerId: employer.id, opportunityId: input.opportunityId, kind,
    contractHoursPerWeek: input.contractHoursPerWeek, hourlyWageCents: input.hourlyWageCents, startDate: input.startDate, endDate: input.endDate,
    wageCostSubsidy: calculation !== null, wageCostSubsidyMonthlyCents: calculation?.monthlyCents ?? null, wageCostSubsidyCalculation: calculation,
    hiringSubsidyCents: input.hiringSubsidyCents, jobCoach: input.jobCoach, jobCoachHoursPerMonth: input.jobCoachHoursPerMonth,
    endsBenefit: input.endsBenefit, createdBy: caller.actor.userId,
  }).returning('id').executeTakeFirstOrThrow();
  if (input.opportunityId) await markFilledWhenFull(tx, input.opportunityId);
  if (input.endsBenefit) {
    // uitstroom door werk: read by benefits (issue 6) and the steering figures (issue 7)
    await tx.insertInto('outflowEvents').values({
      municipalityId: m, residentId: resident.id, occurredOn: input.startDate, reason: 'work', placementId: row.id, recordedBy: caller.actor.userId,
    }).execute();
  }
  return row.id;
}

/**
 * An opportunity whose places are all taken by active placements becomes 'filled' (vervuld), so it leaves the open
 * lists and matching. Ending a placement does not reopen it: whether the employer wants the place filled again is the
 * account manager's call (PATCH the status back to open).
 */
async function markFilledWhenFull(tx: Kysely<DB>, opportunityId: string) {
  const taken = await tx.selectFrom('placements').select((eb) => eb.fn.countAll<string>().as('n'))
    .where('opportunityId', '=', opportunityId).where('status', '=', 'active').executeTakeFirstOrThrow();
  await tx.updateTable('opportunities').set((eb) => ({ status: 'filled', version: eb('version', '+', 1) }))
    .where('id', '=', opportunityId).where('status', '=', 'open').where('places', '<=', Number(taken.n)).execute();
}

/**
 * Changes contract terms or instruments. The wage-cost subsidy is recalculated when the hours change, when it is
 * switched on, or on request (a new wage value): on the tables and wage value valid on today (or the start, if later).
 */
export async function changePlacement(tx: Kysely<DB>, p: PlacementRow, expectedVersion: number, change: z.infer<typeof placementChange>) {
  if (p.version !== expectedVersion) throw staleVersion();
  if (p.status === 'ended') throw new HttpProblem(409, 'Kan niet in deze status', 'Een beëindigde plaatsing kunt u niet meer wijzigen.');
  const { recalculateSubsidy, ...set } = change;
  const next = {
    kind: p.kind, startDate: p.startDate, endsBenefit: p.endsBenefit,
    contractHoursPerWeek: set.contractHoursPerWeek ?? Number(p.contractHoursPerWeek),
    hourlyWageCents: set.hourlyWageCents === undefined ? p.hourlyWageCents : set.hourlyWageCents,
    endDate: set.endDate === undefined ? p.endDate : set.endDate,
    wageCostSubsidy: set.wageCostSubsidy ?? p.wageCostSubsidy,
    hiringSubsidyCents: set.hiringSubsidyCents === undefined ? p.hiringSubsidyCents : set.hiringSubsidyCents,
    jobCoach: set.jobCoach ?? p.jobCoach,
    jobCoachHoursPerMonth: set.jobCoachHoursPerMonth !== undefined ? set.jobCoachHoursPerMonth : (set.jobCoach === false ? null : p.jobCoachHoursPerMonth),
  };
  const today = todayIso();
  const on = p.startDate > today ? p.startDate : today;
  const { birthDate } = await tx.selectFrom('residents').select('birthDate').where('id', '=', p.residentId).executeTakeFirstOrThrow();
  check(next, await minimumHourlyOn(tx, on, birthDate));
  let calculation = p.wageCostSubsidyCalculation as StoredCalculation | null;
  const hoursChanged = next.contractHoursPerWeek !== Number(p.contractHoursPerWeek);
  if (!next.wageCostSubsidy) calculation = null;
  else if (recalculateSubsidy || hoursChanged || !p.wageCostSubsidy) {
    calculation = await subsidyFor(tx, p.municipalityId, p.residentId, birthDate, on, p.startDate, next.contractHoursPerWeek);
  }
  const updated = await tx.updateTable('placements').set({
    contractHoursPerWeek: next.contractHoursPerWeek, hourlyWageCents: next.hourlyWageCents, endDate: next.endDate,
    wageCostSubsidy: calculation !== null, wageCostSubsidyMonthlyCents: calculation?.monthlyCents ?? null, wageCostSubsidyCalculation: calculation,
    hiringSubsidyCents: next.hiringSubsidyCents, jobCoach: next.jobCoach, jobCoachHoursPerMonth: next.jobCoachHoursPerMonth,
    version: p.version + 1, updatedAt: new Date(),
  }).where('id', '=', p.id).where('municipalityId', '=', p.municipalityId).where('version', '=', expectedVersion).returning('id').executeTakeFirst();
  if (!updated) throw staleVersion();
}

/** Ends an active placement with a coded reason; the end date lies between the start and today. */
export async function endPlacement(tx: Kysely<DB>, p: PlacementRow, expectedVersion: number, input: z.infer<typeof endNew>) {
  if (p.version !== expectedVersion) throw staleVersion();
  if (p.status === 'ended') throw new HttpProblem(409, 'Kan niet in deze status', 'Deze plaatsing is al beëindigd.');
  if (input.endedOn < p.startDate) throw badRequest(`De einddatum ligt vóór de start van de plaatsing (${p.startDate}).`);
  if (input.endedOn > todayIso()) throw badRequest('De einddatum kan niet in de toekomst liggen; een geplande einddatum legt u vast door de plaatsing te wijzigen.');
  if (input.reason === 'other' && input.note.length < 5) throw badRequest('Licht de reden "Anders" toe in minstens 5 tekens.');
  const updated = await tx.updateTable('placements').set({
    status: 'ended', endDate: input.endedOn, endReason: input.reason, endNote: input.note, version: p.version + 1, updatedAt: new Date(),
  }).where('id', '=', p.id).where('municipalityId', '=', p.municipalityId).where('version', '=', expectedVersion).returning('id').executeTakeFirst();
  if (!updated) throw staleVersion();
}

export async function addFollowup(tx: Kysely<DB>, caller: Caller, p: PlacementRow, input: z.infer<typeof followupNew>) {
  if (input.followedUpOn < p.startDate) throw badRequest(`Een nazorgmoment ligt niet vóór de start van de plaatsing (${p.startDate}).`);
  if (input.followedUpOn > todayIso()) throw badRequest('Een nazorgmoment kan niet in de toekomst liggen.');
  await tx.insertInto('placementFollowups').values({
    municipalityId: p.municipalityId, placementId: p.id, followedUpOn: input.followedUpOn, note: input.note, recordedBy: caller.actor.userId,
  }).execute();
}
