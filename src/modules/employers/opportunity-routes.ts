import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { etagOf, versionFromIfMatch } from '../../server/etag.ts';
import { auditContextOf, requireActor } from '../../server/plugins/access.ts';
import { findOpportunity, listOpportunities, presentOpportunity } from './opportunity-store.ts';
import {
  employerParams, errors, ifMatchHeader, opportunityChange, opportunityNew, opportunityPage, opportunityParams, opportunityQuery, opportunitySchema,
  writeErrors,
} from './schema.ts';
import { changeOpportunity, createOpportunity, EMPLOYER_PURPOSE, opportunityGone, type EmployerCaller } from './service.ts';

// Kansen: vacatures, proefplaatsingen, werkervaringsplekken, garantiebanen, beschut-werkplekken en leerwerkplekken.
const access = (action: 'list' | 'read' | 'manage') => ({ resource: 'employer', action, purpose: EMPLOYER_PURPOSE }) as const;
const tags = ['Kansen'];

export async function opportunityRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const caller = (request: FastifyRequest): EmployerCaller => ({ db: app.database.db, actor: requireActor(request), ctx: auditContextOf(request) });
  const one = async (c: EmployerCaller, id: string) => {
    const found = await findOpportunity(c.db, c.actor.municipalityId, id);
    if (!found) throw opportunityGone();
    return found;
  };

  app.get('/opportunities', {
    config: { access: access('list') },
    schema: { tags, summary: 'Kansen',
      description: 'De kansen van uw gemeente; met includeRegion=true ook de kansen die andere gemeenten van de regio delen (alleen te lezen, met de naam van die gemeente). Filteren op soort, status en werkgever.',
      querystring: opportunityQuery, response: { 200: opportunityPage, ...errors } },
  }, async (request) => {
    const page = await listOpportunities(app.database.db, requireActor(request).municipalityId, request.query);
    return { ...page, items: page.items.map(presentOpportunity) };
  });

  app.post('/employers/:employerId/opportunities', {
    config: { access: access('manage') },
    schema: { tags, summary: 'Kans toevoegen',
      description: 'Een kans bij deze werkgever. Beroep en vaardigheden komen uit GET /occupations; de postcode moet in een bekend gebied liggen.',
      params: employerParams, body: opportunityNew, response: { 201: opportunitySchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const created = await one(c, await createOpportunity(c, request.params.employerId, request.body));
    return reply.status(201).header('ETag', etagOf(created.version)).send(presentOpportunity(created));
  });

  app.get('/opportunities/:opportunityId', {
    config: { access: access('read') },
    schema: { tags, summary: 'Eén kans', description: 'Een eigen kans, of een gedeelde kans van een andere gemeente in de regio (own=false, alleen te lezen).',
      params: opportunityParams, response: { 200: opportunitySchema, ...errors } },
  }, async (request, reply) => {
    const found = await one(caller(request), request.params.opportunityId);
    return reply.header('ETag', etagOf(found.version)).send(presentOpportunity(found));
  });

  app.patch('/opportunities/:opportunityId', {
    config: { access: access('manage') },
    schema: { tags, summary: 'Kans wijzigen', description: 'Ook de status (open, filled, closed). Met If-Match; alleen de eigen gemeente wijzigt een kans.',
      params: opportunityParams, headers: ifMatchHeader, body: opportunityChange, response: { 200: opportunitySchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const version = versionFromIfMatch(request.headers['if-match']);
    await changeOpportunity(c, request.params.opportunityId, version, request.body);
    const changed = await one(c, request.params.opportunityId);
    return reply.header('ETag', etagOf(changed.version)).send(presentOpportunity(changed));
  });
}
