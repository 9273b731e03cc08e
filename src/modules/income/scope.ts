import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/types.ts';
import { requireTenant } from '../../db/tenant.ts';
import type { LegalTerm } from '../../rules/income/terms.ts';
import { auditContextOf, requireActor } from '../../server/plugins/access.ts';
import { forbidden, notFound, type HttpProblem } from '../../server/problem.ts';
import { appendAuditEvent } from '../access/audit/store.ts';
import { canSeeFieldSet } from '../access/permissions.ts';
import type { Caller } from '../residents/guard.ts';

// Shared by applications, decisions and reported changes: who the caller is, which residents they reach, and
// whether they may see amounts (field set 'income').

export const INCOME_PURPOSE = 'Uitvoering bijstand: aanvragen, besluiten en wijzigingen';

export function callerOf(app: FastifyInstance, request: FastifyRequest): Caller {
  return { db: app.database.db, actor: requireActor(request), scope: request.scope!, ctx: auditContextOf(request) };
}

/** Income and benefit amounts, IBANs and the household's figures: only for roles with the field set 'income'. */
export const seesAmounts = (c: Caller) => canSeeFieldSet(c.actor.role, 'income');

/**
 * The residents a list may show, as a condition on a joined `residents as r`: the whole municipality, the caller's
 * team, or the caller's own resident record. A team-less user or an account without a person sees nothing.
 */
export function visibleTo(c: Caller) {
  return (eb: ExpressionBuilder<DB & { r: DB['residents'] }, 'r'>): Expression<SqlBool> => {
    const own = eb('r.municipalityId', '=', requireTenant(c.actor.municipalityId));
    if (c.scope === 'municipality') return own;
    if (c.scope === 'team' && c.actor.teamId) return eb.and([own, eb('r.teamId', '=', c.actor.teamId)]);
    if (c.scope === 'self' && c.actor.residentId) return eb.and([own, eb('r.id', '=', c.actor.residentId)]);
    return sql<SqlBool>`false`;
  };
}

/**
 * Whether a record of one resident (already loaded within the caller's municipality) lies in the granted scope. Out of
 * scope for a resident account answers 404 (they learn nothing about others); for a team member 403. Both audited.
 */
export async function ensureInScope(c: Caller, r: { residentId: string; residentTeamId: string | null }, audit: { action: string; objectType: string; objectId: string }) {
  const ok = c.scope === 'municipality'
    || (c.scope === 'team' && c.actor.teamId !== null && r.residentTeamId === c.actor.teamId)
    || (c.scope === 'self' && c.actor.residentId === r.residentId);
  if (ok) return;
  const problem = c.scope === 'self' ? notFound() : forbidden('Deze inwoner hoort niet bij uw team.');
  await refuse(c, audit, problem, c.scope === 'self' ? [] : [r.residentId]);
}

/** Audits a refused attempt in its own transaction (the refused work never ran), then throws. */
export async function refuse(c: Caller, audit: { action: string; objectType: string; objectId?: string }, problem: HttpProblem, residentIds: string[] = []): Promise<never> {
  await c.db.transaction().execute((tx) => appendAuditEvent(tx, c.ctx, { ...audit, result: 'denied', residentIds, purpose: INCOME_PURPOSE }));
  throw problem;
}

/** Runs work and its audit row in one transaction. */
export async function audited<T>(c: Caller, work: (tx: Kysely<DB>) => Promise<T>, audit: (value: T) => { action: string; objectType: string; objectId?: string; residentIds: string[] }): Promise<T> {
  return c.db.transaction().execute(async (tx) => {
    const value = await work(tx);
    await appendAuditEvent(tx, c.ctx, { ...audit(value), result: 'success', purpose: INCOME_PURPOSE });
    return value;
  });
}

/** The national legal terms (a handful of rows). */
export async function loadLegalTerms(db: Kysely<DB>): Promise<LegalTerm[]> {
  return db.selectFrom('legalTerms').selectAll().orderBy('validFrom').execute();
}

/** A resident's name as a letter or list shows it. */
export const fullName = (r: { givenNames: string; surnamePrefix: string | null; surname: string }) =>
  [r.givenNames, r.surnamePrefix, r.surname].filter(Boolean).join(' ');
