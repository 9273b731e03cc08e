// Who sees which numbers on a dashboard (decision 0017). Pure.
import type { Role } from '../../modules/access/roles.ts';

/** Counts from 1 to SMALL_COUNT − 1 could point at a person. */
export const SMALL_COUNT = 5;

export type DashboardArea = 'municipality' | 'region';

/**
 * Policy staff see aggregates only: always suppressed. The region dashboard counts people of other municipalities,
 * whose dossiers nobody here may open: suppressed for every role. Team leads and administrators see their own
 * municipality's real numbers — they steer on them (three residents without contact for half a year is the signal a
 * team lead must act on) and their own work already brings them to those people.
 */
export function suppressionThreshold(role: Role, area: DashboardArea): number | null {
  if (area === 'region' || role === 'policy_analyst') return SMALL_COUNT;
  return null;
}

/** Rows of the caseload figure: consultants by name only for the roles that allocate the work. */
export function caseloadRows(role: Role, area: DashboardArea): 'consultant' | 'team' | 'municipality' {
  if (area === 'region') return 'municipality';
  return role === 'policy_analyst' ? 'team' : 'consultant';
}
