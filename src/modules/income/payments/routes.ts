import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, versionFromIfMatch } from '../../../server/etag.ts';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { HttpProblem, notFound, problemSchema } from '../../../server/problem.ts';
import { appendAuditEvent } from '../../access/audit/store.ts';
import { errors, ifMatchHeader, uuid, writeErrors } from '../../provisions/common.ts';
import { fullName } from '../../residents/present.ts';
import { payslipRoutes } from './payslip-routes.ts';
import { kindLabels, presentRun } from './present.ts';
import { PAYMENT_PURPOSE } from './runner.ts';
import { runDetailSchema, runNew, runPaymentSchema, runPaymentsQuery, runSchema } from './schema.ts';
import { approveRun, exportSepa, reconcileRun, startRun } from './service.ts';
import { findRun, listRuns, runExceptions, runPayments } from './store.ts';
import { PaymentRunWorker } from './worker.ts';

const access = (action: 'list' | 'run' | 'approve' | 'export') => ({ resource: 'payment', action, purpose: PAYMENT_PURPOSE }) as const;
const runParams = z.object({ runId: uuid('betaalrun-id') });
const tags = ['Betalingen'];

/** Betaalruns: start (the server's worker computes it in the background), progress, aansluiting, vier ogen, SEPA. */
export async function paymentRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const worker = new PaymentRunWorker(app.database.db, app.log);
  app.addHook('onReady', async () => worker.start());
  app.addHook('onClose', async () => worker.stop());
  const db = () => app.database.db;

  /** The run of the caller's municipality; another municipality's answers 404, audited as a refused attempt. */
  async function runOf(request: FastifyRequest, runId: string, action: string) {
    const actor = requireActor(request);
    const run = await findRun(db(), actor.municipalityId, runId);
    if (run) return run;
    await db().transaction().execute((tx) => appendAuditEvent(tx, auditContextOf(request), {
      action, result: 'denied', objectType: 'payment_run', objectId: runId, purpose: PAYMENT_PURPOSE,
    }));
    throw notFound('Deze betaalrun bestaat niet of u heeft er geen toegang toe.');
  }

  app.get('/payment-runs', {
    config: { access: access('list') },
    schema: { tags, summary: 'Betaalruns', description: 'De betaalruns van uw gemeente, nieuwste maand eerst, met voortgang, aansluiting en goedkeuring. Bevat geen persoonsgegevens.',
      response: { 200: z.object({ items: z.array(runSchema) }), ...errors } },
  }, async (request) => ({ items: (await listRuns(db(), requireActor(request).municipalityId)).map(presentRun) }));

  app.post('/payment-runs', {
    config: { access: access('run') },
    schema: { tags, summary: 'Betaalrun starten',
      description: 'Start de betaalrun van een maand; de server berekent elke actieve uitkering op de achtergrond, in batches die elk apart worden opgeslagen. '
        + 'Loopt er voor die maand al een run die nog niet is goedgekeurd, dan komt die terug (200) en gaat die verder waar hij was. Na een goedgekeurde run betaalt een nieuwe run alleen wie nog niet betaald is.',
      body: runNew, response: { 200: runSchema, 201: runSchema, ...errors, 409: problemSchema, 422: problemSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const { run, created } = await startRun(db(), auditContextOf(request), {
      municipalityId: actor.municipalityId, month: request.body.month, startedBy: actor.userId, startedVia: 'webapplicatie', batchSize: app.config.paymentBatchSize,
    });
    worker.kick();
    return reply.status(created ? 201 : 200).header('ETag', etagOf(run.version)).send(presentRun(run));
  });

  app.get('/payment-runs/:runId', {
    config: { access: access('list') },
    schema: { tags, summary: 'Eén betaalrun', description: 'Voortgang (berekend van totaal), bedragen, aansluiting, goedkeuring, en — zodra de run berekend is — de uitkeringen die niet automatisch te berekenen waren.',
      params: runParams, response: { 200: runDetailSchema, ...errors } },
  }, async (request, reply) => {
    const run = await runOf(request, request.params.runId, 'payment_run.read');
    // Names only once the run is computed, so the progress the page polls every second reads no personal data.
    const exceptions = run.status === 'running' ? [] : await runExceptions(db(), run.municipalityId, run.id);
    if (exceptions.length) {
      await db().transaction().execute((tx) => appendAuditEvent(tx, auditContextOf(request), {
        action: 'payment_run.read', result: 'success', objectType: 'payment_run', objectId: run.id, residentIds: exceptions.map((x) => x.residentId), purpose: PAYMENT_PURPOSE,
      }));
    }
    return reply.header('ETag', etagOf(run.version)).send({
      ...presentRun(run), exceptions: exceptions.map((x) => ({ residentId: x.residentId, fullName: fullName(x), reason: x.reason })),
    });
  });

  app.get('/payment-runs/:runId/payments', {
    config: { access: access('list') },
    schema: { tags, summary: 'Betalingen van een run', description: 'Per pagina, op achternaam; met een link naar de betaalspecificatie.',
      params: runParams, querystring: runPaymentsQuery,
      response: { 200: z.object({ items: z.array(runPaymentSchema), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() }), ...errors } },
  }, async (request) => {
    const run = await runOf(request, request.params.runId, 'payment_run.payments');
    const { page, pageSize } = request.query;
    return db().transaction().execute(async (tx) => {
      const rows = await runPayments(tx, run.municipalityId, run.id, { limit: pageSize, offset: (page - 1) * pageSize });
      await appendAuditEvent(tx, auditContextOf(request), {
        action: 'payment_run.payments', result: 'success', objectType: 'payment_run', objectId: run.id, purpose: PAYMENT_PURPOSE,
        residentIds: [...new Set(rows.flatMap((r) => (r.partnerResidentId ? [r.residentId, r.partnerResidentId] : [r.residentId])))],
      });
      return {
        items: rows.map((r) => ({
          id: r.id, kind: r.kind, kindLabel: kindLabels[r.kind], amountCents: Number(r.amountCents), basis: r.basis, tableId: r.tableId,
          resident: { id: r.residentId, fullName: fullName(r) },
        })),
        page, pageSize, total: run.paymentCount,
      };
    });
  });

  app.post('/payment-runs/:runId/reconciliation', {
    config: { access: access('run') },
    schema: { tags, summary: 'Betaalrun aansluiten',
      description: 'Telt aantal en totaal opnieuw uit de betaalregels en vergelijkt ze met de tellers van de run; controleert dat iedereen met recht een betaling of een uitzondering heeft. Klopt alles, dan wacht de run op goedkeuring.',
      params: runParams, response: { 200: runSchema, ...errors, 409: problemSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const run = await runOf(request, request.params.runId, 'payment_run.reconcile');
    const after = await reconcileRun(db(), auditContextOf(request), actor.municipalityId, run.id, actor.userId);
    return reply.header('ETag', etagOf(after.version)).send(presentRun(after));
  });

  app.post('/payment-runs/:runId/approval', {
    config: { access: access('approve') },
    schema: { tags, summary: 'Betaalrun goedkeuren (vier ogen)',
      description: 'Een tweede persoon, niet wie de run startte, keurt de aangesloten run goed; dan ligt de uitvoeringsdatum vast en komt het SEPA-bestand vrij. Met If-Match.',
      params: runParams, headers: ifMatchHeader, response: { 200: runSchema, ...writeErrors } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const version = versionFromIfMatch(request.headers['if-match']);
    const run = await runOf(request, request.params.runId, 'payment_run.approve');
    try {
      const after = await approveRun(db(), auditContextOf(request), actor.municipalityId, run.id, actor.userId, version);
      return reply.header('ETag', etagOf(after.version)).send(presentRun(after));
    } catch (error) {
      if (error instanceof HttpProblem && error.status === 403) {
        await db().transaction().execute((tx) => appendAuditEvent(tx, auditContextOf(request), {
          action: 'payment_run.approve', result: 'denied', objectType: 'payment_run', objectId: run.id, purpose: PAYMENT_PURPOSE,
        }));
      }
      throw error;
    }
  });

  app.get('/payment-runs/:runId/sepa.xml', {
    config: { access: access('export') },
    schema: { tags, summary: 'SEPA-bestand (pain.001.001.03)',
      description: 'Het betaalbestand voor de bank: pas na goedkeuring, elke keer dezelfde inhoud (ook dezelfde MsgId, zodat de bank een dubbel ingediend bestand weigert). Elke download wordt vastgelegd.',
      params: runParams, produces: ['application/xml'], response: { 200: z.any().describe('SEPA pain.001.001.03 XML'), ...errors, 409: problemSchema } },
  }, async (request, reply) => {
    const run = await runOf(request, request.params.runId, 'payment_run.export');
    const { xml, fileName } = await exportSepa(db(), auditContextOf(request), run.municipalityId, run.id);
    return reply.type('application/xml; charset=utf-8').header('Content-Disposition', `attachment; filename="${fileName}"`).send(xml);
  });

  await app.register(payslipRoutes);
}
