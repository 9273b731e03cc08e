import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signalLabels, type SignalCode } from '../../../rules/checks/signals.ts';
import { monthLabel } from '../../../rules/payments/payment.ts';
import { etagOf, versionFromIfMatch } from '../../../server/etag.ts';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { notFound, problemSchema } from '../../../server/problem.ts';
import { appendAuditEvent } from '../../access/audit/store.ts';
import { errors, ifMatchHeader, uuid, writeErrors } from '../../provisions/common.ts';
import { fullName } from '../../residents/present.ts';
import { caseSchema, drawDetailSchema, drawNew, drawSchema, outcomeLabels, reviewNew, verificationSchema } from './schema.ts';
import { startMonthlyDrawJob } from './job.ts';
import { CHECK_PURPOSE, drawChecks, reviewCase, verifyDraw } from './service.ts';
import { casesOf, findDraw, listDraws, type CaseRow, type DrawRow } from './store.ts';

const access = (action: 'list' | 'create' | 'review') => ({ resource: 'benefit_check', action, purpose: CHECK_PURPOSE }) as const;
const tags = ['Controle achteraf'];
const drawParams = z.object({ drawId: uuid('trekking-id') });
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function presentDraw(d: DrawRow & { openCases?: number | null }, openCases: number) {
  return {
    id: d.id, month: d.month, monthLabel: monthLabel(d.month), samplePercentage: d.sampleBp / 100, seed: d.seed, prng: d.prng,
    populationCount: d.populationCount, populationHash: d.populationHash, sampleCount: d.sampleCount, signalCount: d.signalCount,
    openCases, drawnBy: d.drawnByName ?? d.drawnByLabel ?? 'opdrachtregel', drawnAt: iso(d.drawnAt)!,
  };
}

function presentCase(c: CaseRow): z.infer<typeof caseSchema> {
  const reasons = [];
  if (c.drawPosition !== null) reasons.push({ code: 'random_sample', label: 'Steekproef', detail: `Willekeurig getrokken als nummer ${c.drawPosition}.` });
  if (c.signalCode) reasons.push({ code: c.signalCode, label: signalLabels[c.signalCode as SignalCode] ?? c.signalCode, detail: c.signalDetail ?? '' });
  return {
    id: c.id, version: c.version, subjectType: c.subjectType, subjectId: c.subjectId, resident: { id: c.residentId, fullName: fullName(c) },
    paymentCents: c.paymentCents === null ? null : Number(c.paymentCents), reasons, drawPosition: c.drawPosition, status: c.status,
    outcome: c.outcome, outcomeLabel: c.outcome ? outcomeLabels[c.outcome] : null, finding: c.finding,
    reviewedBy: c.reviewedByName, reviewedAt: iso(c.reviewedAt),
  };
}

/** Controle achteraf: monthly draws with their seed, the cases, their review, and a check that a draw can be redone. */
export async function benefitCheckRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  startMonthlyDrawJob(root);

  async function drawOf(request: FastifyRequest, drawId: string) {
    const d = await findDraw(db(), requireActor(request).municipalityId, drawId);
    if (d) return d;
    await db().transaction().execute((tx) => appendAuditEvent(tx, auditContextOf(request), {
      action: 'benefit_check.read', result: 'denied', objectType: 'check_draw', objectId: drawId, purpose: CHECK_PURPOSE,
    }));
    throw notFound('Deze trekking bestaat niet of u heeft er geen toegang toe.');
  }

  app.get('/benefit-check-draws', {
    config: { access: access('list') },
    schema: { tags, summary: 'Trekkingen controle achteraf', description: 'Per maand: percentage, zaad, populatie, steekproef en signalen, en hoeveel zaken nog open zijn. Zonder persoonsgegevens.',
      response: { 200: z.object({ items: z.array(drawSchema) }), ...errors } },
  }, async (request) => ({
    items: (await listDraws(db(), requireActor(request).municipalityId)).map((d) => presentDraw(d, Number(d.openCases ?? 0))),
  }));

  app.post('/benefit-check-draws', {
    config: { access: access('create') },
    schema: { tags, summary: 'Steekproef trekken',
      description: 'Trekt met een nieuw zaad van 256 bits een willekeurige steekproef uit de goedgekeurde betalingen en vastgestelde besluiten van de maand, en voegt zaken met een concreet signaal toe (apart benoemd). Eén trekking per maand.',
      body: drawNew, response: { 201: drawDetailSchema, ...errors, 409: problemSchema } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const id = await drawChecks(db(), auditContextOf(request), actor.municipalityId, request.body.month, actor.userId);
    const d = (await findDraw(db(), actor.municipalityId, id))!;
    const cases = await casesOf(db(), actor.municipalityId, { drawId: id });
    return reply.status(201).send({ ...presentDraw(d, cases.length), cases: cases.map(presentCase) });
  });

  app.get('/benefit-check-draws/:drawId', {
    config: { access: access('list') },
    schema: { tags, summary: 'Eén trekking met de zaken', params: drawParams, response: { 200: drawDetailSchema, ...errors } },
  }, async (request) => {
    const d = await drawOf(request, request.params.drawId);
    return db().transaction().execute(async (tx) => {
      const cases = await casesOf(tx, d.municipalityId, { drawId: d.id });
      await appendAuditEvent(tx, auditContextOf(request), {
        action: 'benefit_check.read', result: 'success', objectType: 'check_draw', objectId: d.id, residentIds: [...new Set(cases.map((c) => c.residentId))], purpose: CHECK_PURPOSE,
      });
      return { ...presentDraw(d, cases.filter((c) => c.status === 'open').length), cases: cases.map(presentCase) };
    });
  });

  app.get('/benefit-check-draws/:drawId/verification', {
    config: { access: access('list') },
    schema: { tags, summary: 'Trekking narekenen',
      description: 'Bouwt de populatie opnieuw op, vergelijkt de hash en trekt opnieuw met het vastgelegde zaad: zo is te zien dat de steekproef willekeurig en ongewijzigd is.',
      params: drawParams, response: { 200: verificationSchema, ...errors } },
  }, async (request) => {
    const d = await drawOf(request, request.params.drawId);
    const v = await verifyDraw(db(), d.municipalityId, d);
    const explanation = v.populationMatches && v.sampleMatches
      ? 'De populatie is dezelfde als bij de trekking en opnieuw trekken met het vastgelegde zaad geeft precies dezelfde steekproef.'
      : !v.populationMatches
        ? 'De populatie is sinds de trekking veranderd (bijvoorbeeld een later goedgekeurde aanvullende run of een nieuw besluit); opnieuw trekken over de huidige populatie geeft daarom een andere uitkomst.'
        : 'Let op: met hetzelfde zaad en dezelfde populatie komt een andere steekproef uit dan vastgelegd. Meld dit aan de functionaris gegevensbescherming.';
    return { ...v, explanation };
  });

  app.post('/benefit-check-cases/:caseId/review', {
    config: { access: access('review') },
    schema: { tags, summary: 'Zaak beoordelen', description: 'Legt de bevinding en de uitkomst vast: geen bevinding, correctie of voorstel tot terugvordering. Met If-Match.',
      params: z.object({ caseId: uuid('zaak-id') }), headers: ifMatchHeader, body: reviewNew, response: { 200: caseSchema, ...writeErrors } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const version = versionFromIfMatch(request.headers['if-match']);
    const [found] = await casesOf(db(), actor.municipalityId, { id: request.params.caseId });
    if (!found) {
      await db().transaction().execute((tx) => appendAuditEvent(tx, auditContextOf(request), {
        action: 'benefit_check.review', result: 'denied', objectType: 'check_case', objectId: request.params.caseId, purpose: CHECK_PURPOSE,
      }));
      throw notFound('Deze controlezaak bestaat niet of u heeft er geen toegang toe.');
    }
    const after = await reviewCase(db(), auditContextOf(request), actor.municipalityId, found.id, actor.userId, request.body, version);
    return reply.header('ETag', etagOf(after.version)).send(presentCase(after));
  });
}
