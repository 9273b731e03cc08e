import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, versionFromIfMatch } from '../../server/etag.ts';
import { auditContextOf, requireActor } from '../../server/plugins/access.ts';
import { problemResponses, problemSchema } from '../../server/problem.ts';
import { residentUpdateSchema, residentDetailSchema, residentIdParamsSchema, residentListQuerySchema, residentPageSchema } from './schema.ts';
import { listForActor, readForActor, updatePersonForActor } from './service.ts';
import { dossierRoutes } from './dossier/index.ts';
import { residentImportRoutes } from './import/routes.ts';

const purpose = 'Begeleiding naar werk en participatie';

export async function residentRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  await app.register(dossierRoutes);
  await app.register(residentImportRoutes);
  const errors = { 400: problemResponses[400], 401: problemResponses[401], 403: problemResponses[403], 500: problemResponses[500] };

  app.get('/residents', {
    config: { access: { resource: 'resident', action: 'list', purpose } },
    schema: {
      tags: ['Inwoners'],
      summary: 'Caseload',
      description: 'De inwoners waarvan u contactpersoon bent (caseload), die van uw team, of – met die bevoegdheid – van de hele gemeente. Filteren, zoeken en bladeren.',
      querystring: residentListQuerySchema,
      response: { 200: residentPageSchema, ...errors },
    },
  }, async (request) => listForActor(app.database.db, requireActor(request), request.scope!, auditContextOf(request), request.query));

  app.get('/residents/:id', {
    config: { access: { resource: 'resident', action: 'read', purpose } },
    schema: {
      tags: ['Inwoners'],
      summary: 'Dossier van een inwoner',
      description: 'Basisgegevens, huishouden, doelgroepen, trede op de participatieladder en contactpersoon. Het BSN is gemaskeerd tenzij uw rol het mag zien.',
      params: residentIdParamsSchema,
      response: { 200: residentDetailSchema, ...errors, 404: problemResponses[404] },
    },
  }, async (request, reply) => {
    const detail = await readForActor(app.database.db, requireActor(request), request.scope!, auditContextOf(request), request.params.id);
    reply.header('ETag', etagOf(detail.version));
    return detail;
  });

  app.patch('/residents/:id', {
    config: { access: { resource: 'resident', action: 'update', purpose } },
    schema: {
      tags: ['Inwoners'],
      summary: 'Persoonsgegevens wijzigen',
      description: 'Wijzigt naam, geboortedatum, adres, contactgegevens of voorkeurstaal; het BSN alleen met die bevoegdheid. Vereist If-Match met de ETag; een verouderde versie geeft 412.',
      params: residentIdParamsSchema,
      headers: z.object({ 'if-match': z.string().optional().describe('ETag van de versie die u wijzigt') }),
      body: residentUpdateSchema,
      response: { 200: residentDetailSchema, ...errors, 404: problemResponses[404], 409: problemSchema, 412: problemSchema, 428: problemSchema },
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const version = versionFromIfMatch(request.headers['if-match']);
    const detail = await updatePersonForActor(app.database.db, actor, request.scope!, auditContextOf(request), request.params.id, version, request.body);
    reply.header('ETag', etagOf(detail.version));
    return detail;
  });
}
