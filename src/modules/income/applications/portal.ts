import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireTenant } from '../../../db/tenant.ts';
import { errors } from '../../provisions/common.ts';
import { forbidden, notFound } from '../../../server/problem.ts';
import { todayIso } from '../../../rules/dates.ts';
import { termValidOn, type LegalTerm, type LegalTermCode } from '../../../rules/income/terms.ts';
import { audited, callerOf, fullName, INCOME_PURPOSE, loadLegalTerms } from '../scope.ts';
import { householdFacts } from './store.ts';

// Mijn Meedoen: what a resident needs before applying or reporting a change — the household the application will be
// prefilled with, and their benefit if they have one. Only for a resident's own account.

const termSchema = z.object({
  weeks: z.number().int(), article: z.string().describe('Het wetsartikel'), validFrom: z.string().describe('Geldig vanaf'),
}).meta({ id: 'PortalLegalTerm' });

const overviewSchema = z.object({
  residentId: z.string().uuid(), residentName: z.string(),
  household: z.object({
    partner: z.object({ name: z.string(), birthDate: z.string() }).nullable(),
    children: z.array(z.object({ givenNames: z.string(), birthDate: z.string() })),
    housemates: z.array(z.object({ givenNames: z.string(), birthDate: z.string(), costSharer: z.boolean() })),
  }),
  benefit: z.object({ id: z.string().uuid(), status: z.string(), startDate: z.string(), endDate: z.string().nullable(), hasPartner: z.boolean() }).nullable(),
  legalTerms: z.object({
    decisionTerm: termSchema.nullable().describe('Beslistermijn: binnen zoveel weken na ontvangst een besluit'),
    advancePaymentTerm: termSchema.nullable().describe('Voorschot: binnen zoveel weken na ontvangst, als er dan nog geen besluit is'),
    objectionTerm: termSchema.nullable().describe('Bezwaartermijn: binnen zoveel weken na de bekendmaking van een besluit'),
  }).describe('De wettelijke termijnen die vandaag gelden (tabel legal_terms, met geldigheidsdatum en bron); null: geen versie vastgelegd'),
}).meta({ id: 'PortalIncomeOverview' });

/** The terms valid today, as the portal names them (the weeks come from the versioned table, never from the page). */
export function termsOn(terms: readonly LegalTerm[], day: string) {
  const view = (code: LegalTermCode) => {
    const t = termValidOn(terms, code, day);
    return t ? { weeks: t.weeks, article: t.article, validFrom: t.validFrom } : null;
  };
  return { decisionTerm: view('decision_term'), advancePaymentTerm: view('advance_payment_term'), objectionTerm: view('objection_term') };
}

export async function portalIncomeRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get('/portal/income', {
    config: { access: { resource: 'benefit', action: 'list', purpose: INCOME_PURPOSE } },
    schema: { tags: ['Inkomen: Mijn Meedoen'], summary: 'Mijn inkomen: huishouden en uitkering',
      description: 'Voor een inwoner: het huishouden uit het dossier waarmee een aanvraag wordt ingevuld, de eigen uitkering (als die er is) en de wettelijke termijnen die vandaag gelden.',
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
      const legalTerms = termsOn(await loadLegalTerms(tx), todayIso());
      return {
        legalTerms,
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
