import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditContextOf, requireActor } from '../../server/plugins/access.ts';
import type { Action } from '../access/permissions.ts';
import type { Caller } from '../residents/guard.ts';
import { proposeAssignment } from './assignment-service.ts';
import { MATCHING_PURPOSE } from './audit.ts';
import { decideOnReveal, listReveals, requestReveal } from './reveal-service.ts';
import {
  assignmentNew, assignmentSchema, candidateList, candidateQuery, decisionNew, errors, opportunityParams, residentOpportunityList,
  residentOpportunityQuery, residentParams, revealList, revealNew, revealParams, revealQuery, revealSchema, tokenParams, writeErrors,
} from './schema.ts';
import { candidatesForOpportunity, opportunitiesForResident } from './service.ts';

// Matching: candidates for an opportunity across the region, opportunities for a resident, reveal requests for
// anonymous candidates, and batch assignment proposals. Decision record 0012.
const access = (action: Action) => ({ access: { resource: 'matching' as const, action, purpose: MATCHING_PURPOSE } });
const tags = ['Matching'];

export async function matchingRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const caller = (request: FastifyRequest): Caller => ({ db: app.database.db, actor: requireActor(request), scope: request.scope!, ctx: auditContextOf(request) });

  app.get('/opportunities/:opportunityId/candidates', {
    config: access('read'),
    schema: { tags, summary: 'Kandidaten bij een kans',
      description: 'De best passende inwoners, met per factor een uitleg in het Nederlands. Bij een kans van de eigen gemeente wordt in de hele regio gezocht; '
        + 'inwoners van een andere gemeente (of buiten uw team) zijn een geanonimiseerd profiel tot hun consulent instemt. Bij een gedeelde kans van een andere '
        + 'gemeente ziet u alleen kandidaten uit uw eigen gemeente.',
      params: opportunityParams, querystring: candidateQuery, response: { 200: candidateList, ...errors } },
  }, async (request) => candidatesForOpportunity(caller(request), request.params.opportunityId, request.query.limit));

  app.post('/opportunities/:opportunityId/candidates/:token/reveal-requests', {
    config: access('create'),
    schema: { tags, summary: 'Vragen om kennis te maken met een kandidaat',
      description: 'Vraagt de consulent van een geanonimiseerde kandidaat om naam en contactpersoon te tonen voor deze kans. Alleen de gemeente van de kans.',
      params: tokenParams, body: revealNew, response: { 201: revealSchema, ...writeErrors } },
  }, async (request, reply) => reply.status(201).send(await requestReveal(caller(request), request.params.opportunityId, request.params.token, request.body.message)));

  app.get('/reveal-requests', {
    config: access('list'),
    schema: { tags, summary: 'Verzoeken om kennis te maken',
      description: 'Verzoeken van andere gemeenten (of teams) over inwoners van uw team, met hoe de inwoner bij de kans past. Standaard alleen de openstaande.',
      querystring: revealQuery, response: { 200: revealList, ...errors } },
  }, async (request) => listReveals(caller(request), request.query.status));

  app.post('/reveal-requests/:revealRequestId/decision', {
    config: access('reveal'),
    schema: { tags, summary: 'Beslissen over een verzoek om kennis te maken',
      description: 'De consulent (of teamleider) van de inwoner keurt goed of wijst af, met een reden. Na goedkeuring ziet de vragende gemeente naam en contactpersoon, alleen bij deze kans.',
      params: revealParams, body: decisionNew, response: { 200: revealSchema, ...writeErrors } },
  }, async (request) => decideOnReveal(caller(request), request.params.revealRequestId, request.body.decision, request.body.reason));

  app.get('/residents/:id/opportunities', {
    config: access('read'),
    schema: { tags, summary: 'Kansen voor een inwoner',
      description: 'Open kansen van de eigen gemeente en gedeelde kansen uit de regio, de passende eerst op score, met per factor een uitleg en bij de andere waarom ze afvallen.',
      params: residentParams, querystring: residentOpportunityQuery, response: { 200: residentOpportunityList, ...errors } },
  }, async (request) => opportunitiesForResident(caller(request), request.params.id, request.query.limit));

  app.post('/matching/assignments', {
    config: access('read'),
    schema: { tags, summary: 'Plaatsingsvoorstel voor meerdere kansen',
      description: 'Verdeelt de open plaatsen van de gekozen kansen over de kandidaten met de beste totale score (exact, niet gretig). Alleen een voorstel: er wordt niets opgeslagen behalve de auditregel.',
      body: assignmentNew, response: { 200: assignmentSchema, ...writeErrors } },
  }, async (request) => proposeAssignment(caller(request), request.body));
}
