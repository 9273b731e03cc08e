import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayIso } from '../../../rules/dates.ts';
import { formatIban } from '../../../rules/iban.ts';
import { termValidOn } from '../../../rules/income/terms.ts';
import { etagOf, versionFromIfMatch } from '../../../server/etag.ts';
import { forbidden } from '../../../server/problem.ts';
import { errors, ifMatchHeader, writeErrors } from '../../provisions/common.ts';
import type { Caller } from '../../residents/guard.ts';
import { audited, callerOf, fullName, INCOME_PURPOSE, loadLegalTerms, refuse, seesAmounts } from '../scope.ts';
import { renderLetter } from './letter.ts';
import { letterText } from './letter-text.ts';
import { presentDecision } from './present.ts';
import { decisionNew, decisionQuery, decisionSchema, reviewNew } from './schema.ts';
import { createDecision, decisionInScope, reviewDecision } from './service.ts';
import { findDecision, letterParties, listDecisions, type DecisionRow } from './store.ts';

const access = (action: 'list' | 'read' | 'decide' | 'approve') => ({ resource: 'benefit', action, purpose: INCOME_PURPOSE }) as const;
const params = z.object({ decisionId: z.string().uuid('Ongeldige besluit-id') });
const tags = ['Inkomen: besluiten'];

async function fresh(c: Caller, id: string) {
  return presentDecision(c, (await findDecision(c.db, c.actor.municipalityId, id))!);
}

/** Kenmerk on the letter: short, stable, enough to find the decision. */
const referenceOf = (d: { id: string; proposedAt: Date | string }) => `BB-${new Date(d.proposedAt).getUTCFullYear()}-${d.id.slice(0, 8).toUpperCase()}`;

async function letterPdf(c: Caller, d: DecisionRow) {
  const [{ resident, municipalityName }, terms] = await Promise.all([letterParties(c.db, c.actor.municipalityId, d.residentId), loadLegalTerms(c.db)]);
  const today = todayIso();
  const objection = termValidOn(terms, 'objection_term', d.decidedOn ?? today);
  if (!objection) throw new Error('Geen bezwaartermijn vastgelegd');
  const address = [`${resident.street} ${resident.houseNumber}${resident.houseNumberSuffix ? ` ${resident.houseNumberSuffix}` : ''}`, `${resident.postcode.slice(0, 4)} ${resident.postcode.slice(4)} ${resident.city}`];
  const reference = referenceOf(d);
  const text = letterText({
    kind: d.kind, status: d.status, municipalityName, residentName: fullName(resident), address, decidedOn: d.decidedOn, today, reference,
    effectiveDate: d.effectiveDate, periodMonth: d.periodMonth, legalGround: d.legalGround, reasoning: d.reasoning, endReason: d.endReason,
    recoveryCents: d.recoveryCents, recoveryFrom: d.recoveryFrom, recoveryTo: d.recoveryTo, calculation: d.calculation,
    previousPayableCents: d.previousPayableCents, iban: d.iban ? formatIban(d.iban) : null, objectionTerm: objection,
  });
  return { pdf: await renderLetter(text, { municipalityName, residentName: fullName(resident), address, reference }), reference };
}

export async function decisionRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post('/benefit-decisions', {
    config: { access: access('decide') },
    schema: { tags, summary: 'Besluit nemen',
      description: 'Toekennen of afwijzen (op een aanvraag), wijzigen, beëindigen of terugvorderen (bij een uitkering), met grondslag en motivering. Bij toekennen en wijzigen wordt de bijstand berekend op de normtabel van de ingangsmaand en met de tabelversie opgeslagen. '
        + 'Vier ogen: een terugvordering boven het grensbedrag van de gemeente en een toekenning met voorschot blijven voorgesteld tot een tweede persoon goedkeurt; anders is het besluit direct vastgesteld en werkt het door in de uitkering.',
      body: decisionNew, response: { 201: decisionSchema, ...writeErrors, 422: writeErrors[409] } },
  }, async (request, reply) => {
    const c = callerOf(app, request);
    const id = await createDecision(c, request.body);
    const v = await fresh(c, id);
    return reply.status(201).header('ETag', etagOf(v.version)).send(v);
  });

  app.get('/benefit-decisions', {
    config: { access: access('list') },
    schema: { tags, summary: 'Besluiten', description: 'Nieuwste eerst. awaitingMyReview=true: voorstellen die u als tweede persoon mag beoordelen. Een inwoner ziet alleen de eigen vastgestelde besluiten.',
      querystring: decisionQuery, response: { 200: z.object({ items: z.array(decisionSchema) }), ...errors } },
  }, async (request) => {
    const c = callerOf(app, request);
    const q = request.query;
    return audited(c, async (tx) => {
      const rows = await listDecisions({ ...c, db: tx }, {
        status: q.awaitingMyReview ? 'proposed' : q.status, notProposedBy: q.awaitingMyReview ? c.actor.userId : undefined,
        residentId: q.residentId, applicationId: q.applicationId, benefitId: q.benefitId,
      });
      return { items: rows.map((d) => presentDecision(c, d)).filter((d) => !q.awaitingMyReview || d.mayReview) };
    }, ({ items }) => ({ action: 'benefit_decision.list', objectType: 'benefit_decision', residentIds: [...new Set(items.map((d) => d.residentId))] }));
  });

  app.get('/benefit-decisions/:decisionId', {
    config: { access: access('read') },
    schema: { tags, summary: 'Eén besluit', description: 'Met ETag; bedragen en berekening alleen voor rollen die inkomensgegevens mogen zien.', params, response: { 200: decisionSchema, ...errors } },
  }, async (request, reply) => {
    const c = callerOf(app, request);
    const d = await decisionInScope(c, request.params.decisionId, 'benefit_decision.read');
    await audited(c, async () => undefined, () => ({ action: 'benefit_decision.read', objectType: 'benefit_decision', objectId: d.id, residentIds: [d.residentId] }));
    return reply.header('ETag', etagOf(d.version)).send(presentDecision(c, d));
  });

  app.post('/benefit-decisions/:decisionId/review', {
    config: { access: access('approve') },
    schema: { tags, summary: 'Voorgesteld besluit goedkeuren of terugsturen',
      description: 'Vier ogen: een teamleider of een andere consulent inkomen dan wie het voorstelde. Goedkeuren stelt het besluit vast en laat het doorwerken; terugsturen vraagt een toelichting. Met If-Match.',
      params, headers: ifMatchHeader, body: reviewNew, response: { 200: decisionSchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = callerOf(app, request);
    const version = versionFromIfMatch(request.headers['if-match']);
    const d = await decisionInScope(c, request.params.decisionId, 'benefit_decision.review');
    await reviewDecision(c, d, version, request.body.verdict, request.body.note);
    const v = await fresh(c, d.id);
    return reply.header('ETag', etagOf(v.version)).send(v);
  });

  app.get('/benefit-decisions/:decisionId/letter.pdf', {
    config: { access: access('read') },
    schema: { tags, summary: 'Besluit als brief (PDF)',
      description: 'De beschikking: besluit, motivering en grondslag, berekening met artikelen en tabelversie, rechten en plichten en de bezwaarclausule. Een voorstel dat nog niet is vastgesteld krijgt CONCEPT in de titel. Alleen voor wie bedragen mag zien.',
      params, produces: ['application/pdf'], response: { 200: z.any().describe('PDF-bestand'), ...errors } },
  }, async (request, reply) => {
    const c = callerOf(app, request);
    const d = await decisionInScope(c, request.params.decisionId, 'benefit_decision.letter');
    if (!seesAmounts(c)) {
      await refuse(c, { action: 'benefit_decision.letter', objectType: 'benefit_decision', objectId: d.id },
        forbidden('De brief bevat bedragen en inkomensgegevens; die zijn niet voor uw rol.'), [d.residentId]);
    }
    const { pdf, reference } = await audited(c, (tx) => letterPdf({ ...c, db: tx }, d), () => ({ action: 'benefit_decision.letter', objectType: 'benefit_decision', objectId: d.id, residentIds: [d.residentId] }));
    return reply.type('application/pdf').header('Content-Disposition', `inline; filename="besluit-${reference}.pdf"`).send(pdf);
  });
}
