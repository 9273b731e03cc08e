import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { placementKindLabels } from '../../../rules/placements.ts';
import { errors } from '../../provisions/common.ts';
import { audited, callerOf, fullName, INCOME_PURPOSE } from '../scope.ts';
import { pendingWorkOutflow } from './store.ts';

const signalSchema = z.object({
  id: z.string().uuid(), occurredOn: z.string().describe('Eerste werkdag: de uitkering stopt uiterlijk de dag ervoor'),
  residentId: z.string().uuid(), residentName: z.string(), benefitId: z.string().uuid(), benefitStartDate: z.string(),
  placementId: z.string().uuid().nullable(), employerName: z.string().nullable(), placementKindLabel: z.string().nullable(),
  contractHoursPerWeek: z.number().nullable(),
}).meta({ id: 'BenefitOutflowSignal' });

export async function outflowSignalRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get('/benefit-outflow-signals', {
    config: { access: { resource: 'benefit', action: 'list', purpose: INCOME_PURPOSE } },
    schema: {
      tags: ['Inkomen: besluiten'], summary: 'Uitstroom door werk, nog te verwerken',
      description: 'Plaatsingen die volgens de accountmanager of consulent werk de uitkering beëindigen, terwijl de uitkering nog loopt. '
        + 'Een beëindigingsbesluit met reden werk haalt de inwoner van deze lijst en telt mee in de uitstroomcijfers.',
      response: { 200: z.object({ items: z.array(signalSchema) }), ...errors },
    },
  }, async (request) => {
    const c = callerOf(app, request);
    return audited(c, async (tx) => {
      const rows = await pendingWorkOutflow({ ...c, db: tx });
      return {
        items: rows.map((r) => ({
          id: r.id, occurredOn: r.occurredOn, residentId: r.residentId, residentName: fullName(r), benefitId: r.benefitId,
          benefitStartDate: r.benefitStartDate, placementId: r.placementId, employerName: r.employerName,
          placementKindLabel: r.placementKind ? placementKindLabels[r.placementKind] : null,
          contractHoursPerWeek: r.contractHoursPerWeek === null ? null : Number(r.contractHoursPerWeek),
        })),
      };
    }, ({ items }) => ({ action: 'benefit.outflow_signals', objectType: 'benefit', residentIds: items.map((i) => i.residentId) }));
  });
}
