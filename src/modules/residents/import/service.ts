import { createHash, randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { DB, ResidentsTable } from '../../../db/types.ts';
import { todayIso } from '../../../rules/dates.ts';
import { HttpProblem, notFound } from '../../../server/problem.ts';
import { appendAuditEvent, type AuditContext } from '../../access/audit/store.ts';
import { readImportFile } from './parse.ts';
import { lookupKeys, planImport, type ImportPlan } from './rules.ts';
import { importStatusLabels, type ImportReport, type ImportStatus } from './schema.ts';
import {
  findMunicipality, insertBatched, loadConsultants, loadExistingResidents, loadHouseholdMembers, loadPostcodeAreas, lockImports,
} from './store.ts';

export const IMPORT_PURPOSE = 'Overname van inwoners (migratie)';
const LADDER_MOTIVATION = 'Overgenomen bij de import van inwoners (migratie).';
const CONTACT_REASON = 'Vaste contactpersoon vastgelegd bij de import van inwoners (migratie).';

export interface ImportRequest {
  /** The municipality that imports: every check and every row written is for this tenant only. */
  municipalityId: string;
  /** Who imports (an administrator, or the command line: actor null, role 'cli'). */
  ctx: AuditContext;
  file: Uint8Array;
  dryRun: boolean;
  today?: string;
}

function report(plan: ImportPlan, municipality: { code: string; name: string }, dryRun: boolean, written: string[] | null): ImportReport {
  const ok = plan.problems.length === 0;
  const status: ImportStatus = dryRun ? (ok ? 'in_orde' : 'fouten_gevonden') : (ok ? 'geimporteerd' : 'geweigerd');
  // A refused run creates nothing; a dry run tells what the valid rows would create.
  const creates = !dryRun && !ok ? [] : plan.create;
  return {
    dryRun, status, statusLabel: importStatusLabels[status], municipality,
    rows: plan.rows,
    created: creates.length,
    unchanged: plan.unchanged.length,
    rowsWithProblems: new Set(plan.problems.filter((p) => p.row > 1).map((p) => p.row)).size,
    householdsCreated: creates.length ? plan.newHouseholds : 0,
    targetGroupsCreated: creates.reduce((n, r) => n + r.targetGroups.length, 0),
    ladderMeasurementsCreated: creates.filter((r) => r.ladder).length,
    problems: plan.problems,
    ...(written ? { createdResidentIds: written } : {}),
  };
}

/** Writes every planned resident with household, target groups, ladder measurement and contact person. */
async function write(tx: Kysely<DB>, municipalityId: string, plan: ImportPlan, actorUserId: string | null): Promise<string[]> {
  const newHouseholds = new Map<string, string>();
  for (const p of plan.create) {
    if (p.household.kind === 'new' && !newHouseholds.has(p.household.ref)) newHouseholds.set(p.household.ref, randomUUID());
  }
  await insertBatched(tx, 'households', [...newHouseholds.values()].map((id) => ({ id, municipalityId })));
  const residents: Insertable<ResidentsTable>[] = plan.create.map((p) => ({
    id: randomUUID(), municipalityId, bsn: p.bsn, givenNames: p.givenNames, surnamePrefix: p.surnamePrefix, surname: p.surname,
    birthDate: p.birthDate, street: p.street, houseNumber: p.houseNumber, houseNumberSuffix: p.houseNumberSuffix,
    postcode: p.postcode, city: p.city, phone: p.phone, email: p.email,
    householdId: p.household.kind === 'new' ? newHouseholds.get(p.household.ref)! : p.household.id, householdRole: p.householdRole,
    contactPersonId: p.contactPerson.id, teamId: p.contactPerson.teamId,
    ladderStep: p.ladder?.step ?? null, ladderMeasuredOn: p.ladder?.measuredOn ?? null,
  }));
  await insertBatched(tx, 'residents', residents);
  const ids = residents.map((r) => r.id as string);
  await insertBatched(tx, 'residentTargetGroups', plan.create.flatMap((p, i) =>
    p.targetGroups.map((code) => ({ municipalityId, residentId: ids[i], code, startDate: p.targetGroupStart }))));
  await insertBatched(tx, 'ladderMeasurements', plan.create.flatMap((p, i) => (p.ladder
    ? [{ municipalityId, residentId: ids[i], step: p.ladder.step, measuredOn: p.ladder.measuredOn, measuredBy: null, motivation: LADDER_MOTIVATION }]
    : [])));
  await insertBatched(tx, 'contactPersonChanges', plan.create.map((p, i) => ({
    municipalityId, residentId: ids[i], fromUserId: null, toUserId: p.contactPerson.id, changedBy: actorUserId, reason: CONTACT_REASON,
  })));
  return ids;
}

/**
 * A dry run checks and reports, and writes nothing (also no audit row). A real run does the same checks
 * and then, in the same transaction, either writes every new resident or — when any row has a problem —
 * nothing at all. Rows whose BSN already belongs to the same person are counted as unchanged, so running
 * a file twice creates nothing the second time. One audit event per real run: success with the created
 * ids, or denied without ids.
 */
export async function importResidents(db: Kysely<DB>, request: ImportRequest): Promise<ImportReport> {
  if (request.ctx.municipalityId !== request.municipalityId) throw new Error('Import: audit context and municipality differ');
  const sheet = await readImportFile(request.file);
  const today = request.today ?? todayIso();
  const fileHash = createHash('sha256').update(request.file).digest('hex');
  try {
    return await db.transaction().execute(async (tx) => {
      const municipality = await findMunicipality(tx, request.municipalityId);
      if (!municipality) throw notFound('Deze gemeente bestaat niet.');
      await lockImports(tx, municipality.id);

      // Only what the checks need: residents with a BSN or a birth date that occurs in the file.
      const keys = lookupKeys(sheet);
      const [areas, consultants] = await Promise.all([loadPostcodeAreas(tx, municipality.id), loadConsultants(tx, municipality.id)]);
      const existing = await loadExistingResidents(tx, municipality.id, keys.bsns, keys.birthDates);
      const householdIds = [...new Set(existing.map((e) => e.householdId).filter((id): id is string => id !== null))];
      const householdMembers = await loadHouseholdMembers(tx, municipality.id, householdIds);
      const plan = planImport(sheet, {
        today, municipalityName: municipality.name, postcodeAreas: new Set(areas),
        consultants: new Map(consultants.map((c) => [c.username.toLowerCase(), { id: c.id, teamId: c.teamId }])),
        existing, householdMembers,
      });
      const ref = { code: municipality.code, name: municipality.name };
      if (request.dryRun) return report(plan, ref, true, null);

      const base = { action: 'resident.import', objectType: 'resident_import', objectId: `sha256:${fileHash}`, purpose: IMPORT_PURPOSE };
      if (plan.problems.length > 0) {
        await appendAuditEvent(tx, request.ctx, { ...base, result: 'denied', residentIds: [] });
        return report(plan, ref, false, null);
      }
      const ids = await write(tx, municipality.id, plan, request.ctx.actorUserId);
      await appendAuditEvent(tx, request.ctx, { ...base, result: 'success', residentIds: ids });
      return report(plan, ref, false, ids);
    });
  } catch (error) {
    // Someone else added one of these BSNs between the check and the insert (outside an import).
    if ((error as { code?: string }).code === '23505') {
      throw new HttpProblem(409, 'Conflict', 'Tijdens de import is een inwoner met een van deze BSN\'s toegevoegd. Er is niets opgeslagen; voer de import opnieuw uit.');
    }
    throw error;
  }
}
