import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { badRequest, forbidden, notFound } from '../../../server/problem.ts';
import { appendAuditEvent, type AuditEntry } from '../../access/audit/store.ts';
import { errors, uuid } from '../../provisions/common.ts';
import { findResident } from '../../residents/store.ts';
import { presentPayslip, presentPayslipSummary } from './present.ts';
import { PAYMENT_PURPOSE } from './runner.ts';
import { payslipQuery, payslipSchema, payslipSummarySchema } from './schema.ts';
import { findPayment, payslipsOf } from './store.ts';

const access = { resource: 'payment', action: 'read', purpose: PAYMENT_PURPOSE } as const;
const tags = ['Betalingen'];

/**
 * Betaalspecificaties: a resident sees their own (scope self: applicant or partner of the benefit, paid runs only);
 * income consultants and team leads those of any resident of their municipality. Every read is audited.
 */
export async function payslipRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get('/payslips', {
    config: { access },
    schema: { tags, summary: 'Betaalspecificaties', description: 'Per maand wat is (of wordt) uitbetaald, nieuwste eerst. Een inwoner ziet de eigen betalingen; een medewerker geeft residentId mee.',
      querystring: payslipQuery, response: { 200: z.object({ items: z.array(payslipSummarySchema) }), ...errors } },
  }, async (request) => {
    const actor = requireActor(request);
    const ctx = auditContextOf(request);
    const audit = (entry: Omit<AuditEntry, 'purpose' | 'objectType'>) =>
      db().transaction().execute((tx) => appendAuditEvent(tx, ctx, { ...entry, objectType: 'resident', purpose: PAYMENT_PURPOSE }));
    let residentId: string;
    if (request.scope === 'self') {
      if (!actor.residentId) throw forbidden('Uw account hoort niet bij een inwoner.');
      if (request.query.residentId && request.query.residentId !== actor.residentId) {
        await audit({ action: 'payslip.list', result: 'denied', objectId: request.query.residentId });
        throw forbidden('U kunt alleen uw eigen betalingen zien.');
      }
      residentId = actor.residentId;
    } else {
      if (!request.query.residentId) throw badRequest('Geef met residentId aan van welke inwoner u de betalingen wilt zien.');
      residentId = request.query.residentId;
      if (!(await findResident(db(), actor.municipalityId, residentId))) {
        // Not in the caller's municipality: nothing to show, and the attempt is recorded.
        await audit({ action: 'payslip.list', result: 'denied', objectId: residentId });
        return { items: [] };
      }
    }
    return db().transaction().execute(async (tx) => {
      const rows = await payslipsOf(tx, actor.municipalityId, residentId, request.scope === 'self');
      await appendAuditEvent(tx, ctx, {
        action: 'payslip.list', result: 'success', objectType: 'resident', objectId: residentId, residentIds: [residentId], purpose: PAYMENT_PURPOSE,
      });
      return { items: rows.map(presentPayslipSummary) };
    });
  });

  app.get('/payslips/:paymentId', {
    config: { access },
    schema: { tags, summary: 'Eén betaalspecificatie',
      description: 'Elke regel van de berekening met het wetsartikel, de versie van de normtabel, en of de eigen inkomstenopgave of de vastgestelde situatie is gebruikt.',
      params: z.object({ paymentId: uuid('betaling-id') }), response: { 200: payslipSchema, ...errors } },
  }, async (request) => {
    const actor = requireActor(request);
    const ctx = auditContextOf(request);
    const p = await findPayment(db(), actor.municipalityId, request.params.paymentId);
    const own = p !== undefined && (p.residentId === actor.residentId || p.partnerResidentId === actor.residentId) && p.runStatus === 'approved';
    if (!p || (request.scope === 'self' && !own)) {
      await db().transaction().execute((tx) => appendAuditEvent(tx, ctx, {
        action: 'payslip.read', result: 'denied', objectType: 'payment', objectId: request.params.paymentId, purpose: PAYMENT_PURPOSE,
      }));
      throw notFound('Deze betaalspecificatie bestaat niet of u heeft er geen toegang toe.');
    }
    await db().transaction().execute((tx) => appendAuditEvent(tx, ctx, {
      action: 'payslip.read', result: 'success', objectType: 'payment', objectId: p.id, purpose: PAYMENT_PURPOSE,
      residentIds: p.partnerResidentId ? [p.residentId, p.partnerResidentId] : [p.residentId],
    }));
    return presentPayslip(p);
  });
}
