import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { appendAuditEvent, type AuditContext, type AuditEntry } from '../../modules/access/audit/store.ts';
import { scopeFor, type RouteAccess, type Scope } from '../../modules/access/permissions.ts';
import type { Actor } from '../../modules/access/roles.ts';
import { authenticate } from '../../modules/access/sessions.ts';
import { forbidden, HttpProblem, unauthorized } from '../problem.ts';

export const SESSION_COOKIE = 'meedoen_sessie';

export interface RegisteredRoute { method: string; url: string; access: RouteAccess | undefined }

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its access declaration, as registered: drives the access test matrix. */
    routeRegistry: RegisteredRoute[];
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The scope the permission table grants for this route's (resource, action). */
    scope: Scope | null;
  }
}

/** The audit context of a request: who, from where, under which request id. */
export function auditContextOf(request: FastifyRequest): AuditContext {
  const actor = requireActor(request);
  return {
    municipalityId: actor.municipalityId,
    actorUserId: actor.userId,
    actorRole: actor.role,
    organisationId: actor.organisationId,
    requestId: request.id,
    origin: request.ip,
  };
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized();
  return request.actor;
}

/** Records a refused attempt in its own transaction (the refused work itself never ran). */
export async function auditDenied(app: FastifyInstance, request: FastifyRequest, entry: Omit<AuditEntry, 'result'>) {
  await app.database.db.transaction().execute((tx) => appendAuditEvent(tx, auditContextOf(request), { ...entry, result: 'denied' }));
}

/**
 * Deny by default: every /api route must declare its access in `config.access`; an undeclared route
 * is refused. A declared (resource, action) must be granted to the actor's role by the permission table.
 */
export const accessPlugin = fp(async (app: FastifyInstance) => {
  app.decorate('routeRegistry', [] as RegisteredRoute[]);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      app.routeRegistry.push({ method, url: route.url, access: (route.config as { access?: RouteAccess } | undefined)?.access });
    }
  });
  app.decorateRequest('actor', null);
  app.decorateRequest('scope', null);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await authenticate(app.database.db, app.sessionPolicy, token);
  });

  app.addHook('preHandler', async (request) => {
    const path = request.url.split('?')[0];
    if (!path.startsWith('/api/')) return;
    const access = request.routeOptions.config.access;
    if (!access) {
      request.log.error({ route: request.routeOptions.url }, 'route without access declaration refused');
      throw new HttpProblem(403, 'Geen toegang', 'Deze functie is niet vrijgegeven.');
    }
    if ('public' in access) return;
    const actor = requireActor(request);
    if ('authenticated' in access) return;
    const scope = scopeFor(actor.role, access.resource, access.action);
    if (!scope) {
      const id = (request.params as Record<string, string> | undefined)?.id;
      await auditDenied(app, request, {
        action: `${access.resource}.${access.action}`, objectType: access.resource, objectId: id, purpose: access.purpose,
      });
      throw forbidden('Uw rol heeft geen toegang tot deze gegevens.');
    }
    request.scope = scope;
  });
}, { name: 'meedoen-access', dependencies: ['@fastify/cookie'] });
