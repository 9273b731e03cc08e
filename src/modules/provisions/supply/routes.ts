import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayIso } from '../../../rules/dates.ts';
import { supplyNeedReport } from '../../../rules/supply-need.ts';
import { targetGroupLabels, type TargetGroupCode } from '../../../rules/target-groups.ts';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { appendAuditEvent } from '../../access/audit/store.ts';
import type { Role } from '../../access/roles.ts';
import { errors } from '../common.ts';
import { supplyFacts } from './store.ts';
import { supplyNeedWorkbook } from './xlsx.ts';

// Aansluiting aanbod en behoefte, for the yearly execution plan.
const access = { resource: 'supply_report', action: 'read', purpose: 'Uitvoeringsplan: aansluiting aanbod en behoefte' } as const;
const params = z.object({ year: z.coerce.number().int().min(2000, 'Ongeldig jaar').max(2100, 'Ongeldig jaar') });
const query = z.object({ maxWaitDays: z.coerce.number().int().min(0).max(365).default(30).describe('Wachttijd waarboven een instrument als knelpunt telt') });
/** Policy staff see aggregates only: counts from 1 to 4 could point at a person and are suppressed. */
export const SMALL_COUNT = 5;
const count = z.number().int().nullable().describe('null: minder dan 5, afgeschermd');

const reportSchema = z.object({
  year: z.number().int(), maxWaitDays: z.number().int(), suppressedBelow: z.number().int().nullable(),
  instruments: z.array(z.object({
    instrumentId: z.string().uuid(), code: z.string(), name: z.string(), placesPerYear: z.number().int(), inUse: count, waiting: count, free: z.number().int(),
    shortestWaitDays: z.number().int().nullable(), need: count,
    needByTargetGroup: z.array(z.object({ code: z.string(), label: z.string(), residents: count })),
    mismatches: z.array(z.string()),
  })),
  unservedNeeds: z.array(z.object({ need: z.string(), label: z.string(), residents: count })),
}).meta({ id: 'SupplyNeedReport' });
export type SupplyNeedView = z.infer<typeof reportSchema>;

async function build(app: FastifyInstance, municipalityId: string, role: Role, year: number, maxWaitDays: number): Promise<SupplyNeedView> {
  const report = supplyNeedReport(await supplyFacts(app.database.db, municipalityId, year, todayIso()), { maxWaitDays });
  const suppress = role === 'policy_analyst';
  const c = (n: number) => (suppress && n > 0 && n < SMALL_COUNT ? null : n);
  const label = (code: string) => (code === 'geen_doelgroep' ? 'Zonder doelgroep' : targetGroupLabels[code as TargetGroupCode] ?? code);
  return {
    year, maxWaitDays, suppressedBelow: suppress ? SMALL_COUNT : null,
    instruments: report.instruments.map((i) => ({
      ...i, inUse: c(i.inUse), waiting: c(i.waiting), need: c(i.need),
      needByTargetGroup: Object.entries(i.needByTargetGroup).sort(([a], [b]) => a.localeCompare(b)).map(([code, n]) => ({ code, label: label(code), residents: c(n) })),
    })),
    unservedNeeds: report.unservedNeeds.map((u) => ({ ...u, residents: c(u.residents) })),
  };
}

export async function supplyRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get('/supply-need-reports/:year', {
    config: { access },
    schema: { tags: ['Aanbod en behoefte'], summary: 'Aansluiting aanbod en behoefte',
      description: 'Per instrument: plaatsen per jaar, gebruik, wachtenden, vrije plaatsen, wachttijd en de behoefte uit plannen van aanpak en belemmeringen, per doelgroep; knelpunten in het Nederlands. Voor beleidsmedewerkers zijn aantallen onder 5 afgeschermd.',
      params, querystring: query, response: { 200: reportSchema, ...errors } },
  }, async (request) => {
    const actor = requireActor(request);
    const view = await build(app, actor.municipalityId, actor.role, request.params.year, request.query.maxWaitDays);
    await app.database.db.transaction().execute((tx) => appendAuditEvent(tx, auditContextOf(request), {
      action: 'supply_report.read', result: 'success', objectType: 'supply_need_report', objectId: String(request.params.year), purpose: access.purpose,
    }));
    return view;
  });

  app.get('/supply-need-reports/:year/export', {
    config: { access },
    schema: { tags: ['Aanbod en behoefte'], summary: 'Aansluiting aanbod en behoefte als XLSX', description: 'Dezelfde cijfers als Excel-bestand, voor het uitvoeringsplan.',
      params, querystring: query, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      response: { 200: z.any().describe('XLSX-bestand'), ...errors } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const view = await build(app, actor.municipalityId, actor.role, request.params.year, request.query.maxWaitDays);
    const buffer = await supplyNeedWorkbook(view);
    await app.database.db.transaction().execute((tx) => appendAuditEvent(tx, auditContextOf(request), {
      action: 'supply_report.export', result: 'success', objectType: 'supply_need_report', objectId: String(request.params.year), purpose: access.purpose,
    }));
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', `attachment; filename="aanbod-en-behoefte-${request.params.year}.xlsx"`).send(buffer);
  });
}
