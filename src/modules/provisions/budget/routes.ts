import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { requireTenant } from '../../../db/tenant.ts';
import { euros } from '../../../rules/trajectory.ts';
import { etagOf, staleVersion, versionFromIfMatch } from '../../../server/etag.ts';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { appendAuditEvent } from '../../access/audit/store.ts';
import { cents, errors, ifMatchHeader, writeErrors } from '../common.ts';
import { positionOf } from '../trajectories/service.ts';

// Re-integratiebudget (participatiebudget) per year: budget, committed, realised, remaining.
const purpose = 'Sturing op het re-integratiebudget';
const yearParams = z.object({ year: z.coerce.number().int().min(2000, 'Ongeldig jaar').max(2100, 'Ongeldig jaar') });
/** Below this share of the budget still free, the position carries a warning. */
const WARN_SHARE = 0.1;

const budgetSchema = z.object({
  year: z.number().int(), budgetSet: z.boolean(), source: z.string(), version: z.number().int(),
  budgetCents: z.number().int(), committedCents: z.number().int().describe('Lopende verplichtingen: voorgesteld, goedgekeurd of gestart'),
  realisedCents: z.number().int().describe('Werkelijke kosten van beëindigde trajecten'),
  remainingCents: z.number().int(), trajectories: z.number().int(),
  warning: z.string().nullable().describe('Nederlandse waarschuwing als het budget (bijna) op is'),
}).meta({ id: 'ReintegrationBudget' });

function warningFor(p: { budgetCents: number; remainingCents: number }, budgetSet: boolean, year: number): string | null {
  if (!budgetSet) return `Voor ${year} is nog geen re-integratiebudget vastgesteld.`;
  if (p.remainingCents < 0) return `Het re-integratiebudget ${year} is met ${euros(-p.remainingCents)} overschreden.`;
  if (p.remainingCents < p.budgetCents * WARN_SHARE) return `Nog maar ${euros(p.remainingCents)} vrij van het re-integratiebudget ${year} (minder dan 10%).`;
  return null;
}

export async function budgetRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const present = async (municipalityId: string, year: number) => {
    const { position, budgetSet, source, version, trajectories } = await positionOf(app.database.db, municipalityId, year);
    return { year, budgetSet, source, version, trajectories, ...position, warning: warningFor(position, budgetSet, year) };
  };

  app.get('/reintegration-budgets/:year', {
    config: { access: { resource: 'budget', action: 'read', purpose } },
    schema: { tags: ['Budget'], summary: 'Re-integratiebudget van een jaar', description: 'Budget, verplicht, gerealiseerd en vrij, met een waarschuwing als het (bijna) op is.',
      params: yearParams, response: { 200: budgetSchema, ...errors } },
  }, async (request, reply) => {
    const body = await present(requireActor(request).municipalityId, request.params.year);
    return reply.header('ETag', etagOf(body.version)).send(body);
  });

  app.put('/reintegration-budgets/:year', {
    config: { access: { resource: 'budget', action: 'manage', purpose } },
    schema: { tags: ['Budget'], summary: 'Re-integratiebudget vaststellen', description: 'Met If-Match: "v0" voor een nieuw jaar, anders de ETag van GET.',
      params: yearParams, headers: ifMatchHeader,
      body: z.object({ amountCents: cents, source: z.string().trim().min(3, 'Noem de bron, bijvoorbeeld het raadsbesluit').max(300) }).strict().meta({ id: 'ReintegrationBudgetChange' }),
      response: { 200: budgetSchema, ...writeErrors } },
  }, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match']);
    const m = requireTenant(requireActor(request).municipalityId);
    const { year } = request.params;
    await app.database.db.transaction().execute(async (tx) => {
      const current = await tx.selectFrom('reintegrationBudgets').select('version').where('municipalityId', '=', m).where('year', '=', year).forUpdate().executeTakeFirst();
      if ((current?.version ?? 0) !== version) throw staleVersion();
      if (current) {
        await tx.updateTable('reintegrationBudgets').set({ ...request.body, version: sql`version + 1` }).where('municipalityId', '=', m).where('year', '=', year).execute();
      } else {
        await tx.insertInto('reintegrationBudgets').values({ ...request.body, municipalityId: m, year }).execute();
      }
      await appendAuditEvent(tx, auditContextOf(request), { action: 'budget.set', result: 'success', objectType: 'reintegration_budget', objectId: String(year), purpose });
    });
    const body = await present(m, year);
    return reply.header('ETag', etagOf(body.version)).send(body);
  });
}
