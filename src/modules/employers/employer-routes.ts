import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { etagOf, versionFromIfMatch } from '../../server/etag.ts';
import { auditContextOf, requireActor } from '../../server/plugins/access.ts';
import { findEmployer, listEmployers } from './employer-store.ts';
import {
  contactNew, contactParams, contactSchema, employerChange, employerNew, employerPage, employerParams, employerQuery, employerSchema, errors,
  ifMatchHeader, writeErrors,
} from './schema.ts';
import { addContact, changeEmployer, contactsOf, createEmployer, EMPLOYER_PURPOSE, employerGone, removeContact, type EmployerCaller } from './service.ts';

// Werkgevers en hun contactpersonen: account managers manage, work consultants and team leads read.
const access = (action: 'list' | 'read' | 'manage') => ({ resource: 'employer', action, purpose: EMPLOYER_PURPOSE }) as const;
const tags = ['Werkgevers'];

export async function employerDirectoryRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const caller = (request: FastifyRequest): EmployerCaller => ({ db: app.database.db, actor: requireActor(request), ctx: auditContextOf(request) });
  const one = async (c: EmployerCaller, id: string) => {
    const found = await findEmployer(c.db, c.actor.municipalityId, id);
    if (!found) throw employerGone();
    return found;
  };

  app.get('/employers', {
    config: { access: access('list') },
    schema: { tags, summary: 'Werkgevers', description: 'De werkgevers van uw gemeente op naam; zoeken op naam of KvK-nummer, filteren op sector, bladeren.',
      querystring: employerQuery, response: { 200: employerPage, ...errors } },
  }, async (request) => listEmployers(app.database.db, requireActor(request).municipalityId, request.query));

  app.post('/employers', {
    config: { access: access('manage') },
    schema: { tags, summary: 'Werkgever toevoegen', description: 'Voor accountmanagers werkgevers. Een KvK-nummer komt per gemeente één keer voor.',
      body: employerNew, response: { 201: employerSchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const created = await one(c, await createEmployer(c, request.body));
    return reply.status(201).header('ETag', etagOf(created.version)).send(created);
  });

  app.get('/employers/:employerId', {
    config: { access: access('read') },
    schema: { tags, summary: 'Eén werkgever', description: 'Met een ETag voor wijzigen.', params: employerParams, response: { 200: employerSchema, ...errors } },
  }, async (request, reply) => {
    const found = await one(caller(request), request.params.employerId);
    return reply.header('ETag', etagOf(found.version)).send(found);
  });

  app.patch('/employers/:employerId', {
    config: { access: access('manage') },
    schema: { tags, summary: 'Werkgever wijzigen', description: 'Met If-Match; een verouderde versie geeft 412.',
      params: employerParams, headers: ifMatchHeader, body: employerChange, response: { 200: employerSchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const version = versionFromIfMatch(request.headers['if-match']);
    await changeEmployer(c, request.params.employerId, version, request.body);
    const changed = await one(c, request.params.employerId);
    return reply.header('ETag', etagOf(changed.version)).send(changed);
  });

  app.get('/employers/:employerId/contacts', {
    config: { access: access('read') },
    schema: { tags, summary: 'Contactpersonen van een werkgever', description: 'Persoonsgegevens: elke inzage wordt gelogd.',
      params: employerParams, response: { 200: z.object({ items: z.array(contactSchema) }), ...errors } },
  }, async (request) => ({ items: await contactsOf(caller(request), request.params.employerId) }));

  app.post('/employers/:employerId/contacts', {
    config: { access: access('manage') },
    schema: { tags, summary: 'Contactpersoon toevoegen', description: 'Naam, functie en telefoon of e-mail; wordt gelogd.',
      params: employerParams, body: contactNew, response: { 201: contactSchema, ...writeErrors } },
  }, async (request, reply) => {
    const c = caller(request);
    const id = await addContact(c, request.params.employerId, request.body);
    return reply.status(201).send({ id, ...request.body });
  });

  app.delete('/employers/:employerId/contacts/:contactId', {
    config: { access: access('manage') },
    schema: { tags, summary: 'Contactpersoon verwijderen', description: 'Wordt gelogd.',
      params: contactParams, response: { 204: z.null().describe('Verwijderd'), ...errors } },
  }, async (request, reply) => {
    await removeContact(caller(request), request.params.employerId, request.params.contactId);
    return reply.status(204).send(null);
  });
}
