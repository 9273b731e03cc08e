import { notFound } from '../../../server/problem.ts';
import type { Caller } from '../../residents/guard.ts';
import { ensureInScope, refuse } from '../scope.ts';
import { findBenefit, type BenefitRow } from './store.ts';

/** One benefit the caller may act on: another municipality's (or another resident's) answers 404. */
export async function benefitInScope(c: Caller, id: string, action: string): Promise<BenefitRow> {
  const b = await findBenefit(c.db, c.actor.municipalityId, id);
  if (!b) return refuse(c, { action, objectType: 'benefit', objectId: id }, notFound('Deze uitkering bestaat niet of u heeft er geen toegang toe.'));
  await ensureInScope(c, { residentId: b.residentId, residentTeamId: b.residentTeamId }, { action, objectType: 'benefit', objectId: id });
  return b;
}
