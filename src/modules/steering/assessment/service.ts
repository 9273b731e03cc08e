import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import {
  AssessmentInputError, criterionKindLabels, decisionBlocker, decisionLabels, frameworkProblems, percentageOf, scoreProposal,
} from '../../../rules/assessment.ts';
import { staleVersion } from '../../../server/etag.ts';
import { badRequest, HttpProblem, notFound } from '../../../server/problem.ts';
import { appendAuditEvent, type AuditContext } from '../../access/audit/store.ts';
import type { AssessmentCreate, CriterionWrite, DecisionCreate, FrameworkCreate, FrameworkUpdate } from './schema.ts';
import * as store from './store.ts';

const frameworkMissing = () => notFound('Dit afwegingskader bestaat niet of hoort niet bij uw gemeente.');
const assessmentMissing = () => notFound('Deze beoordeling bestaat niet of hoort niet bij uw gemeente.');
const iso = (d: Date | string) => new Date(d).toISOString();

function criterionValues(criteria: CriterionWrite[], maxScore: number): store.CriterionValues[] {
  const problems = frameworkProblems(criteria, maxScore);
  if (problems.length > 0) throw badRequest(problems.join(' '));
  return criteria.map((c) => ({ id: c.id, kind: c.kind, title: c.title, description: c.description, weight: c.kind === 'weighted' ? c.weight ?? null : null }));
}

export async function listFrameworks(db: Kysely<DB>, municipalityId: string) {
  const rows = await store.listFrameworks(db, municipalityId);
  return { items: rows.map((r) => ({ ...r, mustPassCount: r.mustPassCount ?? 0, weightedCount: r.weightedCount ?? 0, updatedAt: iso(r.updatedAt) })) };
}

export async function readFramework(db: Kysely<DB>, municipalityId: string, id: string) {
  const framework = await store.findFramework(db, municipalityId, id);
  if (!framework) throw frameworkMissing();
  const criteria = await store.criteriaOf(db, municipalityId, id);
  return {
    id: framework.id, name: framework.name, description: framework.description, maxScore: framework.maxScore, version: framework.version,
    updatedAt: iso(framework.updatedAt),
    mustPassCount: criteria.filter((c) => c.kind === 'must_pass').length, weightedCount: criteria.filter((c) => c.kind === 'weighted').length,
    criteria: criteria.map((c) => ({ id: c.id, kind: c.kind, kindLabel: criterionKindLabels[c.kind], title: c.title, description: c.description, weight: c.weight, position: c.position })),
  };
}

export async function createFramework(db: Kysely<DB>, ctx: AuditContext, input: FrameworkCreate) {
  const criteria = criterionValues(input.criteria.map((c) => ({ ...c, id: undefined })), input.maxScore);
  const id = await db.transaction().execute(async (tx) => {
    const frameworkId = await store.insertFramework(tx, ctx.municipalityId, { name: input.name, description: input.description, maxScore: input.maxScore, createdBy: ctx.actorUserId });
    await store.replaceCriteria(tx, ctx.municipalityId, frameworkId, criteria);
    await appendAuditEvent(tx, ctx, { action: 'assessment_framework.create', result: 'success', objectType: 'assessment_framework', objectId: frameworkId, purpose: `Afwegingskader vastgesteld: ${input.name}` });
    return frameworkId;
  });
  return readFramework(db, ctx.municipalityId, id);
}

export async function updateFramework(db: Kysely<DB>, ctx: AuditContext, id: string, version: number, input: FrameworkUpdate) {
  await db.transaction().execute(async (tx) => {
    const current = await store.findFramework(tx, ctx.municipalityId, id, { forUpdate: true });
    if (!current) throw frameworkMissing();
    if (current.version !== version) throw staleVersion();
    const maxScore = input.maxScore ?? current.maxScore;
    if (input.criteria) {
      const known = new Set((await store.criteriaOf(tx, ctx.municipalityId, id)).map((c) => c.id));
      if (input.criteria.some((c) => c.id && !known.has(c.id))) throw badRequest('Een criterium met id hoort niet bij dit afwegingskader. Laat de id weg voor een nieuw criterium.');
      await store.replaceCriteria(tx, ctx.municipalityId, id, criterionValues(input.criteria, maxScore));
    } else if (input.maxScore !== undefined) {
      const problems = frameworkProblems([{ kind: 'must_pass', title: '-' }], maxScore);
      if (problems.length > 0) throw badRequest(problems.join(' '));
    }
    await store.updateFramework(tx, ctx.municipalityId, id, { name: input.name, description: input.description, maxScore: input.maxScore });
    await appendAuditEvent(tx, ctx, { action: 'assessment_framework.update', result: 'success', objectType: 'assessment_framework', objectId: id, purpose: 'Afwegingskader gewijzigd' });
  });
  return readFramework(db, ctx.municipalityId, id);
}

function summaryOf(r: store.AssessmentRow) {
  return {
    id: r.id, title: r.title, submittedBy: r.submittedBy, framework: { id: r.frameworkId, name: r.frameworkName },
    status: r.status, statusLabel: decisionLabels[r.status],
    totalScore: r.totalScore, maxTotalScore: r.maxTotalScore,
    percentage: r.totalScore !== null && r.maxTotalScore !== null ? percentageOf(r.totalScore, r.maxTotalScore) : null,
    createdAt: iso(r.createdAt), decidedAt: r.decidedAt ? iso(r.decidedAt) : null, version: r.version,
  };
}

export async function listAssessments(db: Kysely<DB>, municipalityId: string) {
  return { items: (await store.listAssessments(db, municipalityId)).map(summaryOf) };
}

export async function readAssessment(db: Kysely<DB>, municipalityId: string, id: string) {
  const row = await store.findAssessment(db, municipalityId, id);
  if (!row) throw assessmentMissing();
  const frameworkDetail = await readFramework(db, municipalityId, row.frameworkId);
  const decided = row.status !== 'open' && row.decidedAt;
  const lines = decided ? await store.linesOf(db, municipalityId, id) : [];
  return {
    ...summaryOf(row), description: row.description, frameworkDetail,
    decision: decided ? {
      decision: row.status as 'approved' | 'rejected', reasons: row.decisionReasons ?? '', decidedAt: iso(row.decidedAt!),
      decidedBy: row.decidedBy ? { id: row.decidedBy, displayName: row.decidedByName ?? '' } : null,
      lines: lines.map((l) => ({
        id: l.id, criterionId: l.criterionId, kind: l.kind, title: l.title, weight: l.weight, maxScore: l.maxScore, score: l.score,
        points: l.points, passed: l.passed, explanation: l.explanation, position: l.position,
      })),
    } : null,
  };
}

export async function createAssessment(db: Kysely<DB>, ctx: AuditContext, input: AssessmentCreate) {
  const id = await db.transaction().execute(async (tx) => {
    const framework = await store.findFramework(tx, ctx.municipalityId, input.frameworkId);
    if (!framework) throw frameworkMissing();
    const assessmentId = await store.insertAssessment(tx, ctx.municipalityId, { ...input, createdBy: ctx.actorUserId });
    await appendAuditEvent(tx, ctx, { action: 'assessment.create', result: 'success', objectType: 'assessment', objectId: assessmentId, purpose: `Voorstel ter beoordeling: ${input.title}` });
    return assessmentId;
  });
  return readAssessment(db, ctx.municipalityId, id);
}

/**
 * Records the decision: every criterion answered, the total computed here (never taken from the client),
 * approval refused when a must-pass criterion fails. A decision is taken once; If-Match is optional.
 */
export async function decide(db: Kysely<DB>, ctx: AuditContext, id: string, version: number | null, input: DecisionCreate) {
  await db.transaction().execute(async (tx) => {
    const current = await store.lockAssessment(tx, ctx.municipalityId, id);
    if (!current) throw assessmentMissing();
    if (version !== null && current.version !== version) throw staleVersion();
    if (current.status !== 'open') throw new HttpProblem(409, 'Al besloten', 'Over dit voorstel is al besloten. Een besluit wordt niet overschreven; dien zo nodig een nieuw voorstel in.');
    const framework = await store.findFramework(tx, ctx.municipalityId, current.frameworkId);
    if (!framework) throw frameworkMissing();
    const criteria = await store.criteriaOf(tx, ctx.municipalityId, framework.id);
    let result;
    try {
      result = scoreProposal(criteria, framework.maxScore, input);
    } catch (error) {
      if (error instanceof AssessmentInputError) throw badRequest(error.message);
      throw error;
    }
    const blocker = decisionBlocker(result, input.decision);
    if (blocker) {
      throw new HttpProblem(422, 'Goedkeuren niet mogelijk', blocker);
    }
    await store.recordDecision(tx, ctx.municipalityId, id, {
      status: input.decision, reasons: input.reasons, decidedBy: ctx.actorUserId, totalScore: result.totalScore, maxTotalScore: result.maxTotalScore, lines: result.lines,
    });
    await appendAuditEvent(tx, ctx, {
      action: 'assessment.decide', result: 'success', objectType: 'assessment', objectId: id,
      purpose: `${decisionLabels[input.decision]} (score ${result.totalScore}/${result.maxTotalScore}): ${input.reasons}`.slice(0, 1000),
    });
  }).catch(async (error: unknown) => {
    // A refused approval is traceable too: recorded in its own transaction, since the decision itself rolled back.
    if (error instanceof HttpProblem && error.status === 422) {
      await db.transaction().execute((tx) => appendAuditEvent(tx, ctx, {
        action: 'assessment.decide', result: 'denied', objectType: 'assessment', objectId: id, purpose: error.detail.slice(0, 1000),
      }));
    }
    throw error;
  });
  return readAssessment(db, ctx.municipalityId, id);
}
