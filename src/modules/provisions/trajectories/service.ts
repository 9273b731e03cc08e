import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { requireTenant } from '../../../db/tenant.ts';
import type { DB } from '../../../db/types.ts';
import { todayIso } from '../../../rules/dates.ts';
import {
  budgetPosition, budgetYearOf, euros, mayDecide, needsSecondApproval, nextStatus, trajectoryAmount, wouldExceed, type TrajectoryEvent,
} from '../../../rules/trajectory.ts';
import { staleVersion } from '../../../server/etag.ts';
import { badRequest, forbidden, HttpProblem, notFound } from '../../../server/problem.ts';
import { appendAuditEvent } from '../../access/audit/store.ts';
import type { Caller } from '../../residents/guard.ts';
import type { ResidentRow } from '../../residents/store.ts';
import { loadTrajectories, type TrajectoryRow } from './store.ts';
import type { endNew, reportNew, trajectoryNew } from './schema.ts';

export const TRAJECTORY_PURPOSE = 'Inzet en uitvoering van re-integratietrajecten';
export const FOUR_EYES_SETTING = 'trajectory_four_eyes_threshold_cents';

/** The policy value valid today, with the row it came from (recorded on the trajectory). */
export async function policyValue(db: Kysely<DB>, municipalityId: string, name: string, on: string) {
  return db.selectFrom('policySettings').select(['id', 'value', 'validFrom', 'source'])
    .where('municipalityId', '=', requireTenant(municipalityId)).where('name', '=', name).where('validFrom', '<=', on)
    .orderBy('validFrom', 'desc').limit(1).executeTakeFirst();
}

/** The year's budget position; lockBudget serialises orders so two at once cannot both slip under the limit. */
export async function positionOf(db: Kysely<DB>, municipalityId: string, year: number, lockBudget = false) {
  const m = requireTenant(municipalityId);
  let budgetQuery = db.selectFrom('reintegrationBudgets').select(['amountCents', 'source', 'version']).where('municipalityId', '=', m).where('year', '=', year);
  if (lockBudget) budgetQuery = budgetQuery.forUpdate();
  const budget = await budgetQuery.executeTakeFirst();
  const items = await db.selectFrom('trajectories').select(['status', 'amountCents', 'realisedCents'])
    .where('municipalityId', '=', m).where('budgetYear', '=', year).execute();
  const position = budgetPosition(Number(budget?.amountCents ?? 0), items.map((t) => ({
    status: t.status, amountCents: Number(t.amountCents), realisedCents: t.realisedCents === null ? null : Number(t.realisedCents),
  })));
  return { year, position, budgetSet: budget !== undefined, source: budget?.source ?? '', version: budget?.version ?? 0, trajectories: items.length };
}

/**
 * Loads one trajectory the caller may act on. Not in the municipality, or (for a partner) not ordered from their
 * organisation: 404, as if it did not exist. In the municipality but outside the caller's team: 403. Both audited.
 */
export async function trajectoryInScope(caller: Caller, id: string, action: string): Promise<TrajectoryRow> {
  const { actor, scope } = caller;
  const [t] = await loadTrajectories(caller.db, actor.municipalityId, { id });
  const refuse = async (problem: HttpProblem, residentIds: string[]) => {
    await caller.db.transaction().execute((tx) => appendAuditEvent(tx, caller.ctx, {
      action, result: 'denied', objectType: 'trajectory', objectId: id, residentIds, purpose: TRAJECTORY_PURPOSE,
    }));
    throw problem;
  };
  if (!t) return refuse(notFound('Dit traject bestaat niet of u heeft er geen toegang toe.'), []);
  if (scope === 'organisation' && t.organisationId !== actor.organisationId) {
    return refuse(notFound('Dit traject bestaat niet of u heeft er geen toegang toe.'), []);
  }
  const allowed = scope === 'municipality' || scope === 'organisation' || (scope === 'team' && actor.teamId !== null && t.residentTeamId === actor.teamId);
  if (!allowed) return refuse(forbidden('Dit traject hoort bij een inwoner buiten uw team.'), [t.residentId]);
  return t;
}

/** Runs a change on a trajectory with its audit row in one transaction; the version must still match (412). */
export async function changeTrajectory(caller: Caller, t: TrajectoryRow, expectedVersion: number, action: string, work: (tx: Kysely<DB>) => Promise<void>) {
  if (t.version !== expectedVersion) throw staleVersion();
  await caller.db.transaction().execute(async (tx) => {
    await work(tx);
    await appendAuditEvent(tx, caller.ctx, { action, result: 'success', objectType: 'trajectory', objectId: t.id, residentIds: [t.residentId], purpose: TRAJECTORY_PURPOSE });
  });
}

/** Applies a lifecycle event with the version check in the UPDATE itself, so a concurrent change answers 412. */
export async function applyEvent(tx: Kysely<DB>, t: TrajectoryRow, expectedVersion: number, event: TrajectoryEvent, set: Record<string, unknown>) {
  const next = nextStatus(t.status, event);
  if (!next.ok) throw new HttpProblem(409, 'Kan niet in deze status', next.reason);
  const updated = await tx.updateTable('trajectories').set({ ...(set as object), status: next.status, version: t.version + 1, updatedAt: new Date() })
    .where('id', '=', t.id).where('municipalityId', '=', t.municipalityId).where('version', '=', expectedVersion).returning('id').executeTakeFirst();
  if (!updated) throw staleVersion();
}

export function decide(caller: Caller, t: TrajectoryRow) {
  const verdict = mayDecide(t, caller.actor);
  if (!verdict.ok) throw forbidden(verdict.reason);
}

export function checkEnd(t: TrajectoryRow, input: z.infer<typeof endNew>, today: string) {
  if (input.endedOn > today) throw badRequest('De einddatum kan niet in de toekomst liggen.');
  if (t.startedOn && input.endedOn < t.startedOn) throw badRequest('De einddatum ligt vóór de startdatum.');
  if (input.realisedCents > Number(t.amountCents)) {
    throw badRequest(`De werkelijke kosten (${euros(input.realisedCents)}) zijn hoger dan de verplichting (${euros(Number(t.amountCents))}). Bestel eerst meer eenheden.`);
  }
  if (input.outcome === 'dropped_out' && input.outcomeReason.length < 5) throw badRequest('Geef bij voortijdig stoppen de reden (minstens 5 tekens).');
}

export function checkReport(t: TrajectoryRow, input: z.infer<typeof reportNew>, today: string) {
  if (t.status !== 'started') throw new HttpProblem(409, 'Kan niet in deze status', 'Rapporteren kan alleen over een gestart traject.');
  if (input.periodTo < input.periodFrom) throw badRequest('Het einde van de periode ligt vóór het begin.');
  if (input.periodTo > today) throw badRequest('U kunt niet rapporteren over een periode die nog niet voorbij is.');
  if (t.startedOn && input.periodFrom < t.startedOn) throw badRequest(`De periode begint vóór de start van het traject (${t.startedOn}).`);
  if (input.kind === 'attendance' && (input.hoursPlanned === null || input.hoursAttended === null)) {
    throw badRequest('Geef bij aanwezigheid de geplande en de aanwezige uren.');
  }
  if (input.kind === 'progress' && input.summary.length < 10) throw badRequest('Beschrijf de voortgang in minstens 10 tekens.');
}

/**
 * Orders a trajectory for a resident: from a catalogue offer (price from the offer) or as maatwerk (provider, price
 * and a reason). Commits the amount against the start year's budget; above the four-eyes threshold it waits for a
 * team lead, at or below it the order is approved at once.
 */
export async function orderTrajectory(tx: Kysely<DB>, caller: Caller, resident: ResidentRow, input: z.infer<typeof trajectoryNew>) {
  const m = resident.municipalityId;
  const today = todayIso();
  if (input.plannedEndOn < input.plannedStartOn) throw badRequest('De geplande einddatum ligt vóór de startdatum.');
  let order: { instrumentId: string | null; offerId: string | null; organisationId: string; unit: string; unitPriceCents: number };
  if (input.offerId) {
    if (input.providerId || input.customTitle || input.customReason || input.unitPriceCents !== null) {
      throw badRequest('Kies óf een aanbod uit de catalogus, óf maatwerk met aanbieder, prijs en reden.');
    }
    const offer = await tx.selectFrom('instrumentOffers as o').innerJoin('instruments as i', 'i.id', 'o.instrumentId')
      .select(['o.id', 'o.instrumentId', 'o.organisationId', 'o.unitPriceCents', 'o.activeFrom', 'o.activeUntil', 'i.unit', 'i.activeFrom as iFrom', 'i.activeUntil as iUntil', 'i.name'])
      .where('o.id', '=', input.offerId).where('o.municipalityId', '=', m).executeTakeFirst();
    if (!offer) throw badRequest('Dit aanbod staat niet in de catalogus van uw gemeente.');
    const on = input.plannedStartOn;
    const active = (from: string, until: string | null) => from <= on && (until === null || until >= on);
    if (!active(offer.activeFrom, offer.activeUntil) || !active(offer.iFrom, offer.iUntil)) {
      throw badRequest(`${offer.name} is bij deze aanbieder niet beschikbaar op ${on}.`);
    }
    order = { instrumentId: offer.instrumentId, offerId: offer.id, organisationId: offer.organisationId, unit: offer.unit, unitPriceCents: Number(offer.unitPriceCents) };
  } else {
    if (!input.providerId || !input.customTitle || !input.customReason || !input.unit || input.unitPriceCents === null) {
      throw badRequest('Maatwerk buiten de catalogus vraagt een aanbieder, een omschrijving, een eenheid, een prijs per eenheid en een reden.');
    }
    const provider = await tx.selectFrom('organisations').select('id').where('id', '=', input.providerId).where('municipalityId', '=', m).where('kind', '=', 'provider').executeTakeFirst();
    if (!provider) throw badRequest('Kies een aanbieder van uw gemeente.');
    order = { instrumentId: null, offerId: null, organisationId: provider.id, unit: input.unit, unitPriceCents: input.unitPriceCents };
  }
  if (input.goalId) {
    const goal = await tx.selectFrom('planGoals').select('id').where('id', '=', input.goalId).where('residentId', '=', resident.id).where('municipalityId', '=', m).executeTakeFirst();
    if (!goal) throw badRequest('Dit doel hoort niet bij het plan van aanpak van deze inwoner.');
  }
  const amountCents = trajectoryAmount(input.units, order.unitPriceCents);
  const budgetYear = budgetYearOf(input.plannedStartOn);
  const { position, budgetSet } = await positionOf(tx, m, budgetYear, true);
  if (wouldExceed(position, amountCents) && !input.confirmBudgetOverrun) {
    throw new HttpProblem(409, 'Budget wordt overschreden',
      budgetSet
        ? `Dit traject (${euros(amountCents)}) past niet in het re-integratiebudget ${budgetYear}: er is nog ${euros(position.remainingCents)} vrij. Bevestig als u toch wilt bestellen.`
        : `Voor ${budgetYear} is nog geen re-integratiebudget vastgesteld. Bevestig als u toch wilt bestellen.`);
  }
  const threshold = await policyValue(tx, m, FOUR_EYES_SETTING, today);
  // Without a decided threshold every order needs a second person: the safe default.
  const thresholdCents = Number(threshold?.value ?? 0);
  const second = needsSecondApproval(amountCents, thresholdCents);
  const row = await tx.insertInto('trajectories').values({
    municipalityId: m, residentId: resident.id, instrumentId: order.instrumentId, offerId: order.offerId, organisationId: order.organisationId,
    customTitle: input.offerId ? null : input.customTitle, customReason: input.offerId ? null : input.customReason, goalId: input.goalId,
    units: input.units, unit: order.unit as never, unitPriceCents: order.unitPriceCents, amountCents, budgetYear,
    status: second ? 'proposed' : 'approved', needsSecondApproval: second, fourEyesThresholdCents: thresholdCents, thresholdSettingId: threshold?.id ?? null,
    proposedBy: caller.actor.userId, decidedBy: second ? null : caller.actor.userId, decidedAt: second ? null : new Date(),
    decisionNote: second ? '' : 'Onder het grensbedrag: direct goedgekeurd bij bestellen',
    plannedStartOn: input.plannedStartOn, plannedEndOn: input.plannedEndOn,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
