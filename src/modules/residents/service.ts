import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { ageOn, daysBetween, todayIso } from '../../rules/dates.ts';
import type { TargetGroupCode } from '../../rules/target-groups.ts';
import { appendAuditEvent, type AuditContext } from '../access/audit/store.ts';
import type { Scope } from '../access/permissions.ts';
import type { Actor } from '../access/roles.ts';
import { badRequest, forbidden, HttpProblem } from '../../server/problem.ts';
import { canSeeFieldSet } from '../access/permissions.ts';
import { staleVersion } from '../../server/etag.ts';
import { withResident } from './guard.ts';
import { fullName, presentBsn, presentDetail, presentLadder } from './present.ts';
import type { ResidentListQuery } from './schema.ts';
import { findResident, listResidents, loadDossierParts, searchKindOf, updateResidentPerson, type PersonUpdate, type Visibility } from './store.ts';

export type View = 'caseload' | 'team' | 'all' | 'self';
const PURPOSE = 'Begeleiding naar werk en participatie';

/** The list a caller gets by default, and the lists a granted scope allows. */
function chooseView(actor: Actor, scope: Scope, requested: ResidentListQuery['view']): View {
  if (scope === 'self') return 'self';
  const allowed: Record<Scope, View[]> = {
    own: ['caseload'], team: ['caseload', 'team'], municipality: ['caseload', 'team', 'all'], self: ['self'], organisation: [], none: [],
  };
  const fallback: View = actor.role === 'team_lead' ? 'team' : scope === 'municipality' ? 'all' : 'caseload';
  const view = requested ?? fallback;
  if (!allowed[scope].includes(view)) throw forbidden('U mag deze lijst niet opvragen met uw rol.');
  return view;
}

function visibilityFor(actor: Actor, view: View): Visibility {
  switch (view) {
    case 'caseload': return { kind: 'contactPerson', userId: actor.userId };
    case 'team': return { kind: 'team', teamId: actor.teamId };
    case 'all': return { kind: 'municipality' };
    case 'self': return { kind: 'self', residentId: actor.residentId };
  }
}

/** The store's filter for a caller's list query (also used by `bench` for its SQL floor). */
export function listFilterFor(actor: Actor, view: ReturnType<typeof chooseView>, query: ResidentListQuery, today: string) {
  return {
    municipalityId: actor.municipalityId, visibility: visibilityFor(actor, view), q: query.q,
    targetGroup: query.targetGroup, ladderStep: query.ladderStep, ladderCategory: query.ladderCategory,
    contactOlderThanDays: query.contactOlderThanDays, overdueSteps: query.overdueSteps, measurementDue: query.measurementDue,
    trajectoryStatus: query.trajectoryStatus,
    sort: query.sort, limit: query.pageSize, offset: (query.page - 1) * query.pageSize, today,
  };
}

export async function listForActor(db: Kysely<DB>, actor: Actor, scope: Scope, ctx: AuditContext, query: ResidentListQuery) {
  const view = chooseView(actor, scope, query.view);
  const today = todayIso();
  return db.transaction().execute(async (tx) => {
    const { items, groups, total } = await listResidents(tx, listFilterFor(actor, view, query, today));
    const searchKind = query.q ? searchKindOf(query.q) : null;
    await appendAuditEvent(tx, ctx, {
      action: searchKind ? 'resident.search' : 'resident.list',
      result: 'success',
      residentIds: items.map((i) => i.id),
      objectType: searchKind ? `zoeken-op-${searchKind}` : `lijst-${view}`,
      purpose: PURPOSE,
    });
    const groupsById = new Map<string, TargetGroupCode[]>();
    for (const g of groups) groupsById.set(g.residentId, [...(groupsById.get(g.residentId) ?? []), g.code as TargetGroupCode]);
    return {
      view, page: query.page, pageSize: query.pageSize, total,
      items: items.map((r) => ({
        id: r.id,
        fullName: fullName(r),
        bsn: presentBsn(actor, r.bsn).bsn,
        birthDate: r.birthDate,
        age: ageOn(r.birthDate, today),
        postcode: r.postcode,
        city: r.city,
        targetGroups: [...new Set(groupsById.get(r.id) ?? [])],
        ladder: presentLadder(r.ladderStep, r.ladderMeasuredOn, today),
        contactPerson: r.contactPersonId ? { id: r.contactPersonId, displayName: r.contactPersonName ?? '' } : null,
        lastContactOn: r.lastContactOn,
        daysSinceLastContact: r.lastContactOn ? daysBetween(r.lastContactOn, today) : null,
        overdueSteps: Number(r.overdueSteps ?? 0),
      })),
    };
  });
}

export async function readForActor(db: Kysely<DB>, actor: Actor, scope: Scope, ctx: AuditContext, id: string) {
  return withResident({ db, actor, scope, ctx }, 'resident.read', id, async (tx, resident) => ({
    value: presentDetail(actor, resident, await loadDossierParts(tx, actor.municipalityId, resident), todayIso()),
    audit: { action: 'resident.read' },
  }));
}

export async function updatePersonForActor(db: Kysely<DB>, actor: Actor, scope: Scope, ctx: AuditContext, id: string, expectedVersion: number, change: PersonUpdate) {
  if (change.bsn !== undefined && !canSeeFieldSet(actor.role, 'bsn')) throw forbidden('Het BSN wijzigen mag alleen met bevoegdheid voor het BSN.');
  if (change.birthDate !== undefined && change.birthDate > todayIso()) throw badRequest('Een geboortedatum kan niet in de toekomst liggen.');
  return withResident({ db, actor, scope, ctx }, 'resident.update', id, async (tx) => {
    if (change.bsn !== undefined) {
      const taken = await tx.selectFrom('residents').select('id').where('municipalityId', '=', actor.municipalityId)
        .where('bsn', '=', change.bsn).where('id', '!=', id).executeTakeFirst();
      if (taken) throw new HttpProblem(409, 'Conflict', 'Dit BSN hoort al bij een andere inwoner van uw gemeente.');
    }
    const result = await updateResidentPerson(tx, actor.municipalityId, id, expectedVersion, change);
    if (!result) throw staleVersion();
    const resident = (await findResident(tx, actor.municipalityId, id))!;
    return {
      value: presentDetail(actor, resident, await loadDossierParts(tx, actor.municipalityId, resident), todayIso()),
      audit: { action: 'resident.update', purpose: `${PURPOSE}: persoonsgegevens (${Object.keys(change).join(', ')})` },
    };
  });
}
