import { sql, type Kysely, type Selectable } from 'kysely';
import type { AssessmentCriteriaTable, AssessmentLinesTable, AssessmentCriterionKind, DB } from '../../../db/types.ts';
import { requireTenant } from '../../../db/tenant.ts';
import type { ScoredLine } from '../../../rules/assessment.ts';

// Every query here filters on the caller's municipality: another municipality's records do not exist for it.

export type CriterionRow = Selectable<AssessmentCriteriaTable>;
export type LineRow = Selectable<AssessmentLinesTable>;
export interface CriterionValues { id?: string; kind: AssessmentCriterionKind; title: string; description: string; weight: number | null }

export async function listFrameworks(db: Kysely<DB>, municipalityId: string) {
  const tenant = requireTenant(municipalityId);
  return db.selectFrom('assessmentFrameworks as f')
    .select(['f.id', 'f.name', 'f.description', 'f.maxScore', 'f.version', 'f.updatedAt'])
    .select((eb) => [
      eb.selectFrom('assessmentCriteria as c').select(sql<number>`count(*)::int`.as('n')).whereRef('c.frameworkId', '=', 'f.id').where('c.kind', '=', 'must_pass').as('mustPassCount'),
      eb.selectFrom('assessmentCriteria as c').select(sql<number>`count(*)::int`.as('n')).whereRef('c.frameworkId', '=', 'f.id').where('c.kind', '=', 'weighted').as('weightedCount'),
    ])
    .where('f.municipalityId', '=', tenant).orderBy('f.name').orderBy('f.id').execute();
}

export async function findFramework(db: Kysely<DB>, municipalityId: string, id: string, options: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom('assessmentFrameworks').selectAll().where('municipalityId', '=', requireTenant(municipalityId)).where('id', '=', id);
  if (options.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function criteriaOf(db: Kysely<DB>, municipalityId: string, frameworkId: string) {
  return db.selectFrom('assessmentCriteria').selectAll().where('municipalityId', '=', requireTenant(municipalityId))
    .where('frameworkId', '=', frameworkId).orderBy('position').execute();
}

export async function insertFramework(tx: Kysely<DB>, municipalityId: string, values: { name: string; description: string; maxScore: number; createdBy: string | null }) {
  const row = await tx.insertInto('assessmentFrameworks').values({ municipalityId: requireTenant(municipalityId), ...values })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateFramework(tx: Kysely<DB>, municipalityId: string, id: string, values: { name?: string; description?: string; maxScore?: number }) {
  await tx.updateTable('assessmentFrameworks').set({ ...values, version: sql`version + 1`, updatedAt: new Date() })
    .where('municipalityId', '=', requireTenant(municipalityId)).where('id', '=', id).execute();
}

/** Makes the framework's criteria exactly the given list, in its order: known ids are updated, the rest inserted, missing ones removed. */
export async function replaceCriteria(tx: Kysely<DB>, municipalityId: string, frameworkId: string, criteria: CriterionValues[]) {
  const tenant = requireTenant(municipalityId);
  const keep = criteria.flatMap((c) => (c.id ? [c.id] : []));
  let removal = tx.deleteFrom('assessmentCriteria').where('municipalityId', '=', tenant).where('frameworkId', '=', frameworkId);
  if (keep.length > 0) removal = removal.where('id', 'not in', keep);
  await removal.execute();
  for (const [position, c] of criteria.entries()) {
    const values = { kind: c.kind, title: c.title, description: c.description, weight: c.weight, position };
    if (c.id) {
      await tx.updateTable('assessmentCriteria').set(values).where('municipalityId', '=', tenant).where('frameworkId', '=', frameworkId).where('id', '=', c.id).execute();
    } else {
      await tx.insertInto('assessmentCriteria').values({ municipalityId: tenant, frameworkId, ...values }).execute();
    }
  }
}

const assessmentColumns = [
  'a.id', 'a.title', 'a.description', 'a.submittedBy', 'a.status', 'a.totalScore', 'a.maxTotalScore', 'a.decisionReasons',
  'a.decidedAt', 'a.decidedBy', 'a.createdAt', 'a.version', 'a.frameworkId', 'f.name as frameworkName', 'u.displayName as decidedByName',
] as const;

function assessments(db: Kysely<DB>, municipalityId: string) {
  const tenant = requireTenant(municipalityId);
  return db.selectFrom('assessments as a')
    .innerJoin('assessmentFrameworks as f', (j) => j.onRef('f.id', '=', 'a.frameworkId').on('f.municipalityId', '=', tenant))
    .leftJoin('users as u', 'u.id', 'a.decidedBy')
    .select(assessmentColumns).where('a.municipalityId', '=', tenant);
}

export async function listAssessments(db: Kysely<DB>, municipalityId: string) {
  return assessments(db, municipalityId).orderBy('a.createdAt', 'desc').orderBy('a.id').execute();
}

export async function findAssessment(db: Kysely<DB>, municipalityId: string, id: string) {
  return assessments(db, municipalityId).where('a.id', '=', id).executeTakeFirst();
}
export type AssessmentRow = NonNullable<Awaited<ReturnType<typeof findAssessment>>>;

/** The assessment row locked for a decision. */
export async function lockAssessment(tx: Kysely<DB>, municipalityId: string, id: string) {
  return tx.selectFrom('assessments').select(['id', 'frameworkId', 'status', 'version']).where('municipalityId', '=', requireTenant(municipalityId))
    .where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertAssessment(tx: Kysely<DB>, municipalityId: string, values: { frameworkId: string; title: string; description: string; submittedBy: string; createdBy: string | null }) {
  const row = await tx.insertInto('assessments').values({ municipalityId: requireTenant(municipalityId), ...values }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function recordDecision(tx: Kysely<DB>, municipalityId: string, assessmentId: string, decision: {
  status: 'approved' | 'rejected'; reasons: string; decidedBy: string | null; totalScore: number; maxTotalScore: number; lines: ScoredLine[]; decidedAt?: Date;
}) {
  const tenant = requireTenant(municipalityId);
  await tx.insertInto('assessmentLines').values(decision.lines.map((l) => ({
    municipalityId: tenant, assessmentId, criterionId: l.criterionId, kind: l.kind, title: l.title, weight: l.weight, maxScore: l.maxScore,
    score: l.score, points: l.points, passed: l.passed, explanation: l.explanation, position: l.position,
  }))).execute();
  await tx.updateTable('assessments').set({
    status: decision.status, decisionReasons: decision.reasons, decidedBy: decision.decidedBy, decidedAt: decision.decidedAt ?? new Date(),
    totalScore: decision.totalScore, maxTotalScore: decision.maxTotalScore, version: sql`version + 1`,
  }).where('municipalityId', '=', tenant).where('id', '=', assessmentId).execute();
}

export async function linesOf(db: Kysely<DB>, municipalityId: string, assessmentId: string) {
  return db.selectFrom('assessmentLines').selectAll().where('municipalityId', '=', requireTenant(municipalityId))
    .where('assessmentId', '=', assessmentId).orderBy('position').execute();
}
