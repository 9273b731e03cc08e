import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, versionFromIfMatch } from '../../../server/etag.ts';
import { appendAuditEvent } from '../../access/audit/store.ts';
import { withResident, type Caller } from '../../residents/guard.ts';
import { callerOf } from '../../residents/dossier/caller.ts';
import { errors, ifMatchHeader, uuid, writeErrors } from '../../provisions/common.ts';
import { placementFigureRoutes } from './figures.ts';
import { endNew, followupNew, placementChange, placementNew, placementQuery, placementSchema } from './schema.ts';
import { addFollowup, auditedChange, changePlacement, createPlacement, endPlacement, PLACEMENT_PURPOSE, placementInScope } from './service.ts';
import { loadPlacements, presentPlacement } from './store.ts';

// Plaatsingen: a resident starts at an employer, with contract terms, instruments and follow-up moments.
const access = (action: 'list' | 'read' | 'create' | 'update') => ({ resource: 'placement', action, purpose: PLACEMENT_PURPOSE }) as const;
const residentParams = z.object({ id: uuid('inwoner-id') });
const placementParams = z.object({ placementId: uuid('plaatsing-id') });
const tags = ['Plaatsingen'];

export async function placementRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const caller = (request: FastifyRequest): Caller => callerOf(app, request);
  const fresh = async (c: Caller, id: string) => (await loadPlacements(c.db, c.actor.municipalityId, { id })).rows[0];

  app.get('/residents/:id/placements', {
    config: { access: access('list') },
    schema: { tags, summary: 'Plaatsingen van een inwoner', description: 'Alle plaatsingen, nieuwste start eerst, met de berekening van de loonkostensubsidie.',
      params: residentParams, response: { 200: z.object({ items: z.array(placementSchema) }), ...errors } },
  }, async (request) => withResident(caller(request), 'placement.list', request.params.id, async (tx, resident) => ({
    value: { items: (await loadPlacements(tx, resident.municipalityId, { residentId: resident.id })).rows.map(presentPlacement) },
    audit: { action: 'placement.list', objectType: 'placement', purpose: PLACEMENT_PURPOSE },
  })));

  app.post('/residents/:id/placements', {
    config: { access: access('create') },
    schema: { tags, summary: 'Plaatsing vastleggen',
      description: 'De werkgever mag uit een andere gemeente van de regio komen, nooit van daarbuiten. Met wageCostSubsidy berekent Meedoen de loonkostensubsidie (art. 10d Participatiewet) op de tabellen die op de startdatum gelden en de loonwaarde uit het werkprofiel; zonder loonwaarde forfaitair. Met endsBenefit wordt een uitstroom door werk vastgelegd.',
      params: residentParams, body: placementNew, response: { 201: placementSchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const id = await withResident(c, 'placement.create', request.params.id, async (tx, resident) => {
      const created = await createPlacement(tx, c, resident, request.body);
      return { value: created, audit: { action: 'placement.create', objectType: 'placement', objectId: created, purpose: PLACEMENT_PURPOSE } };
    });
    const p = await fresh(c, id);
    return reply.status(201).header('ETag', etagOf(p.version)).send(presentPlacement(p));
  });

  app.get('/placements', {
    config: { access: access('list') },
    schema: { tags, summary: 'Plaatsingen',
      description: 'Voor consulenten en teamleiders de plaatsingen van inwoners van hun team; voor accountmanagers alle plaatsingen van inwoners van de gemeente.',
      querystring: placementQuery,
      response: { 200: z.object({ items: z.array(placementSchema), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() }), ...errors } },
  }, async (request) => {
    const c = caller(request);
    const { page, pageSize, ...filter } = request.query;
    const team = c.scope === 'team' ? { teamId: c.actor.teamId ?? '00000000-0000-0000-0000-000000000000' } : {};
    return c.db.transaction().execute(async (tx) => {
      const { rows, total } = await loadPlacements(tx, c.actor.municipalityId, { ...filter, ...team }, { limit: pageSize, offset: (page - 1) * pageSize });
      await appendAuditEvent(tx, c.ctx, {
        action: 'placement.list', result: 'success', objectType: 'placement', residentIds: [...new Set(rows.map((r) => r.residentId))], purpose: PLACEMENT_PURPOSE,
      });
      return { items: rows.map(presentPlacement), page, pageSize, total };
    });
  });

  app.get('/placements/:placementId', {
    config: { access: access('read') },
    schema: { tags, summary: 'Eén plaatsing', description: 'Met nazorgmomenten en de berekening van de loonkostensubsidie.',
      params: placementParams, response: { 200: placementSchema, ...errors } },
  }, async (request, reply) => {
    const c = caller(request);
    const p = await placementInScope(c, request.params.placementId, 'placement.read');
    await c.db.transaction().execute((tx) => appendAuditEvent(tx, c.ctx, {
      action: 'placement.read', result: 'success', objectType: 'placement', objectId: p.id, residentIds: [p.residentId], purpose: PLACEMENT_PURPOSE,
    }));
    return reply.header('ETag', etagOf(p.version)).send(presentPlacement(p));
  });

  app.patch('/placements/:placementId', {
    config: { access: access('update') },
    schema: { tags, summary: 'Plaatsing wijzigen', description: 'Contracturen, loon, geplande einddatum en instrumenten. Met If-Match; een verouderde versie geeft 412.',
      params: placementParams, headers: ifMatchHeader, body: placementChange, response: { 200: placementSchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const version = versionFromIfMatch(request.headers['if-match']);
    const p = await placementInScope(c, request.params.placementId, 'placement.update');
    await auditedChange(c, p, 'placement.update', (tx) => changePlacement(tx, p, version, request.body));
    const after = await fresh(c, p.id);
    return reply.header('ETag', etagOf(after.version)).send(presentPlacement(after));
  });

  app.post('/placements/:placementId/followups', {
    config: { access: access('update') },
    schema: { tags, summary: 'Nazorgmoment vastleggen', params: placementParams, body: followupNew, response: { 201: placementSchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const p = await placementInScope(c, request.params.placementId, 'placement.followup');
    await auditedChange(c, p, 'placement.followup', (tx) => addFollowup(tx, c, p, request.body));
    const after = await fresh(c, p.id);
    return reply.status(201).header('ETag', etagOf(after.version)).send(presentPlacement(after));
  });

  app.post('/placements/:placementId/end', {
    config: { access: access('update') },
    schema: { tags, summary: 'Plaatsing beëindigen', description: 'Met einddatum en gecodeerde reden. Met If-Match.',
      params: placementParams, headers: ifMatchHeader, body: endNew, response: { 200: placementSchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const version = versionFromIfMatch(request.headers['if-match']);
    const p = await placementInScope(c, request.params.placementId, 'placement.end');
    await auditedChange(c, p, 'placement.end', (tx) => endPlacement(tx, p, version, request.body));
    const after = await fresh(c, p.id);
    return reply.header('ETag', etagOf(after.version)).send(presentPlacement(after));
  });

  await app.register(placementFigureRoutes);
}
