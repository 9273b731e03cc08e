import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../db/types.ts';
import { requireTenant } from '../../db/tenant.ts';
import { normaliseBsn } from '../../rules/bsn.ts';
import { LADDER_REMEASURE_MONTHS, stepsInCategory, type LadderCategory } from '../../rules/ladder.ts';

/** Which residents a caller may see in a list: decided by the service from the permission table. */
export type Visibility =
  | { kind: 'contactPerson'; userId: string }
  | { kind: 'team'; teamId: string | null }
  | { kind: 'municipality' }
  | { kind: 'self'; residentId: string | null };

export interface ListFilter {
  municipalityId: string;
  visibility: Visibility;
  q?: string;
  targetGroup?: string;
  ladderStep?: number;
  ladderCategory?: LadderCategory;
  contactOlderThanDays?: number;
  overdueSteps?: boolean;
  measurementDue?: boolean;
  /** A trajectory in this status ('none': no trajectory that is proposed, approved or started). */
  trajectoryStatus?: 'none' | 'proposed' | 'approved' | 'started' | 'ended';
  sort: 'name' | 'ladderStep' | 'lastContact' | 'overdueSteps';
  limit: number;
  offset: number;
  today: string;
}

export type SearchKind = 'bsn' | 'postcode' | 'name';
export function searchKindOf(q: string): SearchKind {
  if (normaliseBsn(q) !== null) return 'bsn';
  if (/^\d{4}\s?[a-z]{0,2}$/i.test(q)) return 'postcode';
  return 'name';
}

type ResidentQuery = SelectQueryBuilder<DB, 'residents', object>;

function applyFilter(query: ResidentQuery, f: ListFilter): ResidentQuery {
  let q = query.where('residents.municipalityId', '=', requireTenant(f.municipalityId));
  const v = f.visibility;
  if (v.kind === 'contactPerson') q = q.where('residents.contactPersonId', '=', v.userId);
  // A user without a team, or a resident account without a person, sees nothing rather than everything.
  if (v.kind === 'team') q = v.teamId ? q.where('residents.teamId', '=', v.teamId) : q.where(sql<boolean>`false`);
  if (v.kind === 'self') q = v.residentId ? q.where('residents.id', '=', v.residentId) : q.where(sql<boolean>`false`);
  if (f.q) {
    const kind = searchKindOf(f.q);
    if (kind === 'bsn') q = q.where('residents.bsn', '=', normaliseBsn(f.q)!);
    else if (kind === 'postcode') q = q.where('residents.postcode', 'like', `${f.q.replace(/\s/g, '').toUpperCase()}%`);
    else {
      const term = f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
      q = q.where((eb) => eb.or([
        eb(sql`lower(residents.surname)`, 'like', `${term}%`),
        eb(sql`lower(residents.given_names || ' ' || coalesce(residents.surname_prefix || ' ', '') || residents.surname)`, 'like', `%${term}%`),
      ]));
    }
  }
  if (f.targetGroup) {
    const code = f.targetGroup;
    q = q.where((eb) => eb.exists(eb.selectFrom('residentTargetGroups as tg').select(sql`1`.as('one'))
      .whereRef('tg.residentId', '=', 'residents.id').where('tg.code', '=', code)
      .where((w) => w.or([w('tg.endDate', 'is', null), w('tg.endDate', '>=', f.today)]))));
  }
  if (f.ladderStep) q = q.where('residents.ladderStep', '=', f.ladderStep);
  if (f.ladderCategory) {
    const steps = stepsInCategory(f.ladderCategory);
    q = steps.length ? q.where('residents.ladderStep', 'in', steps) : q.where('residents.ladderStep', 'is', null);
  }
  if (f.contactOlderThanDays !== undefined) {
    const since = addDays(f.today, -f.contactOlderThanDays);
    q = q.where((w) => w.or([w('residents.lastContactOn', 'is', null), w('residents.lastContactOn', '<', since)]));
  }
  if (f.overdueSteps !== undefined) {
    const overdue = (eb: ExpressionBuilder<DB, 'residents'>) => eb.exists(eb.selectFrom('planSteps as ps').select(sql`1`.as('one'))
      .whereRef('ps.residentId', '=', 'residents.id').where('ps.status', '=', 'open').where('ps.dueOn', '<', f.today));
    q = f.overdueSteps ? q.where((eb) => overdue(eb)) : q.where((eb) => eb.not(overdue(eb)));
  }
  if (f.measurementDue !== undefined) {
    const dueBefore = addMonths(f.today, -LADDER_REMEASURE_MONTHS);
    const due = (w: ExpressionBuilder<DB, 'residents'>) => w.or([w('residents.ladderMeasuredOn', 'is', null), w('residents.ladderMeasuredOn', '<=', dueBefore)]);
    q = f.measurementDue ? q.where(due) : q.where((w) => w.not(due(w)));
  }
  if (f.trajectoryStatus) {
    const status = f.trajectoryStatus;
    const having = (eb: ExpressionBuilder<DB, 'residents'>, statuses: ('proposed' | 'approved' | 'started' | 'ended')[]) => eb.exists(
      eb.selectFrom('trajectories as tr').select(sql`1`.as('one')).whereRef('tr.residentId', '=', 'residents.id').where('tr.status', 'in', statuses));
    q = status === 'none' ? q.where((eb) => eb.not(having(eb, ['proposed', 'approved', 'started']))) : q.where((eb) => having(eb, [status]));
  }
  return q;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export async function listResidents(db: Kysely<DB>, f: ListFilter) {
  const base = applyFilter(db.selectFrom('residents'), f);
  let rows = base.leftJoin('users as cp', 'cp.id', 'residents.contactPersonId').select([
    'residents.id', 'residents.bsn', 'residents.givenNames', 'residents.surnamePrefix', 'residents.surname',
    'residents.birthDate', 'residents.postcode', 'residents.city', 'residents.ladderStep', 'residents.ladderMeasuredOn',
    'residents.lastContactOn', 'residents.contactPersonId', 'cp.displayName as contactPersonName',
    (eb) => eb.selectFrom('planSteps as ps').select((e) => e.fn.countAll<number>().as('n'))
      .whereRef('ps.residentId', '=', 'residents.id').where('ps.status', '=', 'open').where('ps.dueOn', '<', f.today).as('overdueSteps'),
  ]);
  if (f.sort === 'ladderStep') rows = rows.orderBy(sql`residents.ladder_step`, (ob) => ob.asc().nullsFirst());
  if (f.sort === 'lastContact') rows = rows.orderBy(sql`residents.last_contact_on`, (ob) => ob.asc().nullsFirst());
  if (f.sort === 'overdueSteps') rows = rows.orderBy(sql`overdue_steps`, 'desc');
  rows = rows.orderBy('residents.surname').orderBy('residents.id');
  const [items, count] = await Promise.all([
    rows.limit(f.limit).offset(f.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const groups = items.length === 0 ? [] : await db.selectFrom('residentTargetGroups')
    .select(['residentId', 'code'])
    .where('municipalityId', '=', requireTenant(f.municipalityId))
    .where('residentId', 'in', items.map((i) => i.id))
    .where((w) => w.or([w('endDate', 'is', null), w('endDate', '>=', f.today)]))
    .orderBy('startDate').execute();
  return { items, groups, total: Number(count.n) };
}

export async function findResident(db: Kysely<DB>, municipalityId: string, id: string) {
  return db.selectFrom('residents').leftJoin('users as cp', 'cp.id', 'residents.contactPersonId')
    .selectAll('residents').select('cp.displayName as contactPersonName')
    .where('residents.municipalityId', '=', requireTenant(municipalityId))
    .where('residents.id', '=', id)
    .executeTakeFirst();
}
export type ResidentRow = NonNullable<Awaited<ReturnType<typeof findResident>>>;

export async function loadDossierParts(db: Kysely<DB>, municipalityId: string, resident: ResidentRow) {
  const tenant = requireTenant(municipalityId);
  const [targetGroups, partners, members] = await Promise.all([
    db.selectFrom('residentTargetGroups').selectAll().where('municipalityId', '=', tenant)
      .where('residentId', '=', resident.id).orderBy('startDate').execute(),
    resident.householdId
      ? db.selectFrom('residents').select(['id', 'givenNames', 'surnamePrefix', 'surname', 'birthDate'])
        .where('municipalityId', '=', tenant).where('householdId', '=', resident.householdId).where('id', '!=', resident.id).execute()
      : Promise.resolve([]),
    resident.householdId
      ? db.selectFrom('householdMembers').selectAll().where('municipalityId', '=', tenant)
        .where('householdId', '=', resident.householdId).orderBy('birthDate').execute()
      : Promise.resolve([]),
  ]);
  return { targetGroups, partners, members };
}

export interface PersonUpdate {
  givenNames?: string; surnamePrefix?: string | null; surname?: string; birthDate?: string; bsn?: string;
  street?: string; houseNumber?: number; houseNumberSuffix?: string | null; postcode?: string; city?: string;
  phone?: string | null; email?: string | null; preferredLanguage?: string;
}

/** Optimistic update: only applies when the stored version is the one the caller saw. */
export async function updateResidentPerson(db: Kysely<DB>, municipalityId: string, id: string, expectedVersion: number, change: PersonUpdate) {
  return db.updateTable('residents')
    .set({ ...change, version: sql`version + 1`, updatedAt: new Date() })
    .where('municipalityId', '=', requireTenant(municipalityId))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning(['version'])
    .executeTakeFirst();
}
