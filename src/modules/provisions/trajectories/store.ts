import type { Kysely } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import type { DB } from '../../../db/types.ts';
import { outcomeLabels, statusLabels } from '../../../rules/trajectory.ts';
import { fullName } from '../../residents/present.ts';
import { unitLabels } from '../common.ts';

export interface TrajectoryWhere {
  id?: string;
  residentId?: string;
  /** scope team: residents whose contact person is in this team */
  teamId?: string;
  /** scope organisation: trajectories ordered from this provider */
  organisationId?: string;
  status?: string;
  awaitingApproval?: boolean;
  /** leave out proposals by this user (a proposer never approves their own) */
  notProposedBy?: string;
}

/** Trajectories of one municipality with everything both views need; the route decides what to show. */
export async function loadTrajectories(db: Kysely<DB>, municipalityId: string, w: TrajectoryWhere, limit = 200) {
  const m = requireTenant(municipalityId);
  let q = db.selectFrom('trajectories as t')
    .innerJoin('residents as r', 'r.id', 't.residentId')
    .innerJoin('organisations as p', 'p.id', 't.organisationId')
    .leftJoin('instruments as i', 'i.id', 't.instrumentId')
    .leftJoin('users as cp', 'cp.id', 'r.contactPersonId')
    .innerJoin('users as pb', 'pb.id', 't.proposedBy')
    .leftJoin('users as db', 'db.id', 't.decidedBy')
    .selectAll('t')
    .select(['r.givenNames', 'r.surnamePrefix', 'r.surname', 'r.phone', 'r.email', 'r.preferredLanguage', 'r.teamId as residentTeamId',
      'cp.displayName as contactPersonName', 'p.name as providerName', 'i.name as instrumentName',
      'pb.displayName as proposedByName', 'db.displayName as decidedByName'])
    .where('t.municipalityId', '=', m).where('r.municipalityId', '=', m);
  if (w.id) q = q.where('t.id', '=', w.id);
  if (w.residentId) q = q.where('t.residentId', '=', w.residentId);
  if (w.teamId) q = q.where('r.teamId', '=', w.teamId);
  if (w.organisationId) q = q.where('t.organisationId', '=', w.organisationId);
  if (w.status) q = q.where('t.status', '=', w.status as never);
  if (w.awaitingApproval) q = q.where('t.status', '=', 'proposed').where('t.needsSecondApproval', '=', true);
  if (w.notProposedBy) q = q.where('t.proposedBy', '!=', w.notProposedBy);
  const rows = await q.orderBy('t.plannedStartOn', 'desc').orderBy('t.id').limit(limit).execute();
  const reports = rows.length === 0 ? [] : await db.selectFrom('trajectoryReports as x').innerJoin('users as u', 'u.id', 'x.reportedBy')
    .selectAll('x').select('u.displayName as reportedByName')
    .where('x.municipalityId', '=', m).where('x.trajectoryId', 'in', rows.map((r) => r.id)).orderBy('x.periodFrom', 'desc').orderBy('x.reportedAt', 'desc').execute();
  return rows.map((r) => ({
    ...r,
    reports: reports.filter((x) => x.trajectoryId === r.id).map((x) => ({
      id: x.id, kind: x.kind, kindLabel: x.kind === 'attendance' ? 'Aanwezigheid' : 'Voortgang', periodFrom: x.periodFrom, periodTo: x.periodTo,
      hoursPlanned: x.hoursPlanned, hoursAttended: x.hoursAttended, summary: x.summary, reportedBy: x.reportedByName,
      reportedAt: new Date(x.reportedAt).toISOString(),
    })),
  }));
}
export type TrajectoryRow = Awaited<ReturnType<typeof loadTrajectories>>[number];

function common(t: TrajectoryRow) {
  return {
    id: t.id, version: t.version, status: t.status, statusLabel: statusLabels[t.status],
    title: t.instrumentName ?? t.customTitle ?? '', instrument: t.instrumentId ? { id: t.instrumentId, name: t.instrumentName ?? '' } : null,
    provider: { id: t.organisationId, name: t.providerName }, maatwerk: t.instrumentId === null,
    units: t.units, unit: t.unit, unitLabel: unitLabels[t.unit],
    plannedStartOn: t.plannedStartOn, plannedEndOn: t.plannedEndOn, startedOn: t.startedOn, endedOn: t.endedOn,
    outcome: t.outcome, outcomeLabel: t.outcome ? outcomeLabels[t.outcome] : null,
    reports: t.reports,
  };
}

export function presentForStaff(t: TrajectoryRow) {
  return {
    ...common(t),
    resident: { id: t.residentId, fullName: fullName(t) },
    customReason: t.customReason, goalId: t.goalId,
    unitPriceCents: Number(t.unitPriceCents), amountCents: Number(t.amountCents), budgetYear: t.budgetYear,
    needsSecondApproval: t.needsSecondApproval, fourEyesThresholdCents: Number(t.fourEyesThresholdCents),
    proposedBy: t.proposedByName, proposedById: t.proposedBy, proposedAt: new Date(t.proposedAt).toISOString(),
    decidedBy: t.decidedByName, decidedById: t.decidedBy, decidedAt: t.decidedAt ? new Date(t.decidedAt).toISOString() : null, decisionNote: t.decisionNote,
    outcomeReason: t.outcomeReason, realisedCents: t.realisedCents === null ? null : Number(t.realisedCents),
  };
}

/** Need to know: a partner gets the order and how to reach the person, nothing about money, BSN, income or health. */
export function presentForPartner(t: TrajectoryRow) {
  return {
    ...common(t),
    resident: { fullName: fullName(t), phone: t.phone, email: t.email, preferredLanguage: t.preferredLanguage, contactPerson: t.contactPersonName },
  };
}
