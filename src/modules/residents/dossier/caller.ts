import type { FastifyInstance, FastifyRequest } from 'fastify';
import { auditContextOf, requireActor } from '../../../server/plugins/access.ts';
import type { Caller } from '../guard.ts';

/** The caller of a dossier route, as the guard needs it. */
export function callerOf(app: FastifyInstance, request: FastifyRequest): Caller {
  return { db: app.database.db, actor: requireActor(request), scope: request.scope!, ctx: auditContextOf(request) };
}


