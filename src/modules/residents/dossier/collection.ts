import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/types.ts';
import { requireTenant } from '../../../db/tenant.ts';
import { todayIso } from '../../../rules/dates.ts';
import { etagOf, staleVersion, versionFromIfMatch } from '../../../server/etag.ts';
import { notFound } from '../../../server/problem.ts';
import { callerOf } from './caller.ts';
import { dossierErrors, ifMatchHeader, itemParams, residentParams, writeErrors } from './params.ts';
import type { Actor } from '../../access/roles.ts';
import { DOSSIER_PURPOSE, withResident, type Caller } from '../guard.ts';
import type { ResidentRow } from '../store.ts';

/** Dossier tables that are lists of records per resident, each with an id, a version and the tenant. */
export type CollectionTable = 'contactMoments' | 'referrals' | 'planGoals' | 'planSteps' | 'residentTargetGroups' | 'barriers' | 'householdMembers';

type Row = Record<string, unknown> & { id: string; version: number };
type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface CollectionSpec<Create extends AnyObject, Patch extends AnyObject, Item extends AnyObject> {
  path: string;          // URL segment under /residents/{id}/, kebab-case
  table: CollectionTable;
  objectType: string;    // name in the audit log
  tag: string;           // OpenAPI tag (Dutch)
  nameOne: string;       // Dutch, for summaries: 'contactmoment'
  nameMany: string;      // Dutch: 'contactmomenten'
  item: Item;
  create: Create;
  patch?: Patch;
  deletable?: boolean;
  orderBy: string;       // camelCase column, ascending
  /** Extra columns for a new row, from the validated input (municipality, resident and id are added). */
  toInsert(input: z.infer<Create>, actor: Actor, resident: ResidentRow, today: string): Record<string, unknown>;
  /** Columns to change on PATCH; defaults to the input as given. */
  toUpdate?(input: z.infer<Patch>, current: Row, today: string): Record<string, unknown>;
  present(row: Row): z.infer<Item>;
  /** Domain checks that need the resident or today (zod checks the shape). Throw a 400 HttpProblem. */
  check?(input: Record<string, unknown>, resident: ResidentRow, today: string, current: Row | undefined, tx: Kysely<DB>): void | Promise<void>;
  /** Keeps derived fields of the resident right after a change (e.g. last contact date). */
  afterWrite?(tx: Kysely<DB>, resident: ResidentRow): Promise<void>;
  /** False when the module serves its own list route (e.g. to hide special-category rows). */
  listRoute?: false;
  /** The household table is keyed by household rather than by resident. */
  ownerColumn?: 'residentId' | 'householdId';
}

// The tables differ in columns but not in how they are filtered; Kysely's per-table typing is traded for
// one reviewed implementation here, with zod guarding every value that goes in or comes out.
type LooseDb = Kysely<Record<string, Record<string, unknown>>>;

function ownerValue(spec: { ownerColumn?: string }, resident: ResidentRow): string | null {
  return spec.ownerColumn === 'householdId' ? resident.householdId : resident.id;
}

async function listRows(tx: Kysely<DB>, spec: CollectionSpec<AnyObject, AnyObject, AnyObject>, resident: ResidentRow): Promise<Row[]> {
  const owner = ownerValue(spec, resident);
  if (!owner) return [];
  return (tx as unknown as LooseDb).selectFrom(spec.table).selectAll()
    .where('municipalityId', '=', requireTenant(resident.municipalityId))
    .where(spec.ownerColumn ?? 'residentId', '=', owner)
    .orderBy(spec.orderBy).orderBy('id').execute() as Promise<Row[]>;
}

async function findRow(tx: Kysely<DB>, spec: CollectionSpec<AnyObject, AnyObject, AnyObject>, resident: ResidentRow, itemId: string): Promise<Row> {
  const owner = ownerValue(spec, resident);
  const row = owner ? await (tx as unknown as LooseDb).selectFrom(spec.table).selectAll()
    .where('municipalityId', '=', requireTenant(resident.municipalityId))
    .where(spec.ownerColumn ?? 'residentId', '=', owner)
    .where('id', '=', itemId).executeTakeFirst() : undefined;
  if (!row) throw notFound(`Deze ${spec.nameOne} bestaat niet bij deze inwoner.`);
  return row as Row;
}

/** A resident recorded without a household gets one when the first member is added. */
async function startHousehold(tx: Kysely<DB>, resident: ResidentRow): Promise<string> {
  const household = await tx.insertInto('households').values({ municipalityId: resident.municipalityId }).returning('id').executeTakeFirstOrThrow();
  await tx.updateTable('residents').set({ householdId: household.id, householdRole: 'primary' })
    .where('id', '=', resident.id).where('municipalityId', '=', requireTenant(resident.municipalityId)).execute();
  return household.id;
}

export async function listRowsOf(tx: Kysely<DB>, spec: CollectionSpec<AnyObject, AnyObject, AnyObject>, resident: ResidentRow) {
  return listRows(tx, spec, resident);
}

export function listCollection(caller: Caller, spec: CollectionSpec<AnyObject, AnyObject, AnyObject>, residentId: string) {
  return withResident(caller, `${spec.objectType}.list`, residentId, async (tx, resident) => {
    const rows = await listRows(tx, spec, resident);
    return { value: rows.map((r) => spec.present(r)), audit: { action: `${spec.objectType}.list`, objectType: spec.objectType } };
  });
}

export function createInCollection(caller: Caller, spec: CollectionSpec<AnyObject, AnyObject, AnyObject>, residentId: string, input: Record<string, unknown>) {
  return withResident(caller, `${spec.objectType}.create`, residentId, async (tx, resident) => {
    const today = todayIso();
    await spec.check?.(input, resident, today, undefined, tx);
    const owner = ownerValue(spec, resident) ?? await startHousehold(tx, resident);
    const row = await (tx as unknown as LooseDb).insertInto(spec.table).values({
      ...spec.toInsert(input, caller.actor, resident, today),
      municipalityId: resident.municipalityId, [spec.ownerColumn ?? 'residentId']: owner,
    }).returningAll().executeTakeFirstOrThrow() as Row;
    await spec.afterWrite?.(tx, resident);
    return { value: spec.present(row), audit: { action: `${spec.objectType}.create`, objectType: spec.objectType, objectId: row.id } };
  });
}

export function updateInCollection(caller: Caller, spec: CollectionSpec<AnyObject, AnyObject, AnyObject>, residentId: string, itemId: string, expectedVersion: number, input: Record<string, unknown>) {
  return withResident(caller, `${spec.objectType}.update`, residentId, async (tx, resident) => {
    const today = todayIso();
    const current = await findRow(tx, spec, resident, itemId);
    await spec.check?.(input, resident, today, current, tx);
    const change = spec.toUpdate ? spec.toUpdate(input, current, today) : input;
    const row = await (tx as unknown as LooseDb).updateTable(spec.table)
      .set({ ...change, version: sql`version + 1` })
      .where('municipalityId', '=', requireTenant(resident.municipalityId))
      .where('id', '=', itemId).where('version', '=', expectedVersion)
      .returningAll().executeTakeFirst() as Row | undefined;
    if (!row) throw staleVersion();
    await spec.afterWrite?.(tx, resident);
    return { value: spec.present(row), audit: { action: `${spec.objectType}.update`, objectType: spec.objectType, objectId: itemId, purpose: `${DOSSIER_PURPOSE}: ${Object.keys(change).join(', ')}` } };
  });
}

export function deleteFromCollection(caller: Caller, spec: CollectionSpec<AnyObject, AnyObject, AnyObject>, residentId: string, itemId: string, expectedVersion: number) {
  return withResident(caller, `${spec.objectType}.delete`, residentId, async (tx, resident) => {
    await findRow(tx, spec, resident, itemId);
    const gone = await (tx as unknown as LooseDb).deleteFrom(spec.table)
      .where('municipalityId', '=', requireTenant(resident.municipalityId))
      .where('id', '=', itemId).where('version', '=', expectedVersion).executeTakeFirst();
    if (Number(gone.numDeletedRows) !== 1) throw staleVersion();
    await spec.afterWrite?.(tx, resident);
    return { value: null, audit: { action: `${spec.objectType}.delete`, objectType: spec.objectType, objectId: itemId } };
  });
}


/** Registers list, create and (when the spec allows) update and delete routes for one collection. */
export function registerCollection<C extends AnyObject, P extends AnyObject, I extends AnyObject>(root: FastifyInstance, spec: CollectionSpec<C, P, I>) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const loose = spec as unknown as CollectionSpec<AnyObject, AnyObject, AnyObject>;
  const caller = (request: FastifyRequest) => callerOf(app, request);
  const errors = dossierErrors;
  const base = `/residents/:id/${spec.path}`;
  const purpose = DOSSIER_PURPOSE;

  if (spec.listRoute !== false) app.get(base, {
    config: { access: { resource: 'resident', action: 'read', purpose } },
    schema: { tags: [spec.tag], summary: `${capital(spec.nameMany)} van een inwoner`, description: `Alle ${spec.nameMany} van de inwoner; elk met een versie voor If-Match.`,
      params: residentParams, response: { 200: z.object({ items: z.array(loose.item) }), ...errors } },
  }, async (request) => ({ items: await listCollection(caller(request), loose, request.params.id) }) as never);

  app.post(base, {
    config: { access: { resource: 'resident', action: 'update', purpose } },
    schema: { tags: [spec.tag], summary: `${capital(spec.nameOne)} toevoegen`, description: `Legt een ${spec.nameOne} vast in het dossier (gelogd).`,
      params: residentParams, body: loose.create, response: { 201: loose.item, ...errors } },
  }, async (request, reply) => {
    const item = await createInCollection(caller(request), loose, request.params.id, request.body as Record<string, unknown>) as { version: number };
    return reply.status(201).header('ETag', etagOf(item.version)).send(item as never) as never;
  });

  if (loose.patch) {
    app.patch(`${base}/:itemId`, {
      config: { access: { resource: 'resident', action: 'update', purpose } },
      schema: { tags: [spec.tag], summary: `${capital(spec.nameOne)} wijzigen`, description: 'Vereist If-Match met de ETag; een verouderde versie geeft 412.',
        params: itemParams, headers: ifMatchHeader, body: loose.patch, response: { 200: loose.item, ...writeErrors } },
    }, async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      const item = await updateInCollection(caller(request), loose, request.params.id, request.params.itemId, version, request.body as Record<string, unknown>) as { version: number };
      return reply.header('ETag', etagOf(item.version)).send(item as never) as never;
    });
  }

  if (spec.deletable) {
    app.delete(`${base}/:itemId`, {
      config: { access: { resource: 'resident', action: 'update', purpose } },
      schema: { tags: [spec.tag], summary: `${capital(spec.nameOne)} verwijderen`, description: 'Vereist If-Match met de ETag; een verouderde versie geeft 412.',
        params: itemParams, headers: ifMatchHeader, response: { 204: z.null().describe('Verwijderd'), ...writeErrors } },
    }, async (request, reply) => {
      const version = versionFromIfMatch(request.headers['if-match']);
      await deleteFromCollection(caller(request), loose, request.params.id, request.params.itemId, version);
      return reply.status(204).send(null);
    });
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
