import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireTenant } from '../../../db/tenant.ts';
import { daysBetween, todayIso } from '../../../rules/dates.ts';
import { referenceDate, shelteredFill, shelteredForecast } from '../../../rules/sheltered-work.ts';
import { etagOf, staleVersion, versionFromIfMatch } from '../../../server/etag.ts';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { HttpProblem } from '../../../server/problem.ts';
import { appendAuditEvent } from '../../access/audit/store.ts';
import { scopeFor } from '../../access/permissions.ts';
import type { Actor } from '../../access/roles.ts';
import { errors, ifMatchHeader, writeErrors } from '../../provisions/common.ts';
import { inScope } from '../../residents/guard.ts';
import { fullName } from '../../residents/present.ts';
import { forecastQuery, forecastSchema, overviewSchema, targetChange } from './schema.ts';
import { shelteredPlacementsOn, targetOf, targetsBetween, waitingListOn } from './store.ts';

// Taakstelling nieuw beschut werk: target, fill, waiting list and forecast per year (resource sheltered_work).
const purpose = 'Sturing op de taakstelling nieuw beschut werk';
const tags = ['Beschut werk'];
const yearParams = z.object({ year: z.coerce.number().int().min(2015, 'Ongeldig jaar').max(2100, 'Ongeldig jaar') });
const DEFAULT_HOURS_PER_PLACEMENT = 31;  // domain.md: 372 hours = 12 placements of 31 hours
const DEFAULT_GROWTH_PCT = 7.5;          // domain.md: the target grows 7–8% a year

/**
 * The year's figures. Names on the waiting list only for roles that may list residents, and only for residents in
 * their scope (a consultant: their team); everyone else gets the counts. The policy analyst never sees a name.
 */
async function overview(app: FastifyInstance, actor: Actor, year: number) {
  const db = app.database.db;
  const m = requireTenant(actor.municipalityId);
  const day = referenceDate(year, todayIso());
  const [target, placements, waiting] = await Promise.all([targetOf(db, m, year), shelteredPlacementsOn(db, m, day), waitingListOn(db, m, day)]);
  const fill = shelteredFill(target ?? null, placements, day);
  const residentScope = scopeFor(actor.role, 'resident', 'list');
  const waitingList = residentScope === undefined ? null : waiting.map((w, i) => ({
    position: i + 1,
    resident: inScope(actor, residentScope, w) ? { id: w.id, fullName: fullName(w) } : null,
    uwvIndicationDate: w.indicationDate, waitingDays: daysBetween(w.indicationDate, day), plannedStartDate: w.plannedStartDate,
  }));
  return {
    year, referenceDate: day,
    target: {
      set: target !== undefined, targetHoursPerWeek: fill.targetHoursPerWeek, targetPlacements: fill.targetPlacements,
      hoursPerPlacement: target?.hoursPerPlacement ?? DEFAULT_HOURS_PER_PLACEMENT, growthRatePct: target?.growthRatePct ?? DEFAULT_GROWTH_PCT,
      source: target?.source ?? '', version: target?.version ?? 0,
    },
    filledHoursPerWeek: fill.filledHoursPerWeek, openHoursPerWeek: fill.openHoursPerWeek, openPlacements: fill.openPlacements,
    overTargetHoursPerWeek: fill.overTargetHoursPerWeek, persons: fill.persons,
    waitingCount: waiting.length, waitingList,
  };
}

export async function shelteredWorkRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get('/sheltered-work/:year', {
    config: { access: { resource: 'sheltered_work', action: 'read', purpose } },
    schema: { tags, summary: 'Taakstelling nieuw beschut werk van een jaar',
      description: 'Taakstelling in uren per week en plaatsingen, wat plaatsingen in beschut werk daarvan vullen, wat nog open is, het aantal personen en de wachtlijst met UWV-indicatiedatum. Namen op de wachtlijst alleen voor wie inwoners mag zien; anderen krijgen aantallen.',
      params: yearParams, response: { 200: overviewSchema, ...errors } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const body = await overview(app, actor, request.params.year);
    const named = (body.waitingList ?? []).flatMap((w) => (w.resident ? [w.resident.id] : []));
    await app.database.db.transaction().execute((tx) => appendAuditEvent(tx, auditContextOf(request), {
      action: 'sheltered_work.read', result: 'success', objectType: 'sheltered_work', objectId: String(body.year), residentIds: named, purpose,
    }));
    return reply.header('ETag', etagOf(body.target.version)).send(body);
  });

  app.put('/sheltered-work/:year/target', {
    config: { access: { resource: 'sheltered_work', action: 'manage', purpose } },
    schema: { tags, summary: 'Taakstelling vastleggen', description: 'Door de functioneel beheerder. Met If-Match: "v0" voor een nieuw jaar, anders de ETag van GET.',
      params: yearParams, headers: ifMatchHeader, body: targetChange, response: { 200: overviewSchema, ...writeErrors } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const version = versionFromIfMatch(request.headers['if-match']);
    const m = requireTenant(actor.municipalityId);
    const { year } = request.params;
    await app.database.db.transaction().execute(async (tx) => {
      const current = await tx.selectFrom('shelteredWorkTargets').select('version').where('municipalityId', '=', m).where('year', '=', year).forUpdate().executeTakeFirst();
      if ((current?.version ?? 0) !== version) throw staleVersion();
      const values = { ...request.body, updatedBy: actor.userId, updatedAt: new Date() };
      if (current) {
        await tx.updateTable('shelteredWorkTargets').set({ ...values, version: current.version + 1 }).where('municipalityId', '=', m).where('year', '=', year).execute();
      } else {
        await tx.insertInto('shelteredWorkTargets').values({ ...values, municipalityId: m, year }).execute();
      }
      await appendAuditEvent(tx, auditContextOf(request), { action: 'sheltered_work.target', result: 'success', objectType: 'sheltered_work_target', objectId: String(year), purpose });
    });
    const body = await overview(app, actor, year);
    return reply.header('ETag', etagOf(body.target.version)).send(body);
  });

  app.get('/sheltered-work/:year/forecast', {
    config: { access: { resource: 'sheltered_work', action: 'read', purpose } },
    schema: { tags, summary: 'Prognose van de taakstelling',
      description: 'De taakstelling van het jaar en de komende jaren bij de vastgelegde groei, of bij growthRatePct om te verkennen. Per jaar afgerond op hele uren, berekend vanaf de onafgeronde waarde.',
      params: yearParams, querystring: forecastQuery, response: { 200: forecastSchema, ...errors } },
  }, async (request) => {
    const actor = requireActor(request);
    const { year } = request.params;
    const target = await targetOf(app.database.db, actor.municipalityId, year);
    if (!target) throw new HttpProblem(404, 'Geen taakstelling', `Voor ${year} is nog geen taakstelling vastgelegd; een prognose rekent vanaf de taakstelling van een jaar.`);
    const growthRatePct = request.query.growthRatePct ?? target.growthRatePct;
    const forecast = shelteredForecast(year, { ...target, growthRatePct }, request.query.years);
    const set = await targetsBetween(app.database.db, actor.municipalityId, year, year + request.query.years);
    await app.database.db.transaction().execute((tx) => appendAuditEvent(tx, auditContextOf(request), {
      action: 'sheltered_work.forecast', result: 'success', objectType: 'sheltered_work', objectId: String(year), purpose,
    }));
    return {
      fromYear: year, growthRatePct, hoursPerPlacement: target.hoursPerPlacement,
      years: forecast.map((f) => ({ ...f, setTargetHoursPerWeek: set.get(f.year) ?? null })),
    };
  });
}
