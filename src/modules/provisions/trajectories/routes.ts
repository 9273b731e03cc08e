import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayIso } from '../../../rules/dates.ts';
import { etagOf, versionFromIfMatch } from '../../../server/etag.ts';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { badRequest } from '../../../server/problem.ts';
import { appendAuditEvent } from '../../access/audit/store.ts';
import { withResident, type Caller } from '../../residents/guard.ts';
import { errors, ifMatchHeader, uuid, writeErrors } from '../common.ts';
import {
  cancelNew, decisionNew, endNew, partnerTrajectorySchema, reportNew, startNew, trajectoryNew, trajectoryQuery, trajectorySchema,
} from './schema.ts';
import {
  applyEvent, changeTrajectory, checkEnd, checkReport, decide, orderTrajectory, TRAJECTORY_PURPOSE, trajectoryInScope,
} from './service.ts';
import { loadTrajectories, presentForPartner, presentForStaff, type TrajectoryRow } from './store.ts';

const access = (action: 'list' | 'read' | 'create' | 'update' | 'approve' | 'report') => ({ resource: 'trajectory', action, purpose: TRAJECTORY_PURPOSE }) as const;
const residentParams = z.object({ id: uuid('inwoner-id') });
const trajectoryParams = z.object({ trajectoryId: uuid('traject-id') });
const anyTrajectory = z.union([trajectorySchema, partnerTrajectorySchema]);

export async function trajectoryRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const caller = (request: FastifyRequest): Caller => ({ db: app.database.db, actor: requireActor(request), scope: request.scope!, ctx: auditContextOf(request) });
  const present = (c: Caller, t: TrajectoryRow) => (c.scope === 'organisation' ? presentForPartner(t) : presentForStaff(t));
  /** Reloads after a change and answers with the new version as ETag. */
  const fresh = async (c: Caller, id: string) => {
    const [t] = await loadTrajectories(c.db, c.actor.municipalityId, { id });
    return t;
  };

  app.get('/residents/:id/trajectories', {
    config: { access: access('list') },
    schema: { tags: ['Trajecten'], summary: 'Trajecten van een inwoner', description: 'Alle trajecten, nieuwste eerst.',
      params: residentParams, response: { 200: z.object({ items: z.array(trajectorySchema) }), ...errors, 404: errors[404] } },
  }, async (request) => withResident(caller(request), 'trajectory.list', request.params.id, async (tx, resident) => ({
    value: { items: (await loadTrajectories(tx, resident.municipalityId, { residentId: resident.id })).map(presentForStaff) },
    audit: { action: 'trajectory.list', objectType: 'trajectory', purpose: TRAJECTORY_PURPOSE },
  })));

  app.post('/residents/:id/trajectories', {
    config: { access: access('create') },
    schema: { tags: ['Trajecten'], summary: 'Traject bestellen',
      description: 'Uit de catalogus (offerId) of als maatwerk (aanbieder, omschrijving, prijs en verplichte reden). Het bedrag wordt verplicht op het re-integratiebudget van het startjaar; boven het grensbedrag van de gemeente keurt een teamleider het goed (vier ogen). Past het niet in het budget, dan volgt 409 tenzij confirmBudgetOverrun.',
      params: residentParams, body: trajectoryNew, response: { 201: trajectorySchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const id = await withResident(c, 'trajectory.create', request.params.id, async (tx, resident) => {
      const created = await orderTrajectory(tx, c, resident, request.body);
      return { value: created, audit: { action: 'trajectory.create', objectType: 'trajectory', objectId: created, purpose: TRAJECTORY_PURPOSE } };
    });
    const t = await fresh(c, id);
    return reply.status(201).header('ETag', etagOf(t.version)).send(presentForStaff(t));
  });

  app.get('/trajectories', {
    config: { access: access('list') },
    schema: { tags: ['Trajecten'], summary: 'Trajecten',
      description: 'Voor consulenten en teamleiders de trajecten van inwoners van hun team; voor een begeleider van een aanbieder alleen de trajecten die bij de eigen organisatie zijn besteld.',
      querystring: trajectoryQuery, response: { 200: z.object({ items: z.array(anyTrajectory) }), ...errors } },
  }, async (request) => {
    const c = caller(request);
    const scoped = c.scope === 'organisation' ? { organisationId: c.actor.organisationId } : c.scope === 'team' ? { teamId: c.actor.teamId ?? '00000000-0000-0000-0000-000000000000' } : {};
    return c.db.transaction().execute(async (tx) => {
      const rows = await loadTrajectories(tx, c.actor.municipalityId, {
        ...scoped, status: request.query.status, awaitingApproval: request.query.awaitingApproval,
        ...(request.query.awaitingApproval ? { notProposedBy: c.actor.userId } : {}),
      });
      await appendAuditEvent(tx, c.ctx, {
        action: 'trajectory.list', result: 'success', objectType: 'trajectory', residentIds: [...new Set(rows.map((r) => r.residentId))], purpose: TRAJECTORY_PURPOSE,
      });
      return { items: rows.map((t) => present(c, t)) };
    });
  });

  app.get('/trajectories/:trajectoryId', {
    config: { access: access('read') },
    schema: { tags: ['Trajecten'], summary: 'Eén traject', description: 'Met voortgangs- en aanwezigheidsrapportages.',
      params: trajectoryParams, response: { 200: anyTrajectory, ...errors } },
  }, async (request, reply) => {
    const c = caller(request);
    const t = await trajectoryInScope(c, request.params.trajectoryId, 'trajectory.read');
    await c.db.transaction().execute((tx) => appendAuditEvent(tx, c.ctx, {
      action: 'trajectory.read', result: 'success', objectType: 'trajectory', objectId: t.id, residentIds: [t.residentId], purpose: TRAJECTORY_PURPOSE,
    }));
    return reply.header('ETag', etagOf(t.version)).send(present(c, t));
  });

  app.post('/trajectories/:trajectoryId/decision', {
    config: { access: access('approve') },
    schema: { tags: ['Trajecten'], summary: 'Voorstel goedkeuren of afwijzen', description: 'Vier ogen: boven het grensbedrag beslist een teamleider die het niet zelf voorstelde. Met If-Match.',
      params: trajectoryParams, headers: ifMatchHeader, body: decisionNew, response: { 200: trajectorySchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const version = versionFromIfMatch(request.headers['if-match']);
    const t = await trajectoryInScope(c, request.params.trajectoryId, 'trajectory.decide');
    decide(c, t);
    if (request.body.decision === 'reject' && request.body.note.length < 5) throw badRequest('Geef bij afwijzen een toelichting van minstens 5 tekens.');
    await changeTrajectory(c, t, version, `trajectory.${request.body.decision}`, (tx) => applyEvent(tx, t, version, request.body.decision, {
      decidedBy: c.actor.userId, decidedAt: new Date(), decisionNote: request.body.note,
    }));
    const after = await fresh(c, t.id);
    return reply.header('ETag', etagOf(after.version)).send(presentForStaff(after));
  });

  app.post('/trajectories/:trajectoryId/start', {
    config: { access: access('update') },
    schema: { tags: ['Trajecten'], summary: 'Traject gestart', description: 'Legt de werkelijke startdatum vast. Met If-Match.',
      params: trajectoryParams, headers: ifMatchHeader, body: startNew, response: { 200: trajectorySchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const version = versionFromIfMatch(request.headers['if-match']);
    const t = await trajectoryInScope(c, request.params.trajectoryId, 'trajectory.start');
    if (request.body.startedOn > todayIso()) throw badRequest('De startdatum kan niet in de toekomst liggen.');
    await changeTrajectory(c, t, version, 'trajectory.start', (tx) => applyEvent(tx, t, version, 'start', { startedOn: request.body.startedOn }));
    const after = await fresh(c, t.id);
    return reply.header('ETag', etagOf(after.version)).send(presentForStaff(after));
  });

  app.post('/trajectories/:trajectoryId/end', {
    config: { access: access('update') },
    schema: { tags: ['Trajecten'], summary: 'Traject beëindigen', description: 'Met gecodeerde uitkomst en de werkelijke kosten; wat niet gebruikt is valt vrij in het budget. Met If-Match.',
      params: trajectoryParams, headers: ifMatchHeader, body: endNew, response: { 200: trajectorySchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const version = versionFromIfMatch(request.headers['if-match']);
    const t = await trajectoryInScope(c, request.params.trajectoryId, 'trajectory.end');
    checkEnd(t, request.body, todayIso());
    await changeTrajectory(c, t, version, 'trajectory.end', (tx) => applyEvent(tx, t, version, 'end', request.body));
    const after = await fresh(c, t.id);
    return reply.header('ETag', etagOf(after.version)).send(presentForStaff(after));
  });

  app.post('/trajectories/:trajectoryId/cancel', {
    config: { access: access('update') },
    schema: { tags: ['Trajecten'], summary: 'Traject annuleren', description: 'Vóór de start; de hele verplichting valt vrij. Met If-Match.',
      params: trajectoryParams, headers: ifMatchHeader, body: cancelNew, response: { 200: trajectorySchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const version = versionFromIfMatch(request.headers['if-match']);
    const t = await trajectoryInScope(c, request.params.trajectoryId, 'trajectory.cancel');
    await changeTrajectory(c, t, version, 'trajectory.cancel', (tx) => applyEvent(tx, t, version, 'cancel', { outcomeReason: request.body.reason }));
    const after = await fresh(c, t.id);
    return reply.header('ETag', etagOf(after.version)).send(presentForStaff(after));
  });

  app.post('/trajectories/:trajectoryId/reports', {
    config: { access: access('report') },
    schema: { tags: ['Trajecten'], summary: 'Aanwezigheid of voortgang rapporteren', description: 'Door de begeleider van de aanbieder; de consulent ziet het in het traject en de tijdlijn.',
      params: trajectoryParams, body: reportNew, response: { 201: partnerTrajectorySchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const t = await trajectoryInScope(c, request.params.trajectoryId, 'trajectory.report');
    checkReport(t, request.body, todayIso());
    await c.db.transaction().execute(async (tx) => {
      await tx.insertInto('trajectoryReports').values({ ...request.body, municipalityId: t.municipalityId, trajectoryId: t.id, reportedBy: c.actor.userId }).execute();
      await appendAuditEvent(tx, c.ctx, { action: 'trajectory.report', result: 'success', objectType: 'trajectory', objectId: t.id, residentIds: [t.residentId], purpose: TRAJECTORY_PURPOSE });
    });
    return reply.status(201).send(presentForPartner(await fresh(c, t.id)));
  });
}
