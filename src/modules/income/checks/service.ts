import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { requireTenant } from '../../../db/tenant.ts';
import { inTransaction } from '../../../db/transact.ts';
import type { CheckOutcome, DB } from '../../../db/types.ts';
import { incomeReportDiffers, type SignalCode } from '../../../rules/checks/signals.ts';
import { canonicalPopulation, drawSample, populationHash, PRNG_NAME, sampleSize } from '../../../rules/checks/sampling.ts';
import { monthLabel } from '../../../rules/payments/payment.ts';
import { staleVersion } from '../../../server/etag.ts';
import { HttpProblem, notFound } from '../../../server/problem.ts';
import { appendAuditEvent, type AuditContext } from '../../access/audit/store.ts';
import { settingOn } from '../payments/store.ts';
import { casesOf, incomeReportsOfMonth, populationOf, SAMPLE_SETTING, type Subject } from './store.ts';

// Controle achteraf: trust first, check afterwards. Each month a random sample of the month's payments and decisions
// (the percentage is a municipal setting) and, separately labelled, the cases with a concrete signal.

export const CHECK_PURPOSE = 'Controle achteraf op betalingen en besluiten bijstand';
const conflict = (detail: string) => new HttpProblem(409, 'Kan niet', detail);
const AUDIT_CHUNK = 1000;

interface NewCase { subject: Subject; drawPosition: number | null; signalCode: SignalCode | null; signalDetail: string | null }

/** Who drew without being a user: the server's monthly job or the command line (0021). */
export type DrawLabel = 'automatisch' | 'opdrachtregel';

/** Draws the month's sample with a fresh 256-bit seed, adds the signal cases, and records it all. */
export async function drawChecks(db: Kysely<DB>, ctx: AuditContext, municipalityId: string, month: string, by: string | null | { label: DrawLabel }, seed = randomBytes(32).toString('hex')) {
  const m = requireTenant(municipalityId);
  const drawnBy = typeof by === 'string' ? by : null;
  const drawnByLabel = by !== null && typeof by === 'object' ? by.label : null;
  const id = await inTransaction(db, async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`check_draw:${m}`}))`.execute(tx);  // one draw per month, also with two clicks
    const existing = await tx.selectFrom('checkDraws').select('id').where('municipalityId', '=', m).where('month', '=', month).executeTakeFirst();
    if (existing) throw conflict(`Voor ${monthLabel(month)} is de steekproef al getrokken; een tweede trekking zou de eerste ongedaan kunnen maken.`);
    const setting = await settingOn(tx, m, SAMPLE_SETTING, `${month}-01`);
    if (!setting) throw conflict('Uw gemeente heeft nog geen percentage voor de steekproef vastgesteld (beleidsinstelling benefit_check_sample_bp).');
    const population = await populationOf(tx, m, month);
    if (population.length === 0) {
      throw conflict(`Over ${monthLabel(month)} zijn nog geen goedgekeurde betalingen of vastgestelde besluiten: er valt niets te trekken.`);
    }
    const keys = population.map((p) => p.key);
    const drawn = drawSample(keys, sampleSize(keys.length, Number(setting.value)), seed);
    const byKey = new Map(population.map((p) => [p.key, p]));
    const cases = new Map<string, NewCase>(drawn.map((key, i) => [key, { subject: byKey.get(key)!, drawPosition: i + 1, signalCode: null, signalDetail: null }]));
    // Signal: a reported income that differs from the standing situation, on that benefit's payment of the month.
    const paymentOfBenefit = new Map(population.filter((p) => p.type === 'payment').map((p) => [p.benefitId!, p]));
    for (const r of await incomeReportsOfMonth(tx, m, month)) {
      const subject = paymentOfBenefit.get(r.benefitId);
      if (!subject) continue;
      const s = r.situation;
      const detail = incomeReportDiffers(
        { applicantEarningsCents: s.applicant.earningsCents, partnerEarningsCents: s.partner?.earningsCents ?? 0, otherIncomeCents: s.otherIncomeCents, giftsCents: s.giftsCents },
        { applicantEarningsCents: r.earningsApplicantCents, partnerEarningsCents: r.earningsPartnerCents, otherIncomeCents: r.otherIncomeCents, giftsCents: r.giftsCents },
      );
      if (!detail) continue;
      const known = cases.get(subject.key);
      cases.set(subject.key, { subject, drawPosition: known?.drawPosition ?? null, signalCode: 'income_report_differs', signalDetail: detail });
    }
    const signals = [...cases.values()].filter((c) => c.signalCode !== null).length;
    const draw = await tx.insertInto('checkDraws').values({
      municipalityId: m, month, sampleBp: Number(setting.value), sampleSettingId: setting.id, seed, prng: PRNG_NAME,
      populationCount: keys.length, populationHash: populationHash(keys), sampleCount: drawn.length, signalCount: signals, drawnBy, drawnByLabel,
    }).returning('id').executeTakeFirstOrThrow();
    const rows = [...cases.values()].map((c) => ({
      municipalityId: m, drawId: draw.id, subjectType: c.subject.type, subjectId: c.subject.id, residentId: c.subject.residentId,
      benefitId: c.subject.benefitId, drawPosition: c.drawPosition, signalCode: c.signalCode, signalDetail: c.signalDetail,
    }));
    for (let i = 0; i < rows.length; i += 500) await tx.insertInto('checkCases').values(rows.slice(i, i + 500)).execute();
    const residentIds = [...new Set(rows.map((r) => r.residentId))];
    for (let i = 0; i === 0 || i < residentIds.length; i += AUDIT_CHUNK) {
      await appendAuditEvent(tx, ctx, {
        action: 'benefit_check.draw', result: 'success', objectType: 'check_draw', objectId: draw.id, residentIds: residentIds.slice(i, i + AUDIT_CHUNK), purpose: CHECK_PURPOSE,
      });
    }
    return draw.id;
  });
  return id;
}

export type DrawOutcome =
  | { outcome: 'drawn'; drawId: string }
  | { outcome: 'already'; drawId: string }
  | { outcome: 'refused'; reason: string };

/**
 * Draws a month once (decision 0020): a month already drawn is reported with its draw, never drawn again; a month that
 * cannot be drawn (no percentage set, nothing approved yet) is reported with the Dutch reason. For the command line
 * and the server's monthly job.
 */
export async function drawMonthOnce(db: Kysely<DB>, ctx: AuditContext, municipalityId: string, month: string, by: { label: DrawLabel }): Promise<DrawOutcome> {
  const existing = () => db.selectFrom('checkDraws').select('id').where('municipalityId', '=', requireTenant(municipalityId)).where('month', '=', month).executeTakeFirst();
  const before = await existing();
  if (before) return { outcome: 'already', drawId: before.id };
  try {
    return { outcome: 'drawn', drawId: await drawChecks(db, ctx, municipalityId, month, by) };
  } catch (error) {
    if (!(error instanceof HttpProblem) || error.status !== 409) throw error;
    const raced = await existing();  // drawn in the meantime by someone else: the same answer as before
    return raced ? { outcome: 'already', drawId: raced.id } : { outcome: 'refused', reason: error.detail };
  }
}

/**
 * Redoes a draw from its recorded seed: rebuilds the population, compares its hash with the recorded one, draws again
 * and compares with the recorded sample. Anyone with the seed and the list of ids can do the same.
 */
export async function verifyDraw(db: Kysely<DB>, municipalityId: string, draw: { id: string; month: string; seed: string; sampleCount: number; populationHash: string }) {
  const population = await populationOf(db, municipalityId, draw.month);
  const keys = canonicalPopulation(population.map((p) => p.key));
  const hash = populationHash(keys);
  const redrawn = drawSample(keys, draw.sampleCount, draw.seed);
  const recorded = (await db.selectFrom('checkCases').select(['subjectType', 'subjectId', 'drawPosition'])
    .where('municipalityId', '=', municipalityId).where('drawId', '=', draw.id).where('drawPosition', 'is not', null).orderBy('drawPosition').execute())
    .map((c) => `${c.subjectType}:${c.subjectId}`);
  return {
    populationCount: keys.length, populationHash: hash, populationMatches: hash === draw.populationHash,
    sampleMatches: recorded.length === redrawn.length && recorded.every((k, i) => k === redrawn[i]),
  };
}

/** Records the finding and the outcome of one case (geen bevinding / correctie / voorstel terugvordering). */
export async function reviewCase(db: Kysely<DB>, ctx: AuditContext, municipalityId: string, caseId: string, reviewer: string,
  input: { outcome: CheckOutcome; finding: string }, expectedVersion: number) {
  await inTransaction(db, async (tx) => {
    const c = await tx.selectFrom('checkCases').select(['id', 'status', 'version', 'residentId'])
      .where('municipalityId', '=', requireTenant(municipalityId)).where('id', '=', caseId).forUpdate().executeTakeFirst();
    if (!c) throw notFound('Deze controlezaak bestaat niet of u heeft er geen toegang toe.');
    if (c.status === 'closed') throw conflict('Deze zaak is al beoordeeld.');
    if (c.version !== expectedVersion) throw staleVersion();
    await tx.updateTable('checkCases').set({
      status: 'closed', outcome: input.outcome, finding: input.finding, reviewedBy: reviewer, reviewedAt: sql<Date>`now()`, version: c.version + 1,
    }).where('id', '=', caseId).execute();
    await appendAuditEvent(tx, ctx, {
      action: 'benefit_check.review', result: 'success', objectType: 'check_case', objectId: caseId, residentIds: [c.residentId], purpose: CHECK_PURPOSE,
    });
  });
  const [after] = await casesOf(db, municipalityId, { id: caseId });
  return after;
}
