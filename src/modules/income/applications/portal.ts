import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireTenant } from '../../../db/tenant.ts';
import { errors } from '../../provisions/common.ts';
import { forbidden, notFound } from '../../../server/problem.ts';
import { audited, callerOf, fullName, INCOME_PURPOSE } from '../scope.ts';
import { householdFacts } from './store.ts';

// Mijn Meedoen: what a resident needs before applying or reporting a change — the household the application will be
// prefilled with, and their benefit if they have one. Only for a resident's own account.

const overviewSchema = z.object({
  residentId: z.string().uuid(), residentName: z.string(),
  household: z.object({
    partner: z.object({ name: z.string(), birthDate: z.string() }).nullable(),
    children: z.array(z.object({ givenNames: z.string(), birthDate: z.string() })),
    housemates: z.array(z.object({ givenNames: z.string(), birthDate: z.string(), costSharer: z.boolean() })),
  }),
  benefit: z.object({ id: z.string().uuid(), status: z.string(), startDate: z.string(), endDate: z.string().nullable(), hasPartner: z.boolean() }).nullable(),
}).meta({ id: 'PortalIncomeOverview' });

export async function portalIncomeRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get('/portal/income', {
    config: { access: { resource: 'benefit', action: 'list', purpose: INCOME_PURPOSE } },
    schema: { tags: ['Inkomen: Mijn Meedoen'], summary: 'Mijn inkomen: huishouden en uitkering',
      description: 'Voor een inwoner: het huishouden uit het dossier waarmee een aanvraag wordt ingevuld, en de eigen uitkering (als die er is).',
      response: { 200: overviewSchema, ...errors } },
  }, async (request) => {
    const c = callerOf(app, request);
    if (c.scope !== 'self') throw forbidden('Dit overzicht is voor inwoners in Mijn Meedoen.');
    const residentId = c.actor.residentId;
    if (!residentId) throw notFound('Uw account hoort niet bij een inwoner.');
    return audited(c, async (tx) => {
      const h = await householdFacts(tx, c.actor.municipalityId, residentId);
      if (!h) throw notFound('Uw account hoort niet bij een inwoner.');
      const benefit = await tx.selectFrom('benefits').select(['id', 'status', 'startDate', 'endDate', 'situation'])
        .where('municipalityId', '=', requireTenant(c.actor.municipalityId)).where('residentId', '=', residentId)
        .orderBy('startDate', 'desc').executeTakeFirst();
      return {
        residentId, residentName: fullName(h.resident),
        household: {
          partner: h.partner ? { name: fullName(h.partner), birthDate: h.partner.birthDate } : null,
          children: h.members.filter((m) => m.kind === 'child').map((m) => ({ givenNames: m.givenNames, birthDate: m.birthDate })),
          housemates: h.members.filter((m) => m.kind === 'housemate').map((m) => ({ givenNames: m.givenNames, birthDate: m.birthDate, costSharer: m.costSharer })),
        },
        benefit: benefit ? { id: benefit.id, status: benefit.status, startDate: benefit.startDate, endDate: benefit.endDate, hasPartner: benefit.situation.partner !== null } : null,
      };
    }, () => ({ action: 'benefit.portal_overview', objectType: 'resident', objectId: residentId, residentIds: [residentId] }));
  });
}
