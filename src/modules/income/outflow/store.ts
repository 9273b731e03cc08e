import { requireTenant } from '../../../db/tenant.ts';
import type { Caller } from '../../residents/guard.ts';
import { visibleTo } from '../scope.ts';

/**
 * Uitstroom door werk, nog te verwerken: placements recorded as ending the benefit (outflow event 'work') whose
 * resident still has a benefit that is not ended. The account manager or work consultant records the job; only an
 * income consultant's end decision ends the benefit — with reason 'work' it then counts in the outflow figures.
 */
export async function pendingWorkOutflow(c: Caller) {
  return c.db.selectFrom('outflowEvents as x')
    .innerJoin('residents as r', 'r.id', 'x.residentId')
    .innerJoin('benefits as b', (j) => j.onRef('b.residentId', '=', 'x.residentId').on('b.status', '!=', 'ended'))
    .leftJoin('placements as p', 'p.id', 'x.placementId')
    .leftJoin('employers as e', 'e.id', 'p.employerId')
    .select(['x.id', 'x.occurredOn', 'x.placementId', 'b.id as benefitId', 'b.startDate as benefitStartDate', 'r.id as residentId',
      'r.givenNames', 'r.surnamePrefix', 'r.surname', 'e.name as employerName', 'p.kind as placementKind', 'p.contractHoursPerWeek'])
    .where('x.municipalityId', '=', requireTenant(c.actor.municipalityId))
    .where('x.reason', '=', 'work')
    .where(visibleTo(c))
    .orderBy('x.occurredOn').orderBy('r.surname')
    .limit(200)
    .execute();
}

