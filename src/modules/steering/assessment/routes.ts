import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, versionFromIfMatch } from '../../../server/etag.ts';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import {
  assessmentCreate, assessmentParams, assessmentSchema, assessmentSummarySchema, decisionCreate, frameworkCreate, frameworkParams,
  frameworkSchema, frameworkSummarySchema, frameworkUpdate, ifMatchHeader, readErrors, writeErrors,
} from './schema.ts';
import * as service from './service.ts';

// Afwegingskaders (assessment frameworks): administrators set them up and decide; team leads and policy analysts read.
const purpose = 'Afweging van voorstellen met het afwegingskader';
const tags = ['Afwegingskaders'];

export async function assessmentRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get('/assessment-frameworks', {
    config: { access: { resource: 'assessment', action: 'list', purpose } },
    schema: { tags, summary: 'Afwegingskaders', description: 'De afwegingskaders van uw gemeente.',
      response: { 200: z.object({ items: z.array(frameworkSummarySchema) }).meta({ id: 'AssessmentFrameworkList' }), ...readErrors } },
  }, async (request) => service.listFrameworks(db(), requireActor(request).municipalityId));

  app.post('/assessment-frameworks', {
    config: { access: { resource: 'assessment', action: 'manage', purpose: 'Afwegingskader vaststellen' } },
    schema: { tags, summary: 'Afwegingskader toevoegen', description: 'Een kader met harde eisen (moeten gehaald worden) en wegingscriteria met een weging van 1 tot en met 10.',
      body: frameworkCreate, response: { 201: frameworkSchema, ...writeErrors } },
  }, async (request, reply) => {
    const framework = await service.createFramework(db(), auditContextOf(request), request.body);
    return reply.status(201).header('ETag', etagOf(framework.version)).send(framework);
  });

  app.get('/assessment-frameworks/:frameworkId', {
    config: { access: { resource: 'assessment', action: 'read', purpose } },
    schema: { tags, summary: 'Afwegingskader met criteria', params: frameworkParams, response: { 200: frameworkSchema, ...readErrors } },
  }, async (request, reply) => {
    const framework = await service.readFramework(db(), requireActor(request).municipalityId, request.params.frameworkId);
    reply.header('ETag', etagOf(framework.version));
    return framework;
  });

  app.patch('/assessment-frameworks/:frameworkId', {
    config: { access: { resource: 'assessment', action: 'manage', purpose: 'Afwegingskader wijzigen' } },
    schema: { tags, summary: 'Afwegingskader wijzigen',
      description: 'Wijzigt naam, toelichting, maximale score of de criteria. Vereist If-Match; een verouderde versie geeft 412. Al genomen besluiten houden de criteria zoals ze toen golden.',
      params: frameworkParams, headers: ifMatchHeader, body: frameworkUpdate, response: { 200: frameworkSchema, ...writeErrors } },
  }, async (request, reply) => {
    const ctx = auditContextOf(request);
    // The version is compared after the lookup: a foreign or unknown id answers 404, never 412.
    const version = versionFromIfMatch(request.headers['if-match']);
    const framework = await service.updateFramework(db(), ctx, request.params.frameworkId, version, request.body);
    reply.header('ETag', etagOf(framework.version));
    return framework;
  });

  app.get('/assessments', {
    config: { access: { resource: 'assessment', action: 'list', purpose } },
    schema: { tags, summary: 'Beoordelingen', description: 'Voorstellen en hun beoordeling, nieuwste eerst.',
      response: { 200: z.object({ items: z.array(assessmentSummarySchema) }).meta({ id: 'AssessmentList' }), ...readErrors } },
  }, async (request) => service.listAssessments(db(), requireActor(request).municipalityId));

  app.post('/assessments', {
    config: { access: { resource: 'assessment', action: 'manage', purpose: 'Voorstel ter beoordeling vastleggen' } },
    schema: { tags, summary: 'Voorstel vastleggen', description: 'Een voorstel (bijvoorbeeld een partner die zijn diensten verbreedt) om met een afwegingskader te beoordelen.',
      body: assessmentCreate, response: { 201: assessmentSchema, ...writeErrors } },
  }, async (request, reply) => {
    const assessment = await service.createAssessment(db(), auditContextOf(request), request.body);
    return reply.status(201).header('ETag', etagOf(assessment.version)).send(assessment);
  });

  app.get('/assessments/:assessmentId', {
    config: { access: { resource: 'assessment', action: 'read', purpose } },
    schema: { tags, summary: 'Beoordeling', description: 'Het voorstel, het afwegingskader en – als er besloten is – het besluit met per criterium het antwoord.',
      params: assessmentParams, response: { 200: assessmentSchema, ...readErrors } },
  }, async (request, reply) => {
    const assessment = await service.readAssessment(db(), requireActor(request).municipalityId, request.params.assessmentId);
    reply.header('ETag', etagOf(assessment.version));
    return assessment;
  });

  app.post('/assessments/:assessmentId/decision', {
    config: { access: { resource: 'assessment', action: 'decide', purpose: 'Besluit over een voorstel' } },
    schema: { tags, summary: 'Besluit vastleggen',
      description: 'Per harde eis ja/nee met toelichting, per wegingscriterium een score, het besluit en de redenen. De totaalscore rekent de server uit. '
        + 'Een voorstel dat een harde eis niet haalt, kan niet worden goedgekeurd (422). Er wordt één keer besloten (409). If-Match is optioneel; een verouderde versie geeft 412.',
      params: assessmentParams, headers: ifMatchHeader, body: decisionCreate, response: { 200: assessmentSchema, ...writeErrors } },
  }, async (request, reply) => {
    const ifMatch = request.headers['if-match'];
    const version = ifMatch ? versionFromIfMatch(ifMatch) : null;
    const assessment = await service.decide(db(), auditContextOf(request), request.params.assessmentId, version, request.body);
    reply.header('ETag', etagOf(assessment.version));
    return assessment;
  });
}
