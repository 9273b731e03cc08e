import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditDenied } from '../../../server/plugins/access.ts';
import { forbidden } from '../../../server/problem.ts';
import { canSeeFieldSet } from '../../access/permissions.ts';
import type { Actor } from '../../access/roles.ts';
import { DOSSIER_PURPOSE, withResident, type AuditNote } from '../guard.ts';
import type { ResidentRow } from '../store.ts';
import { callerOf } from './caller.ts';
import { listRowsOf, registerCollection, type CollectionSpec } from './collection.ts';
import { isoDate, labelled, versioned } from './common.ts';
import { dossierErrors, residentParams } from './params.ts';

// belemmeringen. Health is special-category data (AVG art. 9): only the contact person's team, with
// the `health` field set, sees it — and only when they state why, which goes into the audit log.
export const barrierCategories = labelled({
  language: 'Taal', debts: 'Schulden', care_duties: 'Zorgtaken', health: 'Gezondheid', housing: 'Huisvesting',
  transport: 'Vervoer', childcare: 'Kinderopvang', other: 'Anders',
});

export function maySeeHealth(actor: Actor, resident: Pick<ResidentRow, 'teamId'>): boolean {
  return canSeeFieldSet(actor.role, 'health') && actor.teamId !== null && actor.teamId === resident.teamId;
}

const item = z.object({
  ...versioned, category: barrierCategories.schema, categoryLabel: z.string(), description: z.string(),
  since: z.string().nullable(), resolvedOn: z.string().nullable(),
}).meta({ id: 'Barrier' });
const create = z.object({
  category: barrierCategories.schema,
  description: z.string().trim().max(4000).default(''),
  since: isoDate.nullable().default(null),
}).strict().meta({ id: 'BarrierNew' });
const patch = z.object({ description: z.string().trim().max(4000), since: isoDate.nullable(), resolvedOn: isoDate.nullable() })
  .partial().strict().meta({ id: 'BarrierChange' });

const presentFull = (r: Record<string, unknown>) => ({
  id: String(r.id), version: Number(r.version), category: r.category as never, categoryLabel: barrierCategories.label(String(r.category)),
  description: String(r.description), since: (r.since as string | null) ?? null, resolvedOn: (r.resolvedOn as string | null) ?? null,
});

// Write answers never carry a health description: reading it needs a stated purpose (the list route).
const HEALTH_MASK = 'Gezondheid (afgeschermd; inzien via de lijst met een doel)';
const present = (r: Record<string, unknown>) => {
  const full = presentFull(r);
  return r.category === 'health' ? { ...full, description: HEALTH_MASK } : full;
};

export const barriers: CollectionSpec<typeof create, typeof patch, typeof item> = {
  path: 'barriers', table: 'barriers', objectType: 'barrier', tag: 'Dossier',
  nameOne: 'belemmering', nameMany: 'belemmeringen', item, create, patch, orderBy: 'createdAt', listRoute: false,
  toInsert: (input, actor) => ({ ...input, recordedBy: actor.userId }),
  present,
};

const listQuery = z.object({
  healthPurpose: z.string().trim().min(5, 'Geef een doel van minstens 5 tekens').max(300).optional()
    .describe('Waarom u gezondheidsgegevens inziet; vereist om ze te tonen, en vastgelegd in het auditlog'),
});

export async function barrierRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  // Writes of health barriers need the same right as reading them.
  app.addHook('preHandler', async (request) => {
    const body = request.body as { category?: string } | undefined;
    const isBarrierWrite = request.method !== 'GET' && request.routeOptions.url?.includes('/barriers');
    if (!isBarrierWrite || !request.actor) return;
    const params = request.params as { id?: string; itemId?: string };
    let category = body?.category;
    if (!category && params.itemId) {
      category = (await app.database.db.selectFrom('barriers').select('category').where('id', '=', params.itemId)
        .where('municipalityId', '=', request.actor.municipalityId).executeTakeFirst())?.category;
    }
    if (category !== 'health') return;
    const resident = await app.database.db.selectFrom('residents').select('teamId').where('id', '=', params.id!)
      .where('municipalityId', '=', request.actor.municipalityId).executeTakeFirst();
    if (resident && !maySeeHealth(request.actor, resident)) {
      await auditDenied(app, request, { action: 'barrier.health.write', objectType: 'health', objectId: params.id, residentIds: [params.id!], purpose: DOSSIER_PURPOSE });
      throw forbidden('Gezondheidsgegevens zijn alleen voor het team van de contactpersoon.');
    }
  });

  registerCollection(app, barriers);

  app.get('/residents/:id/barriers', {
    config: { access: { resource: 'resident', action: 'read', purpose: DOSSIER_PURPOSE } },
    schema: {
      tags: ['Dossier'], summary: 'Belemmeringen van een inwoner',
      description: 'Gezondheidsbelemmeringen zijn bijzondere persoonsgegevens: alleen het team van de contactpersoon ziet ze, en alleen met een opgegeven doel (healthPurpose), dat in het auditlog komt. Anders staat alleen het aantal afgeschermde belemmeringen in het antwoord.',
      params: residentParams, querystring: listQuery,
      response: { 200: z.object({ items: z.array(item), hiddenHealthBarriers: z.number().int(), healthVisible: z.boolean(),
        mayViewHealth: z.boolean().describe('Of u gezondheidsgegevens mag inzien (met een doel): alleen het team van de contactpersoon') }).meta({ id: 'BarrierList' }), ...dossierErrors },
    },
  }, async (request) => {
    const caller = callerOf(app, request);
    return withResident(caller, 'barrier.list', request.params.id, async (tx, resident) => {
      const rows = await listRowsOf(tx, barriers as never, resident);
      const health = rows.filter((r) => r.category === 'health');
      const allowed = maySeeHealth(caller.actor, resident);
      const show = allowed && request.query.healthPurpose !== undefined;
      const audit: AuditNote[] = [{ action: 'barrier.list', objectType: 'barrier' }];
      if (show && health.length > 0) {
        audit.push({ action: 'barrier.health.read', objectType: 'health', purpose: `Gezondheid: ${request.query.healthPurpose}` });
      }
      return {
        value: {
          items: rows.filter((r) => show || r.category !== 'health').map(presentFull),
          hiddenHealthBarriers: show ? 0 : health.length,
          healthVisible: show,
          mayViewHealth: allowed,
        },
        audit,
      };
    });
  });
}
