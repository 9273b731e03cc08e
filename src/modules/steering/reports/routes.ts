import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayIso } from '../../../rules/dates.ts';
import { etagOf, versionFromIfMatch } from '../../../server/etag.ts';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { errors, ifMatchHeader, writeErrors } from '../../provisions/common.ts';
import { listQuery, reportChange, reportListSchema, reportNew, reportParams, reportSchema } from './schema.ts';
import { create, list, publish, read, REPORT_PURPOSE as purpose, reportPdf, update } from './service.ts';

// Raadsrapportages (resource council_report): the quarterly report and the yearly execution plan, aggregates only.
// Policy analysts create, write and publish; team leads and administrators read. Decision 0018.
const tags = ['Raadsrapportages'];
const access = (action: 'list' | 'read' | 'create' | 'update' | 'publish') => ({ resource: 'council_report', action, purpose }) as const;

export async function councilReportRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get('/council-reports', {
    config: { access: access('list') },
    schema: { tags, summary: 'Raadsrapportages',
      description: 'Kwartaalrapportages en uitvoeringsplannen van de eigen gemeente, nieuwste periode eerst, met hun status; en hoe het uitvoeringsplan '
        + 'voor volgend jaar en de kwartaalrapportage over het laatst afgelopen kwartaal ervoor staan tegenover hun uiterlijke datum.',
      querystring: listQuery, response: { 200: reportListSchema, ...errors } },
  }, async (request) => list(db(), requireActor(request).municipalityId, todayIso(), request.query.kind));

  app.post('/council-reports', {
    config: { access: access('create') },
    schema: { tags, summary: 'Nieuwe raadsrapportage (concept)',
      description: 'Een concept voor een kwartaal (JJJJ-Qn) of een jaar (JJJJ). Eén concept per periode; een gepubliceerde periode krijgt alleen een herziene versie met een reden.',
      body: reportNew, response: { 201: reportSchema, ...writeErrors } },
  }, async (request, reply) => {
    const today = todayIso();
    const ctx = auditContextOf(request);
    const id = await create(db(), ctx, request.body, today);
    const view = await read(db(), ctx.municipalityId, id, today);
    return reply.status(201).header('ETag', etagOf(view.version)).header('Location', `/api/v1/council-reports/${id}`).send(view);
  });

  app.get('/council-reports/:reportId', {
    config: { access: access('read') },
    schema: { tags, summary: 'Eén raadsrapportage',
      description: 'De tekst en alle cijfers. Een concept rekent met de actuele cijfers; een gepubliceerde rapportage toont de bevroren cijfers van het moment van publiceren.',
      params: reportParams, response: { 200: reportSchema, ...errors } },
  }, async (request, reply) => {
    const view = await read(db(), requireActor(request).municipalityId, request.params.reportId, todayIso());
    return reply.header('ETag', etagOf(view.version)).send(view);
  });

  app.patch('/council-reports/:reportId', {
    config: { access: access('update') },
    schema: { tags, summary: 'Tekst van een concept wijzigen',
      description: 'Toelichting; bij een uitvoeringsplan ook prioritaire doelgroepen, doelen, de verdeling van het re-integratiebudget en het prognosescenario. Met If-Match. Een gepubliceerde rapportage kan niet meer worden gewijzigd (409).',
      params: reportParams, headers: ifMatchHeader, body: reportChange, response: { 200: reportSchema, ...writeErrors } },
  }, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match']);
    const view = await update(db(), auditContextOf(request), request.params.reportId, version, request.body, todayIso());
    return reply.header('ETag', etagOf(view.version)).send(view);
  });

  app.post('/council-reports/:reportId/publication', {
    config: { access: access('publish') },
    schema: { tags, summary: 'Raadsrapportage publiceren',
      description: 'Bevriest alle cijfers en de PDF. Met If-Match van de versie die u heeft gelezen. Een kwartaalrapportage pas na afloop van het kwartaal; wat nog ontbreekt staat in publishProblems.',
      params: reportParams, headers: ifMatchHeader, body: z.object({}).strict().optional().meta({ id: 'CouncilReportPublication' }), response: { 200: reportSchema, ...writeErrors } },
  }, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match']);
    const view = await publish(db(), auditContextOf(request), request.params.reportId, version, todayIso());
    return reply.header('ETag', etagOf(view.version)).send(view);
  });

  app.get('/council-reports/:reportId/report.pdf', {
    config: { access: access('read') },
    schema: { tags, summary: 'Raadsrapportage als PDF',
      description: 'Toegankelijke Nederlandse PDF. Gepubliceerd: precies de opgeslagen bestand (zelfde bytes als bij publiceren). Concept: gemaakt van de actuele cijfers, met CONCEPT in de titel.',
      params: reportParams, produces: ['application/pdf'], response: { 200: z.any().describe('PDF-bestand'), ...errors } },
  }, async (request, reply) => {
    const { pdf, filename } = await reportPdf(db(), requireActor(request).municipalityId, request.params.reportId, todayIso());
    return reply.type('application/pdf').header('Content-Disposition', `attachment; filename="${filename}"`).send(pdf);
  });
}
