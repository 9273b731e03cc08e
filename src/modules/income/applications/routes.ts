import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApplicationStatus } from '../../../db/types.ts';
import { todayIso } from '../../../rules/dates.ts';
import { etagOf, versionFromIfMatch } from '../../../server/etag.ts';
import { errors, ifMatchHeader, writeErrors } from '../../provisions/common.ts';
import type { Caller } from '../../residents/guard.ts';
import { audited, callerOf, INCOME_PURPOSE, loadLegalTerms, seesAmounts } from '../scope.ts';
import { presentApplication } from './present.ts';
import { applicationNew, applicationPatch, applicationQuery, applicationSchema, statusNew, type ApplicationView } from './schema.ts';
import { applicationInScope, changeStatus, createApplication, patchApplication } from './service.ts';
import { eventsOf, findApplication, listApplications } from './store.ts';

const access = (action: 'list' | 'read' | 'create' | 'update') => ({ resource: 'benefit', action, purpose: INCOME_PURPOSE }) as const;
const params = z.object({ applicationId: z.string().uuid('Ongeldige aanvraag-id') });
const tags = ['Inkomen: aanvragen'];

/** Loads one application with its history and terms as the caller may see it. */
async function view(c: Caller, id: string): Promise<ApplicationView> {
  const [a, terms] = await Promise.all([findApplication(c.db, c.actor.municipalityId, id), loadLegalTerms(c.db)]);
  return presentApplication(a!, await eventsOf(c.db, c.actor.municipalityId, [id]), terms, todayIso(), seesAmounts(c));
}

export async function applicationRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post('/benefit-applications', {
    config: { access: access('create') },
    schema: { tags, summary: 'Bijstand aanvragen',
      description: 'Een inwoner vraagt voor zichzelf aan (Mijn Meedoen); een consulent inkomen voert een aanvraag in voor een inwoner. De gezinssituatie komt uit het dossier tenzij meegegeven. Eén lopende aanvraag per inwoner; niet als de inwoner al bijstand ontvangt (409).',
      body: applicationNew, response: { 201: applicationSchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = callerOf(app, request);
    const id = await createApplication(c, request.body);
    const v = await view(c, id);
    return reply.status(201).header('ETag', etagOf(v.version)).send(v);
  });

  app.get('/benefit-applications', {
    config: { access: access('list') },
    schema: { tags, summary: 'Aanvragen bijstand',
      description: 'De aanvragen die u mag zien, de meest dringende eerst, met beslistermijn (8 weken, opgeschort tijdens een hersteltermijn) en voorschottermijn (4 weken) en waarschuwingen als die binnen 7 dagen verlopen of verlopen zijn. Een inwoner ziet alleen de eigen aanvragen.',
      querystring: applicationQuery, response: { 200: z.object({ items: z.array(applicationSchema) }), ...errors } },
  }, async (request) => {
    const c = callerOf(app, request);
    const { status, warning, residentId } = request.query;
    const statuses: ApplicationStatus[] | undefined = status === 'all' ? undefined : status === 'open' ? ['received', 'in_treatment', 'repair_period'] : [status];
    const today = todayIso();
    return audited(c, async (tx) => {
      const rows = await listApplications({ ...c, db: tx }, { residentId, statuses });
      const [events, terms] = await Promise.all([eventsOf(tx, c.actor.municipalityId, rows.map((r) => r.id)), loadLegalTerms(tx)]);
      const items = rows.map((r) => presentApplication(r, events, terms, today, seesAmounts(c)))
        .filter((a) => !warning || a.warnings.some((w) => warning === 'any' || w.kind === warning))
        .sort((a, b) => Number(a.status === 'decided') - Number(b.status === 'decided') || a.decisionTerm.deadline.localeCompare(b.decisionTerm.deadline));
      return { items };
    }, ({ items }) => ({ action: 'benefit_application.list', objectType: 'benefit_application', residentIds: [...new Set(items.map((a) => a.residentId))] }));
  });

  app.get('/benefit-applications/:applicationId', {
    config: { access: access('read') },
    schema: { tags, summary: 'Eén aanvraag', description: 'Met statusgeschiedenis, checklist van bewijsstukken en termijnen; met ETag.',
      params, response: { 200: applicationSchema, ...errors } },
  }, async (request, reply) => {
    const c = callerOf(app, request);
    const a = await applicationInScope(c, request.params.applicationId, 'benefit_application.read');
    const v = await audited(c, (tx) => view({ ...c, db: tx }, a.id), () => ({ action: 'benefit_application.read', objectType: 'benefit_application', objectId: a.id, residentIds: [a.residentId] }));
    return reply.header('ETag', etagOf(v.version)).send(v);
  });

  app.patch('/benefit-applications/:applicationId', {
    config: { access: access('update') },
    schema: { tags, summary: 'Aanvraag bijwerken',
      description: 'Checklist van bewijsstukken, gezinssituatie, IBAN, ingangsdatum en voorschot (gevraagd, verstrekt op en bedrag). Met If-Match.',
      params, headers: ifMatchHeader, body: applicationPatch, response: { 200: applicationSchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = callerOf(app, request);
    const version = versionFromIfMatch(request.headers['if-match']);
    const a = await applicationInScope(c, request.params.applicationId, 'benefit_application.update');
    await patchApplication(c, a, version, request.body);
    const v = await view(c, a.id);
    return reply.header('ETag', etagOf(v.version)).send(v);
  });

  app.post('/benefit-applications/:applicationId/status', {
    config: { access: access('update') },
    schema: { tags, summary: 'Status van een aanvraag wijzigen',
      description: 'In behandeling nemen, of een hersteltermijn geven met uiterste datum en wat ontbreekt (schort de beslistermijn op, art. 4:15 Awb). Besloten wordt een aanvraag door een vastgesteld besluit. Met If-Match.',
      params, headers: ifMatchHeader, body: statusNew, response: { 200: applicationSchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = callerOf(app, request);
    const version = versionFromIfMatch(request.headers['if-match']);
    const a = await applicationInScope(c, request.params.applicationId, 'benefit_application.status');
    await changeStatus(c, a, version, request.body);
    const v = await view(c, a.id);
    return reply.header('ETag', etagOf(v.version)).send(v);
  });
}
