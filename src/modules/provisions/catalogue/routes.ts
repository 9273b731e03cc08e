import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { requireTenant } from '../../../db/tenant.ts';
import type { DB } from '../../../db/types.ts';
import { todayIso } from '../../../rules/dates.ts';
import { etagOf, versionFromIfMatch } from '../../../server/etag.ts';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import { badRequest, HttpProblem, notFound } from '../../../server/problem.ts';
import { appendAuditEvent } from '../../access/audit/store.ts';
import { hashPassword } from '../../access/passwords.ts';
import { errors, ifMatchHeader, uuid, writeErrors } from '../common.ts';
import { updateVersioned } from '../versioned.ts';
import {
  coachNew, contractNew, contractSchema, instrumentChange, instrumentNew, instrumentQuery, instrumentSchema, offerChange, offerNew, offerSchema,
  providerChange, providerNew, providerSchema,
} from './schema.ts';
import { listInstruments, listProviders } from './store.ts';

// Instrumentencatalogus en aanbieders: consultants browse and search; administrators maintain.
const read = { resource: 'catalogue', action: 'read', purpose: 'Inzet van voorzieningen' } as const;
const list = { ...read, action: 'list' } as const;
const manage = { resource: 'catalogue', action: 'manage', purpose: 'Beheer van de catalogus' } as const;
const instrumentParams = z.object({ instrumentId: uuid('instrument-id') });
const providerParams = z.object({ providerId: uuid('aanbieder-id') });
const offerParams = z.object({ offerId: uuid('aanbod-id') });

/** A catalogue change and its audit row in one transaction. */
async function audited<T>(app: FastifyInstance, request: FastifyRequest, action: string, objectType: string, work: (tx: Kysely<DB>, m: string) => Promise<{ id: string; value: T }>) {
  const m = requireTenant(requireActor(request).municipalityId);
  return app.database.db.transaction().execute(async (tx) => {
    const { id, value } = await work(tx, m);
    await appendAuditEvent(tx, auditContextOf(request), { action, result: 'success', objectType, objectId: id, purpose: manage.purpose });
    return value;
  });
}

async function oneInstrument(db: Kysely<DB>, m: string, id: string) {
  const [found] = await listInstruments(db, m, { ids: [id] }, todayIso());
  if (!found) throw notFound('Dit instrument bestaat niet in uw gemeente.');
  return found;
}
async function oneProvider(db: Kysely<DB>, m: string, id: string) {
  const [found] = await listProviders(db, m, todayIso(), id);
  if (!found) throw notFound('Deze aanbieder bestaat niet in uw gemeente.');
  return found;
}
async function requireProvider(db: Kysely<DB>, m: string, id: string) {
  const p = await db.selectFrom('organisations').select('id').where('id', '=', id).where('municipalityId', '=', m).where('kind', '=', 'provider').executeTakeFirst();
  if (!p) throw badRequest('Kies een aanbieder van uw gemeente.');
}
/** A contract named on an offer must be this provider's, in this municipality. */
async function requireContract(db: Kysely<DB>, m: string, providerId: string, contractId: string | null | undefined) {
  if (!contractId) return;
  const c = await db.selectFrom('providerContracts').select('id').where('id', '=', contractId).where('municipalityId', '=', m)
    .where('organisationId', '=', providerId).executeTakeFirst();
  if (!c) throw badRequest('Dit contract hoort niet bij deze aanbieder.');
}
function checkDates(from: string | undefined, until: string | null | undefined) {
  if (from && until && until < from) throw badRequest('De einddatum ligt vóór de begindatum.');
}

export async function catalogueRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const tenant = (request: FastifyRequest) => requireTenant(requireActor(request).municipalityId);

  app.get('/instruments', {
    config: { access: list },
    schema: { tags: ['Catalogus'], summary: 'Instrumentencatalogus', description: 'Alle instrumenten met aanbieders, prijs per eenheid en capaciteit; zoeken en filteren op doelgroep en behoefte.',
      querystring: instrumentQuery, response: { 200: z.object({ items: z.array(instrumentSchema) }), ...errors } },
  }, async (request) => ({ items: await listInstruments(db(), tenant(request), request.query, todayIso()) }));

  app.get('/instruments/:instrumentId', {
    config: { access: read },
    schema: { tags: ['Catalogus'], summary: 'Eén instrument', description: 'Met aanbod per aanbieder.', params: instrumentParams, response: { 200: instrumentSchema, ...errors } },
  }, async (request, reply) => {
    const found = await oneInstrument(db(), tenant(request), request.params.instrumentId);
    return reply.header('ETag', etagOf(found.version)).send(found);
  });

  app.post('/instruments', {
    config: { access: manage },
    schema: { tags: ['Catalogus'], summary: 'Instrument toevoegen', description: 'Voor functioneel beheer.', body: instrumentNew, response: { 201: instrumentSchema, ...writeErrors } },
  }, async (request, reply) => {
    checkDates(request.body.activeFrom, request.body.activeUntil);
    const id = await audited(app, request, 'instrument.create', 'instrument', async (tx, m) => {
      const clash = await tx.selectFrom('instruments').select('id').where('municipalityId', '=', m).where('code', '=', request.body.code).executeTakeFirst();
      if (clash) throw new HttpProblem(409, 'Bestaat al', `Er is al een instrument met de code ${request.body.code}.`);
      const row = await tx.insertInto('instruments').values({ ...request.body, municipalityId: m }).returning('id').executeTakeFirstOrThrow();
      return { id: row.id, value: row.id };
    });
    const created = await oneInstrument(db(), tenant(request), id);
    return reply.status(201).header('ETag', etagOf(created.version)).send(created);
  });

  app.patch('/instruments/:instrumentId', {
    config: { access: manage },
    schema: { tags: ['Catalogus'], summary: 'Instrument wijzigen', description: 'Met If-Match; een einddatum zet het instrument na die datum buiten gebruik.',
      params: instrumentParams, headers: ifMatchHeader, body: instrumentChange, response: { 200: instrumentSchema, ...writeErrors } },
  }, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match']);
    checkDates(request.body.activeFrom, request.body.activeUntil);
    await audited(app, request, 'instrument.update', 'instrument', async (tx, m) => {
      await updateVersioned(tx, 'instruments', m, request.params.instrumentId, version, request.body);
      return { id: request.params.instrumentId, value: null };
    });
    const changed = await oneInstrument(db(), tenant(request), request.params.instrumentId);
    return reply.header('ETag', etagOf(changed.version)).send(changed);
  });

  app.post('/instruments/:instrumentId/offers', {
    config: { access: manage },
    schema: { tags: ['Catalogus'], summary: 'Aanbod toevoegen', description: 'Een aanbieder levert dit instrument tegen een prijs per eenheid, met capaciteit per periode.',
      params: instrumentParams, body: offerNew, response: { 201: offerSchema, ...writeErrors } },
  }, async (request, reply) => {
    checkDates(request.body.activeFrom, request.body.activeUntil);
    const { providerId, ...rest } = request.body;
    const offerId = await audited(app, request, 'offer.create', 'instrument_offer', async (tx, m) => {
      await oneInstrument(tx, m, request.params.instrumentId);
      await requireProvider(tx, m, providerId);
      await requireContract(tx, m, providerId, rest.contractId);
      const clash = await tx.selectFrom('instrumentOffers').select('id').where('instrumentId', '=', request.params.instrumentId)
        .where('organisationId', '=', providerId).where('activeFrom', '=', rest.activeFrom).executeTakeFirst();
      if (clash) throw new HttpProblem(409, 'Bestaat al', 'Deze aanbieder heeft al aanbod voor dit instrument met dezelfde begindatum; wijzig dat aanbod.');
      const row = await tx.insertInto('instrumentOffers').values({ ...rest, organisationId: providerId, instrumentId: request.params.instrumentId, municipalityId: m })
        .returning('id').executeTakeFirstOrThrow();
      return { id: row.id, value: row.id };
    });
    const instrument = await oneInstrument(db(), tenant(request), request.params.instrumentId);
    const offer = instrument.offers.find((o) => o.id === offerId)!;
    return reply.status(201).header('ETag', etagOf(offer.version)).send(offer);
  });

  app.patch('/instrument-offers/:offerId', {
    config: { access: manage },
    schema: { tags: ['Catalogus'], summary: 'Aanbod wijzigen', description: 'Prijs, capaciteit, wachttijd of looptijd, met If-Match.',
      params: offerParams, headers: ifMatchHeader, body: offerChange, response: { 200: offerSchema, ...writeErrors } },
  }, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match']);
    const instrumentId = await audited(app, request, 'offer.update', 'instrument_offer', async (tx, m) => {
      if (request.body.contractId) {
        const owner = await tx.selectFrom('instrumentOffers').select('organisationId').where('id', '=', request.params.offerId).where('municipalityId', '=', m).executeTakeFirst();
        if (owner) await requireContract(tx, m, owner.organisationId, request.body.contractId);
      }
      await updateVersioned(tx, 'instrumentOffers', m, request.params.offerId, version, request.body);
      const row = await tx.selectFrom('instrumentOffers').select(['instrumentId', 'activeFrom', 'activeUntil']).where('id', '=', request.params.offerId).executeTakeFirstOrThrow();
      checkDates(row.activeFrom, row.activeUntil);
      return { id: request.params.offerId, value: row.instrumentId };
    });
    const offer = (await oneInstrument(db(), tenant(request), instrumentId)).offers.find((o) => o.id === request.params.offerId)!;
    return reply.header('ETag', etagOf(offer.version)).send(offer);
  });

  app.get('/providers', {
    config: { access: list },
    schema: { tags: ['Aanbieders'], summary: 'Aanbieders', description: 'Partnerorganisaties met contracten, aanbod en begeleiders.', response: { 200: z.object({ items: z.array(providerSchema) }), ...errors } },
  }, async (request) => ({ items: await listProviders(db(), tenant(request), todayIso()) }));

  app.get('/providers/:providerId', {
    config: { access: read },
    schema: { tags: ['Aanbieders'], summary: 'Eén aanbieder', description: 'Met contracten, aanbod en begeleiders.', params: providerParams, response: { 200: providerSchema, ...errors } },
  }, async (request, reply) => {
    const found = await oneProvider(db(), tenant(request), request.params.providerId);
    return reply.header('ETag', etagOf(found.version)).send(found);
  });

  app.post('/providers', {
    config: { access: manage },
    schema: { tags: ['Aanbieders'], summary: 'Aanbieder toevoegen', description: 'Een partnerorganisatie van de gemeente.', body: providerNew, response: { 201: providerSchema, ...writeErrors } },
  }, async (request, reply) => {
    const id = await audited(app, request, 'provider.create', 'provider', async (tx, m) => {
      const row = await tx.insertInto('organisations').values({ ...request.body, kind: 'provider', municipalityId: m }).returning('id').executeTakeFirstOrThrow();
      return { id: row.id, value: row.id };
    });
    const created = await oneProvider(db(), tenant(request), id);
    return reply.status(201).header('ETag', etagOf(created.version)).send(created);
  });

  app.patch('/providers/:providerId', {
    config: { access: manage },
    schema: { tags: ['Aanbieders'], summary: 'Aanbieder wijzigen', description: 'Met If-Match.', params: providerParams, headers: ifMatchHeader, body: providerChange, response: { 200: providerSchema, ...writeErrors } },
  }, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match']);
    await audited(app, request, 'provider.update', 'provider', async (tx, m) => {
      await requireProviderOr404(tx, m, request.params.providerId);
      await updateVersioned(tx, 'organisations', m, request.params.providerId, version, request.body);
      return { id: request.params.providerId, value: null };
    });
    const changed = await oneProvider(db(), tenant(request), request.params.providerId);
    return reply.header('ETag', etagOf(changed.version)).send(changed);
  });

  app.post('/providers/:providerId/contracts', {
    config: { access: manage },
    schema: { tags: ['Aanbieders'], summary: 'Contract vastleggen', description: 'Een contract van de gemeente met deze aanbieder.', params: providerParams, body: contractNew, response: { 201: contractSchema, ...writeErrors } },
  }, async (request, reply) => {
    checkDates(request.body.startsOn, request.body.endsOn);
    const row = await audited(app, request, 'contract.create', 'provider_contract', async (tx, m) => {
      await requireProviderOr404(tx, m, request.params.providerId);
      const inserted = await tx.insertInto('providerContracts').values({ ...request.body, organisationId: request.params.providerId, municipalityId: m })
        .returning(['id', 'version', 'reference', 'description', 'startsOn', 'endsOn']).executeTakeFirstOrThrow();
      return { id: inserted.id, value: inserted };
    });
    return reply.status(201).header('ETag', etagOf(row.version)).send(row);
  });

  app.post('/providers/:providerId/coaches', {
    config: { access: manage },
    schema: { tags: ['Aanbieders'], summary: 'Begeleider van de aanbieder toevoegen', description: 'Een account met de rol partner_coach: ziet alleen trajecten die bij deze aanbieder zijn besteld.',
      params: providerParams, body: coachNew, response: { 201: z.object({ id: z.string().uuid(), username: z.string(), displayName: z.string(), active: z.boolean() }), ...writeErrors } },
  }, async (request, reply) => {
    const passwordHash = await hashPassword(request.body.password);
    const row = await audited(app, request, 'partner_coach.create', 'user', async (tx, m) => {
      await requireProviderOr404(tx, m, request.params.providerId);
      const code = await tx.selectFrom('municipalities').select('code').where('id', '=', m).executeTakeFirstOrThrow();
      if (!request.body.username.endsWith(`@${code.code}`)) throw badRequest(`De gebruikersnaam eindigt op @${code.code}.`);
      const taken = await tx.selectFrom('users').select('id').where('username', '=', request.body.username).executeTakeFirst();
      if (taken) throw new HttpProblem(409, 'Bestaat al', 'Deze gebruikersnaam is al in gebruik.');
      const inserted = await tx.insertInto('users').values({
        municipalityId: m, organisationId: request.params.providerId, teamId: null, username: request.body.username,
        displayName: request.body.displayName, role: 'partner_coach', passwordHash,
      }).returning(['id', 'username', 'displayName', 'active']).executeTakeFirstOrThrow();
      return { id: inserted.id, value: inserted };
    });
    return reply.status(201).send(row);
  });
}

async function requireProviderOr404(tx: Kysely<DB>, m: string, id: string) {
  const p = await tx.selectFrom('organisations').select('id').where('id', '=', id).where('municipalityId', '=', m).where('kind', '=', 'provider').executeTakeFirst();
  if (!p) throw notFound('Deze aanbieder bestaat niet in uw gemeente.');
}
