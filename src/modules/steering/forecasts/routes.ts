import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, versionFromIfMatch } from '../../../server/etag.ts';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { errors, ifMatchHeader, writeErrors } from '../../provisions/common.ts';
import { comparisonQuery, comparisonSchema, scenarioChange, scenarioInput, scenarioParams, scenarioSchema, scenarioSummarySchema } from './schema.ts';
import * as service from './service.ts';

// Prognoses (resource forecast): caseload scenarios and their effect on the budget, saved per municipality and
// compared side by side. Policy analysts maintain them; team leads and administrators read.
const tags = ['Prognoses'];
const read = { resource: 'forecast', action: 'read', purpose: service.FORECAST_PURPOSE } as const;
const manage = { resource: 'forecast', action: 'manage', purpose: service.FORECAST_PURPOSE } as const;

export async function forecastRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get('/forecast-scenarios', {
    config: { access: read },
    schema: { tags, summary: 'Scenario\'s', description: 'De opgeslagen scenario\'s van uw gemeente met hun uitkomst aan het eind van de periode.',
      response: { 200: z.object({ items: z.array(scenarioSummarySchema) }).meta({ id: 'ForecastScenarioList' }), ...errors } },
  }, async (request) => service.list(db(), requireActor(request).municipalityId));

  app.post('/forecast-scenarios', {
    config: { access: manage },
    schema: { tags, summary: 'Scenario opslaan', description: 'Start, instroom per maand, uitstroom in procenten per maand, periode, en de kosten per uitkering en per plaats beschut werk met hun bron.',
      body: scenarioInput, response: { 201: scenarioSchema, ...writeErrors } },
  }, async (request, reply) => {
    const scenario = await service.create(db(), auditContextOf(request), request.body);
    return reply.status(201).header('ETag', etagOf(scenario.version)).send(scenario);
  });

  app.get('/forecast-scenarios/comparison', {
    config: { access: read },
    schema: { tags, summary: 'Scenario\'s naast elkaar', description: 'Per maand het aantal uitkeringen en per jaar de gevolgen voor de begroting, met de scenario\'s als kolommen.',
      querystring: comparisonQuery, response: { 200: comparisonSchema, ...errors } },
  }, async (request) => service.compare(db(), requireActor(request).municipalityId, request.query.ids));

  app.get('/forecast-scenarios/:scenarioId', {
    config: { access: read },
    schema: { tags, summary: 'Scenario met prognose', params: scenarioParams, response: { 200: scenarioSchema, ...errors } },
  }, async (request, reply) => {
    const scenario = await service.read(db(), requireActor(request).municipalityId, request.params.scenarioId);
    return reply.header('ETag', etagOf(scenario.version)).send(scenario);
  });

  app.patch('/forecast-scenarios/:scenarioId', {
    config: { access: manage },
    schema: { tags, summary: 'Scenario wijzigen', description: 'Vereist If-Match; een verouderde versie geeft 412.',
      params: scenarioParams, headers: ifMatchHeader, body: scenarioChange, response: { 200: scenarioSchema, ...writeErrors } },
  }, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match']);
    const scenario = await service.update(db(), auditContextOf(request), request.params.scenarioId, version, request.body);
    return reply.header('ETag', etagOf(scenario.version)).send(scenario);
  });
}
