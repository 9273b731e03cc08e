import { sql, type Kysely } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import type { DB } from '../../../db/types.ts';
import { needLabels, type NeedCode } from '../../../rules/needs.ts';
import { targetGroupLabels, type TargetGroupCode } from '../../../rules/target-groups.ts';
import { providerTypeLabels, unitLabels } from '../common.ts';

const isActive = (from: string, until: string | null, on: string) => from <= on && (until === null || until >= on);

/** Offers with their provider and how many running trajectories use them. */
export async function loadOffers(db: Kysely<DB>, municipalityId: string, where: { instrumentIds?: string[]; providerId?: string }, today: string) {
  const m = requireTenant(municipalityId);
  if (where.instrumentIds && where.instrumentIds.length === 0) return [];
  let q = db.selectFrom('instrumentOffers as o').innerJoin('organisations as p', 'p.id', 'o.organisationId')
    .innerJoin('instruments as i', 'i.id', 'o.instrumentId')
    .select(['o.id', 'o.version', 'o.instrumentId', 'o.organisationId', 'p.name as providerName', 'i.name as instrumentName', 'o.contractId',
      'o.unitPriceCents', 'o.capacity', 'o.capacityPeriod', 'o.expectedWaitDays', 'o.activeFrom', 'o.activeUntil'])
    .select((eb) => eb.selectFrom('trajectories as t').select(sql<number>`count(*)::int`.as('n'))
      .whereRef('t.offerId', '=', 'o.id').where('t.status', 'in', ['approved', 'started']).as('inUse'))
    .where('o.municipalityId', '=', m);
  if (where.instrumentIds) q = q.where('o.instrumentId', 'in', where.instrumentIds);
  if (where.providerId) q = q.where('o.organisationId', '=', where.providerId);
  const rows = await q.orderBy('p.name').orderBy('o.activeFrom').execute();
  return rows.map((o) => ({
    id: o.id, version: o.version, instrumentId: o.instrumentId, instrumentName: o.instrumentName,
    provider: { id: o.organisationId, name: o.providerName }, contractId: o.contractId,
    unitPriceCents: Number(o.unitPriceCents), capacity: o.capacity, capacityPeriod: o.capacityPeriod, expectedWaitDays: o.expectedWaitDays,
    activeFrom: o.activeFrom, activeUntil: o.activeUntil, active: isActive(o.activeFrom, o.activeUntil, today), inUse: Number(o.inUse ?? 0),
  }));
}

export interface InstrumentFilter { q?: string; targetGroup?: string; need?: string; activeOn?: string; all?: boolean; ids?: string[] }

export async function listInstruments(db: Kysely<DB>, municipalityId: string, f: InstrumentFilter, today: string) {
  const m = requireTenant(municipalityId);
  let q = db.selectFrom('instruments').selectAll().where('municipalityId', '=', m);
  if (f.ids) q = q.where('id', 'in', f.ids.length ? f.ids : ['00000000-0000-0000-0000-000000000000']);
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('name', 'ilike', like), eb('description', 'ilike', like), eb('legalBasis', 'ilike', like)]));
  }
  if (f.targetGroup) q = q.where(sql<boolean>`${f.targetGroup} = ANY(target_groups)`);
  if (f.need) q = q.where(sql<boolean>`${f.need} = ANY(needs)`);
  if (!f.all && !f.ids) {
    const on = f.activeOn ?? today;
    q = q.where('activeFrom', '<=', on).where((eb) => eb.or([eb('activeUntil', 'is', null), eb('activeUntil', '>=', on)]));
  }
  const rows = await q.orderBy('name').execute();
  const offers = await loadOffers(db, m, { instrumentIds: rows.map((r) => r.id) }, today);
  return rows.map((r) => ({
    id: r.id, version: r.version, code: r.code, name: r.name, description: r.description, legalBasis: r.legalBasis,
    unit: r.unit, unitLabel: unitLabels[r.unit],
    targetGroups: r.targetGroups.map((code) => ({ code, label: targetGroupLabels[code as TargetGroupCode] ?? code })),
    needs: r.needs.map((code) => ({ code, label: needLabels[code as NeedCode] ?? code })),
    activeFrom: r.activeFrom, activeUntil: r.activeUntil, active: isActive(r.activeFrom, r.activeUntil, today),
    offers: offers.filter((o) => o.instrumentId === r.id).map(({ instrumentName: _name, ...o }) => o),
  }));
}

export async function listProviders(db: Kysely<DB>, municipalityId: string, today: string, id?: string) {
  const m = requireTenant(municipalityId);
  let q = db.selectFrom('organisations').selectAll().where('municipalityId', '=', m).where('kind', '=', 'provider');
  if (id) q = q.where('id', '=', id);
  const providers = await q.orderBy('name').execute();
  if (providers.length === 0) return [];
  const ids = providers.map((p) => p.id);
  const [contracts, coaches] = await Promise.all([
    db.selectFrom('providerContracts').selectAll().where('municipalityId', '=', m).where('organisationId', 'in', ids).orderBy('startsOn', 'desc').execute(),
    db.selectFrom('users').select(['id', 'username', 'displayName', 'active', 'organisationId']).where('municipalityId', '=', m)
      .where('organisationId', 'in', ids).where('role', '=', 'partner_coach').orderBy('displayName').execute(),
  ]);
  const offers = id ? await loadOffers(db, m, { providerId: id }, today) : await loadOffers(db, m, {}, today);
  return providers.map((p) => ({
    id: p.id, version: p.version, name: p.name, providerType: p.providerType as never, providerTypeLabel: p.providerType ? providerTypeLabels[p.providerType as keyof typeof providerTypeLabels] : 'Onbekend',
    kvkNumber: p.kvkNumber, contactEmail: p.contactEmail, description: p.description,
    contracts: contracts.filter((c) => c.organisationId === p.id).map((c) => ({
      id: c.id, version: c.version, reference: c.reference, description: c.description, startsOn: c.startsOn, endsOn: c.endsOn,
    })),
    offers: offers.filter((o) => o.provider.id === p.id),
    coaches: coaches.filter((c) => c.organisationId === p.id).map(({ organisationId: _o, ...c }) => c),
  }));
}
