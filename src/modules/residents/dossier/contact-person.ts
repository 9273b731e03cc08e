import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/types.ts';
import { requireTenant } from '../../../db/tenant.ts';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { badRequest, forbidden, notFound } from '../../../server/problem.ts';
import { appendAuditEvent } from '../../access/audit/store.ts';
import { DOSSIER_PURPOSE, inScope, withResident } from '../guard.ts';
import { callerOf } from './caller.ts';
import { dossierErrors, residentParams } from './params.ts';

// Vaste contactpersoon: every resident has one; every change is kept with its date and reason.
const reasonSchema = z.string().trim().min(5, 'Geef een reden van minstens 5 tekens').max(500);
const assignInput = z.object({ userId: z.string().uuid('Kies een consulent'), reason: reasonSchema }).strict().meta({ id: 'ContactPersonAssignment' });
const bulkInput = z.object({
  residentIds: z.array(z.string().uuid()).min(1, 'Kies minstens één inwoner').max(500, 'Hoogstens 500 inwoners per keer'),
  toUserId: z.string().uuid('Kies een consulent'),
  reason: reasonSchema,
}).strict().meta({ id: 'BulkReassignment' });
const change = z.object({
  id: z.string().uuid(), changedAt: z.string(), reason: z.string(),
  from: z.object({ id: z.string().uuid(), displayName: z.string() }).nullable(),
  to: z.object({ id: z.string().uuid(), displayName: z.string() }),
  changedBy: z.object({ id: z.string().uuid(), displayName: z.string() }).nullable(),
}).meta({ id: 'ContactPersonChange' });

async function consultantOf(tx: Kysely<DB>, municipalityId: string, userId: string) {
  const user = await tx.selectFrom('users').select(['id', 'teamId', 'displayName']).where('id', '=', userId)
    .where('municipalityId', '=', requireTenant(municipalityId)).where('role', '=', 'work_consultant').where('active', '=', true).executeTakeFirst();
  if (!user) throw badRequest('Kies een actieve consulent werk van uw gemeente als contactpersoon.');
  return user;
}

/** Moves residents to a new contact person (and that person's team), recording each change. */
async function reassign(tx: Kysely<DB>, municipalityId: string, residentIds: string[], to: { id: string; teamId: string | null }, reason: string, by: string) {
  const tenant = requireTenant(municipalityId);
  const before = await tx.selectFrom('residents').select(['id', 'contactPersonId']).where('municipalityId', '=', tenant).where('id', 'in', residentIds).execute();
  const moving = before.filter((r) => r.contactPersonId !== to.id);
  if (moving.length === 0) return 0;
  await tx.insertInto('contactPersonChanges').values(moving.map((r) => ({
    municipalityId: tenant, residentId: r.id, fromUserId: r.contactPersonId, toUserId: to.id, changedBy: by, reason,
  }))).execute();
  await tx.updateTable('residents').set({ contactPersonId: to.id, teamId: to.teamId, version: sql`version + 1`, updatedAt: new Date() })
    .where('municipalityId', '=', tenant).where('id', 'in', moving.map((r) => r.id)).execute();
  return moving.length;
}

export async function contactPersonRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get('/consultants', {
    config: { access: { resource: 'resident', action: 'reassign', purpose: 'Toewijzing vaste contactpersoon' } },
    schema: { tags: ['Contactpersoon'], summary: 'Consulenten om aan toe te wijzen',
      description: 'De actieve consulenten werk van uw team (met hun caseloadgrootte), zodat een teamleider een contactpersoon kan kiezen; ook wie nog geen inwoners heeft.',
      response: { 200: z.object({ items: z.array(z.object({ id: z.string().uuid(), displayName: z.string(), caseload: z.number().int() })) }).meta({ id: 'ConsultantList' }), ...dossierErrors } },
  }, async (request) => {
    const actor = requireActor(request);
    const m = requireTenant(actor.municipalityId);
    // Scope team: the team lead's own team; a municipality-wide scope sees every team.
    let q = app.database.db.selectFrom('users as u')
      .select(['u.id', 'u.displayName'])
      .select((eb) => eb.selectFrom('residents as r').select(sql<number>`count(*)::int`.as('n')).whereRef('r.contactPersonId', '=', 'u.id').where('r.municipalityId', '=', m).as('caseload'))
      .where('u.municipalityId', '=', m).where('u.role', '=', 'work_consultant').where('u.active', '=', true);
    if (request.scope !== 'municipality') q = q.where('u.teamId', '=', actor.teamId ?? '00000000-0000-0000-0000-000000000000');
    const rows = await q.orderBy('u.displayName').execute();
    return { items: rows.map((r) => ({ id: r.id, displayName: r.displayName, caseload: Number(r.caseload ?? 0) })) };
  });

  app.get('/residents/:id/contact-person-changes', {
    config: { access: { resource: 'resident', action: 'read', purpose: DOSSIER_PURPOSE } },
    schema: { tags: ['Contactpersoon'], summary: 'Wisselingen van contactpersoon', description: 'Elke wissel met datum, reden en wie hem deed; nieuwste eerst.',
      params: residentParams, response: { 200: z.object({ items: z.array(change) }), ...dossierErrors } },
  }, async (request) => withResident(callerOf(app, request), 'contact_person.history', request.params.id, async (tx, resident) => {
    const rows = await tx.selectFrom('contactPersonChanges as c')
      .leftJoin('users as f', 'f.id', 'c.fromUserId').innerJoin('users as t', 't.id', 'c.toUserId').leftJoin('users as b', 'b.id', 'c.changedBy')
      .select(['c.id', 'c.changedAt', 'c.reason', 'c.fromUserId', 'f.displayName as fromName', 'c.toUserId', 't.displayName as toName', 'c.changedBy', 'b.displayName as byName'])
      .where('c.residentId', '=', resident.id).where('c.municipalityId', '=', resident.municipalityId).orderBy('c.changedAt', 'desc').execute();
    return {
      value: { items: rows.map((r) => ({
        id: r.id, changedAt: new Date(r.changedAt).toISOString(), reason: r.reason,
        from: r.fromUserId ? { id: r.fromUserId, displayName: r.fromName ?? '' } : null,
        to: { id: r.toUserId, displayName: r.toName },
        changedBy: r.changedBy ? { id: r.changedBy, displayName: r.byName ?? '' } : null,
      })) },
      audit: { action: 'contact_person.history', objectType: 'contact_person' },
    };
  }));

  app.put('/residents/:id/contact-person', {
    config: { access: { resource: 'resident', action: 'reassign', purpose: 'Toewijzing vaste contactpersoon' } },
    schema: { tags: ['Contactpersoon'], summary: 'Contactpersoon wijzigen', description: 'Wijst een andere consulent werk toe als vaste contactpersoon, met reden.',
      params: residentParams, body: assignInput, response: { 204: z.null().describe('Gewijzigd'), ...dossierErrors } },
  }, async (request, reply) => {
    const caller = callerOf(app, request);
    await withResident(caller, 'contact_person.assign', request.params.id, async (tx, resident) => {
      const to = await consultantOf(tx, resident.municipalityId, request.body.userId);
      await reassign(tx, resident.municipalityId, [resident.id], to, request.body.reason, caller.actor.userId);
      return { value: null, audit: { action: 'contact_person.assign', objectType: 'contact_person', objectId: to.id, purpose: `Toewijzing vaste contactpersoon: ${request.body.reason}` } };
    });
    return reply.status(204).send(null);
  });

  app.post('/residents/reassignments', {
    config: { access: { resource: 'resident', action: 'reassign', purpose: 'Toewijzing vaste contactpersoon' } },
    schema: { tags: ['Contactpersoon'], summary: 'Inwoners in één keer overdragen',
      description: 'Draagt een groep inwoners over aan een andere consulent, met één reden. Alles of niets: valt één inwoner buiten uw team of gemeente, dan verandert er niets.',
      body: bulkInput,
      response: { 200: z.object({ moved: z.number().int(), unchanged: z.number().int() }).meta({ id: 'BulkReassignmentResult' }), ...dossierErrors },
    },
  }, async (request) => {
    const actor = requireActor(request);
    const ctx = auditContextOf(request);
    const ids = [...new Set(request.body.residentIds)];
    const db = app.database.db;
    const found = await db.selectFrom('residents').select(['id', 'contactPersonId', 'teamId'])
      .where('municipalityId', '=', actor.municipalityId).where('id', 'in', ids).execute();
    const refused = found.length !== ids.length ? 'notFound' : found.some((r) => !inScope(actor, request.scope!, r)) ? 'scope' : null;
    if (refused) {
      await db.transaction().execute((tx) => appendAuditEvent(tx, ctx, {
        action: 'contact_person.bulk_assign', result: 'denied', purpose: request.body.reason,
        residentIds: found.map((r) => r.id), objectType: 'contact_person', objectId: request.body.toUserId,
      }));
      throw refused === 'notFound'
        ? notFound('Eén of meer inwoners bestaan niet in uw gemeente. Er is niets overgedragen.')
        : forbidden('Eén of meer inwoners vallen buiten uw team. Er is niets overgedragen.');
    }
    return db.transaction().execute(async (tx) => {
      const to = await consultantOf(tx, actor.municipalityId, request.body.toUserId);
      const moved = await reassign(tx, actor.municipalityId, ids, to, request.body.reason, actor.userId);
      await appendAuditEvent(tx, ctx, {
        action: 'contact_person.bulk_assign', result: 'success', residentIds: ids, objectType: 'contact_person', objectId: to.id,
        purpose: `Toewijzing vaste contactpersoon: ${request.body.reason}`,
      });
      return { moved, unchanged: ids.length - moved };
    });
  });
}

