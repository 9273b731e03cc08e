import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import { requireTenant } from '../../../db/tenant.ts';
import type { DB } from '../../../db/types.ts';
import { reportDocument } from '../../../rules/reports/document.ts';
import type { ReportFigures } from '../../../rules/reports/figures.ts';
import { deadlineRuleOn, deadlineStatus, dueReports, stateOf } from '../../../rules/reports/deadlines.ts';
import { budgetSplitProblem, narrativeOf, publishProblems, type Narrative } from '../../../rules/reports/narrative.ts';
import { periodLabel, periodProblem, publishPeriodProblem, reportKindLabels, reportTitle, financeYearOf, type ReportKind } from '../../../rules/reports/periods.ts';
import { staleVersion } from '../../../server/etag.ts';
import { badRequest, HttpProblem, notFound } from '../../../server/problem.ts';
import { appendAuditEvent, type AuditContext } from '../../access/audit/store.ts';
import { positionOf } from '../../provisions/trajectories/service.ts';
import { refreshCounts } from '../dashboards/store.ts';
import { scenariosByIds } from '../forecasts/store.ts';
import { liveFigures } from './figures.ts';
import { renderReportPdf } from './pdf.ts';
import type { reportChange, reportNew, ReportView } from './schema.ts';
import { deadlineRules, editionsOf, findReport, listReports, municipalityName, periodEditions, publishedPdf, type ReportRow } from './store.ts';

export const REPORT_PURPOSE = 'Verantwoording aan de gemeenteraad: kwartaalrapportage en uitvoeringsplan';
const missing = () => notFound('Deze rapportage bestaat niet of u heeft er geen toegang toe.');
const frozen = () => new HttpProblem(409, 'Rapportage is gepubliceerd',
  'Deze rapportage is gepubliceerd en kan niet meer worden gewijzigd. Maak een herziene versie als er iets verbeterd moet worden.');
const statusLabels = { draft: 'Concept', published: 'Gepubliceerd' } as const;

interface Snapshot { municipalityName: string; figures: ReportFigures }

function summaryOf(r: Omit<ReportRow, 'snapshot'>) {
  const kind = r.kind;
  return {
    id: r.id, kind, kindLabel: reportKindLabels[kind], period: r.period, periodLabel: periodLabel(kind, r.period),
    title: `${reportTitle(kind, r.period)}${r.edition > 1 ? ` (herziene versie ${r.edition})` : ''}`,
    edition: r.edition, correctionReason: r.correctionReason, status: r.status, statusLabel: statusLabels[r.status],
    createdAt: new Date(r.createdAt).toISOString(), updatedAt: new Date(r.updatedAt).toISOString(),
    publishedAt: r.publishedAt ? new Date(r.publishedAt).toISOString() : null, publishedBy: r.publishedByName ?? null, version: r.version,
  };
}

/** The reports, and where next year's plan and the last ended quarter's report stand against their due dates. */
export async function list(db: Kysely<DB>, municipalityId: string, today: string, kind?: ReportKind) {
  const [rows, deadlines] = await Promise.all([listReports(db, municipalityId, kind), deadlinesOf(db, municipalityId, today, kind)]);
  return { items: rows.map(summaryOf), deadlines };
}

async function deadlinesOf(db: Kysely<DB>, municipalityId: string, today: string, kind?: ReportKind) {
  const rule = deadlineRuleOn(await deadlineRules(db), today);
  if (!rule) return [];
  const due = dueReports(today, rule).filter((d) => !kind || d.kind === kind);
  return Promise.all(due.map(async (d) => {
    const editions = await periodEditions(db, municipalityId, d.kind, d.period);
    const status = deadlineStatus(d, stateOf(editions), today, rule.warningDays);
    return { ...status, kindLabel: reportKindLabels[d.kind], periodLabel: periodLabel(d.kind, d.period), title: reportTitle(d.kind, d.period), reportId: editions[0]?.id ?? null };
  }));
}

async function budgetOf(db: Kysely<DB>, municipalityId: string, year: number) {
  const { position, budgetSet } = await positionOf(db, municipalityId, year);
  return { set: budgetSet, cents: position.budgetCents, year };
}

/** A report as the API shows it: the frozen snapshot once published, else the live figures and what blocks publishing. */
export async function present(db: Kysely<DB>, municipalityId: string, r: ReportRow, today: string): Promise<ReportView> {
  const narrative = narrativeOf(r.narrative);
  if (r.status === 'published') {
    const snapshot = r.snapshot as Snapshot;
    return { ...summaryOf(r), municipalityName: snapshot.municipalityName, narrative, figures: snapshot.figures, figuresFrozen: true, publishProblems: [], pdfSha256: r.pdfSha256 };
  }
  const [figures, name] = await Promise.all([liveFigures(db, municipalityId, r.kind, r.period, narrative, today), municipalityName(db, municipalityId)]);
  const budget = { set: figures.budget.set, cents: figures.budget.budgetCents, year: figures.budget.year };
  const tooEarly = publishPeriodProblem(r.kind, r.period, today);
  const problems = [...(tooEarly ? [tooEarly] : []), ...publishProblems(r.kind, narrative, budget)];
  return { ...summaryOf(r), municipalityName: name, narrative, figures, figuresFrozen: false, publishProblems: problems, pdfSha256: null };
}

export async function read(db: Kysely<DB>, municipalityId: string, id: string, today: string): Promise<ReportView> {
  const row = await findReport(db, municipalityId, id);
  if (!row) throw missing();
  return present(db, municipalityId, row, today);
}

/** A new draft for a period; a period already published gets a new edition only with a reason (a correction). */
export async function create(db: Kysely<DB>, ctx: AuditContext, input: z.output<typeof reportNew>, today: string): Promise<string> {
  const m = requireTenant(ctx.municipalityId);
  const problem = periodProblem(input.kind, input.period, today);
  if (problem) throw badRequest(problem);
  return db.transaction().execute(async (tx) => {
    const editions = await editionsOf(tx, m, input.kind, input.period);
    if (editions.some((e) => e.status === 'draft')) {
      throw new HttpProblem(409, 'Er is al een concept', `Er is al een concept van de ${reportKindLabels[input.kind].toLowerCase()} voor ${periodLabel(input.kind, input.period)}. Werk dat concept bij.`);
    }
    const last = Math.max(0, ...editions.map((e) => e.edition));
    if (last > 0 && !input.correctionReason) {
      throw new HttpProblem(409, 'Periode is al gepubliceerd',
        `De ${reportKindLabels[input.kind].toLowerCase()} voor ${periodLabel(input.kind, input.period)} is al gepubliceerd. Een herziene versie kan alleen met een reden (correctionReason).`);
    }
    if (last === 0 && input.correctionReason) throw badRequest('Een reden voor herziening hoort alleen bij een periode die al is gepubliceerd.');
    // A correction starts from the text of the published edition.
    const previous = last > 0
      ? await tx.selectFrom('councilReports').select('narrative').where('municipalityId', '=', m).where('kind', '=', input.kind)
        .where('period', '=', input.period).where('edition', '=', last).executeTakeFirstOrThrow()
      : null;
    const row = await tx.insertInto('councilReports').values({
      municipalityId: m, kind: input.kind, period: input.period, edition: last + 1, correctionReason: input.correctionReason ?? null,
      narrative: JSON.stringify(previous ? narrativeOf(previous.narrative) : {}), createdBy: ctx.actorUserId, updatedBy: ctx.actorUserId,
    }).returning('id').executeTakeFirstOrThrow();
    await appendAuditEvent(tx, ctx, { action: 'council_report.create', result: 'success', objectType: 'council_report', objectId: row.id, purpose: REPORT_PURPOSE });
    return row.id;
  });
}

const planOnly = ['priorityGroups', 'goals', 'budgetSplit', 'forecastScenarioId'] as const;

/** Changes the narrative of a draft; a published report answers 409, a stale version 412. Audited. */
export async function update(db: Kysely<DB>, ctx: AuditContext, id: string, version: number, patch: z.output<typeof reportChange>, today: string) {
  const m = requireTenant(ctx.municipalityId);
  const row = await findReport(db, m, id);
  if (!row) throw missing();
  if (row.status === 'published') throw frozen();
  if (row.version !== version) throw staleVersion();
  if (row.kind === 'quarterly' && planOnly.some((k) => patch[k] !== undefined)) {
    throw badRequest('Prioritaire doelgroepen, doelen, de budgetverdeling en het prognosescenario horen bij een uitvoeringsplan, niet bij een kwartaalrapportage.');
  }
  if (patch.budgetSplit) {
    const problem = budgetSplitProblem(patch.budgetSplit, await budgetOf(db, m, financeYearOf(row.kind, row.period)));
    if (problem) throw badRequest(problem);
  }
  if (patch.forecastScenarioId && (await scenariosByIds(db, m, [patch.forecastScenarioId])).length === 0) {
    throw badRequest('Dit prognosescenario bestaat niet of is niet van uw gemeente.');
  }
  const narrative: Narrative = { ...narrativeOf(row.narrative), ...patch } as Narrative;
  await db.transaction().execute(async (tx) => {
    const current = await tx.selectFrom('councilReports').select(['version', 'status']).where('municipalityId', '=', m).where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (current.status === 'published') throw frozen();
    if (current.version !== version) throw staleVersion();
    await tx.updateTable('councilReports').set({ narrative: JSON.stringify(narrative), updatedBy: ctx.actorUserId, updatedAt: new Date(), version: sql`version + 1` })
      .where('municipalityId', '=', m).where('id', '=', id).execute();
    await appendAuditEvent(tx, ctx, { action: 'council_report.update', result: 'success', objectType: 'council_report', objectId: id, purpose: REPORT_PURPOSE });
  });
  return read(db, m, id, today);
}

/** The PDF of a draft, from the live figures (CONCEPT in the title). */
async function draftPdf(db: Kysely<DB>, municipalityId: string, view: ReportView, today: string) {
  const document = reportDocument({
    municipalityName: view.municipalityName, kind: view.kind, period: view.period, edition: view.edition, correctionReason: view.correctionReason,
    status: 'draft', publishedOn: null, narrative: view.narrative, figures: view.figures,
  });
  return renderReportPdf(document, { createdOn: today, author: `Gemeente ${view.municipalityName}` });
}

/**
 * Publishes a draft: recounts the municipality's dashboard figures, freezes every figure in the snapshot, renders the
 * PDF once and stores its bytes and SHA-256. From then on the row cannot change (409 here, a trigger in the database).
 */
export async function publish(db: Kysely<DB>, ctx: AuditContext, id: string, version: number, today: string): Promise<ReportView> {
  const m = requireTenant(ctx.municipalityId);
  const row = await findReport(db, m, id);
  if (!row) throw missing();
  if (row.status === 'published') throw frozen();
  if (row.version !== version) throw staleVersion();
  await refreshCounts(db, m, today, { force: true });
  const view = await present(db, m, row, today);
  if (view.publishProblems.length) throw new HttpProblem(409, 'Nog niet klaar om te publiceren', view.publishProblems.join(' '));
  const document = reportDocument({
    municipalityName: view.municipalityName, kind: view.kind, period: view.period, edition: view.edition, correctionReason: view.correctionReason,
    status: 'published', publishedOn: today, narrative: view.narrative, figures: view.figures,
  });
  const pdf = await renderReportPdf(document, { createdOn: today, author: `Gemeente ${view.municipalityName}` });
  const snapshot: Snapshot = { municipalityName: view.municipalityName, figures: view.figures };
  await db.transaction().execute(async (tx) => {
    const current = await tx.selectFrom('councilReports').select(['version', 'status']).where('municipalityId', '=', m).where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (current.status === 'published') throw frozen();
    if (current.version !== version) throw staleVersion();
    await tx.updateTable('councilReports').set({
      status: 'published', snapshot: JSON.stringify(snapshot), pdf, pdfSha256: createHash('sha256').update(pdf).digest('hex'),
      publishedBy: ctx.actorUserId, publishedAt: new Date(), updatedBy: ctx.actorUserId, updatedAt: new Date(), version: sql`version + 1`,
    }).where('municipalityId', '=', m).where('id', '=', id).execute();
    await appendAuditEvent(tx, ctx, { action: 'council_report.publish', result: 'success', objectType: 'council_report', objectId: id, purpose: REPORT_PURPOSE });
  });
  return read(db, m, id, today);
}

/** The PDF: the stored bytes once published, else rendered from the live figures. */
export async function reportPdf(db: Kysely<DB>, municipalityId: string, id: string, today: string) {
  const row = await findReport(db, municipalityId, id);
  if (!row) throw missing();
  const kind = row.kind === 'quarterly' ? 'kwartaalrapportage' : 'uitvoeringsplan';
  const name = `${row.status === 'draft' ? 'concept-' : ''}${kind}-${row.period}${row.edition > 1 ? `-versie-${row.edition}` : ''}.pdf`;
  if (row.status === 'published') {
    const stored = (await publishedPdf(db, municipalityId, id))!;
    return { pdf: stored.pdf, filename: name };
  }
  return { pdf: await draftPdf(db, municipalityId, await present(db, municipalityId, row, today), today), filename: name };
}
