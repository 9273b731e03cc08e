import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContextOf, requireActor, SESSION_COOKIE } from '../../server/plugins/access.ts';
import { HttpProblem, problemResponses } from '../../server/problem.ts';
import { listAuditEventsForActor } from './audit/service.ts';
import { roleLabels, type Actor } from './roles.ts';
import { auditPageSchema, auditQuerySchema, currentUserSchema, loginBodySchema } from './schema.ts';
import { logIn, logOut, recordLoginAttempt } from './sessions.ts';

export async function accessRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  async function presentActor(actor: Actor) {
    const m = await app.database.db.selectFrom('municipalities').select('name').where('id', '=', actor.municipalityId).executeTakeFirstOrThrow();
    const o = await app.database.db.selectFrom('organisations').select('name').where('id', '=', actor.organisationId).executeTakeFirstOrThrow();
    return {
      userId: actor.userId, username: actor.username, displayName: actor.displayName, role: actor.role,
      roleLabel: roleLabels[actor.role], municipalityId: actor.municipalityId, municipalityName: m.name,
      organisationId: actor.organisationId, organisationName: o.name, teamId: actor.teamId,
    };
  }

  app.post('/sessions', {
    config: {
      access: { public: true },
      rateLimit: {
        max: app.config.loginAttemptsPerMinute,
        timeWindow: 60_000,
        hook: 'preHandler',  // after body parsing, so the key can include the user name
        // Per address and user name, so one attacker cannot lock out a whole office behind one address.
        keyGenerator: (request) => `${request.ip}|${String((request.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
        errorResponseBuilder: (_request, context) => ({
          statusCode: 429,
          message: `Te veel inlogpogingen. Probeer het over ${Math.ceil(context.ttl / 1000)} seconden opnieuw.`,
        }),
      },
    },
    // A refused attempt is recorded before the 429 leaves, so the record never lags behind the answer.
    onSend: async (request, reply) => {
      if (reply.statusCode !== 429) return;
      const username = String((request.body as { username?: unknown } | undefined)?.username ?? '');
      await recordLoginAttempt(app.database.db, { username, userId: null, result: 'rate_limited', reason: 'too_many_attempts', requestId: request.id, origin: request.ip });
    },
    schema: {
      tags: ['Sessies'],
      summary: 'Inloggen',
      description: 'Controleert gebruikersnaam en wachtwoord en zet een HttpOnly-sessiecookie met een nieuwe sessie-id.',
      body: loginBodySchema,
      response: { 201: currentUserSchema, 400: problemResponses[400], 401: problemResponses[401], 429: problemResponses[400], 500: problemResponses[500] },
    },
  }, async (request, reply) => {
    const { username, password } = request.body;
    const outcome = await logIn(app.database.db, app.sessionPolicy, username, password, request.ip);
    if (!outcome.ok) {
      await recordLoginAttempt(app.database.db, { username, userId: null, result: 'denied', reason: outcome.reason, requestId: request.id, origin: request.ip });
      request.log.info({ reason: outcome.reason }, 'login refused');
      const detail = outcome.reason === 'demo_refused_in_production'
        ? 'Demo-accounts en het demowachtwoord zijn in productie uitgeschakeld.'
        : 'De combinatie van gebruikersnaam en wachtwoord is onbekend.';
      throw new HttpProblem(401, 'Inloggen mislukt', detail);
    }
    await recordLoginAttempt(app.database.db, { username, userId: outcome.actor.userId, result: 'success', reason: null, requestId: request.id, origin: request.ip });
    // A session id that existed before log-in is never reused (session fixation).
    const previous = request.cookies[SESSION_COOKIE];
    if (previous) await logOut(app.database.db, previous);
    reply.setCookie(SESSION_COOKIE, outcome.token, {
      httpOnly: true, sameSite: 'strict', secure: app.config.production, path: '/', expires: outcome.expiresAt,
    });
    return reply.status(201).send(await presentActor(outcome.actor));
  });

  app.get('/sessions/current', {
    config: { access: { authenticated: true } },
    schema: {
      tags: ['Sessies'], summary: 'Wie ben ik', description: 'De ingelogde gebruiker van deze sessie.',
      response: { 200: currentUserSchema, 401: problemResponses[401], 500: problemResponses[500] },
    },
  }, async (request) => presentActor(requireActor(request)));

  app.delete('/sessions/current', {
    config: { access: { authenticated: true } },
    schema: {
      tags: ['Sessies'], summary: 'Uitloggen', description: 'Beëindigt de sessie en wist het cookie.',
      response: { 204: z.null().describe('Uitgelogd'), 401: problemResponses[401], 500: problemResponses[500] },
    },
  }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await logOut(app.database.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/audit-events', {
    config: { access: { resource: 'audit_event', action: 'list', purpose: 'Toezicht op inzage en wijzigingen' } },
    schema: {
      tags: ['Audit'],
      summary: 'Auditlog',
      description: 'Gebeurtenissen van de eigen gemeente, nieuwste eerst; met residentId alleen die over één inwoner.',
      querystring: auditQuerySchema,
      response: { 200: auditPageSchema, 400: problemResponses[400], 401: problemResponses[401], 403: problemResponses[403], 500: problemResponses[500] },
    },
  }, async (request) => {
    return listAuditEventsForActor(app.database.db, auditContextOf(request), request.query);
  });
}
