import type { Insertable, Kysely } from 'kysely';
import type { BenefitDecisionsTable, DB } from '../../../db/types.ts';
import { calculateBenefit, type BenefitCalculation } from '../../../rules/benefit/calculate.ts';
import { CalculationRefused } from '../../../rules/benefit/norm.ts';
import { tableValidOn } from '../../../rules/benefit/tables.ts';
import { todayIso } from '../../../rules/dates.ts';
import { mayReview, needsSecondApproval, thresholdFor } from '../../../rules/income/four-eyes.ts';
import type { Situation } from '../../../rules/income/situation.ts';
import { isValidIban } from '../../../rules/iban.ts';
import { staleVersion } from '../../../server/etag.ts';
import { badRequest, forbidden, HttpProblem, notFound } from '../../../server/problem.ts';
import type { Caller } from '../../residents/guard.ts';
import { applicationInScope } from '../applications/service.ts';
import { situationFromReport } from '../changes/service.ts';
import { loadBenefitTables } from '../calculations/store.ts';
import { audited, ensureInScope, refuse } from '../scope.ts';
import { applyFinal } from './effects.ts';
import { defaultLegalGround } from './letter-text.ts';
import type { DecisionNew } from './schema.ts';
import { benefitInScope } from './benefit-scope.ts';
import { fourEyesSettings } from './four-eyes-settings.ts';
import { findDecision, type DecisionRow } from './store.ts';

type Draft = Omit<Insertable<BenefitDecisionsTable>, 'status' | 'needsSecondApproval' | 'proposedBy' | 'decidedOn' | 'municipalityId' | 'legalGround' | 'reasoning'>;

/** One decision the caller may see: another municipality's answers 404, and so does a proposal for a resident. */
export async function decisionInScope(c: Caller, id: string, action: string): Promise<DecisionRow> {
  const d = await findDecision(c.db, c.actor.municipalityId, id);
  const hidden = !d || (c.scope === 'self' && d.status !== 'final');
  if (hidden) return refuse(c, { action, objectType: 'benefit_decision', objectId: id }, notFound('Dit besluit bestaat niet of u heeft er geen toegang toe.'));
  await ensureInScope(c, d, { action, objectType: 'benefit_decision', objectId: id });
  return d;
}

/** The calculation of one month on the table valid on its first day; a situation the rules cannot compute answers 422. */
async function calculate(db: Kysely<DB>, situation: Situation, month: string): Promise<BenefitCalculation> {
  const table = tableValidOn(await loadBenefitTables(db), `${month}-01`);
  if (!table) throw new HttpProblem(422, 'Geen normtabel', `Voor ${month} is geen normtabel vastgelegd.`);
  try {
    return calculateBenefit(table, { ...situation, month });
  } catch (error) {
    if (error instanceof CalculationRefused) throw new HttpProblem(422, 'Niet te berekenen', error.message);
    throw error;
  }
}

/** What the decision says, checked against the application or benefit it is about. */
async function draft(c: Caller, input: DecisionNew): Promise<{ row: Draft; advanceRequested: boolean }> {
  if (input.kind === 'grant' || input.kind === 'refuse') {
    const a = await applicationInScope(c, input.applicationId, 'benefit_decision.create');
    if (a.status === 'decided') throw new HttpProblem(409, 'Al besloten', 'Op deze aanvraag is al besloten.');
    if (input.kind === 'refuse') return { row: { residentId: a.residentId, applicationId: a.id, kind: 'refuse', effectiveDate: todayIso() }, advanceRequested: a.advanceRequested };
    const situation = input.situation ?? a.situation;
    const effectiveDate = input.effectiveDate ?? a.requestedStartDate;
    if (!isValidIban(a.iban)) throw badRequest('Het IBAN van de aanvraag klopt niet; pas de aanvraag eerst aan.');
    const calculation = await calculate(c.db, situation, effectiveDate.slice(0, 7));
    return {
      row: { residentId: a.residentId, applicationId: a.id, kind: 'grant', effectiveDate, situation, iban: a.iban, accountHolder: a.accountHolder, calculation, ruleTableId: calculation.table.id },
      advanceRequested: a.advanceRequested,
    };
  }
  const b = await benefitInScope(c, input.benefitId, 'benefit_decision.create');
  const common = { residentId: b.residentId, benefitId: b.id };
  if (input.kind === 'recover') {
    if (input.recoveryTo < input.recoveryFrom) throw badRequest('Het einde van de periode ligt vóór het begin.');
    return { row: { ...common, kind: 'recover', effectiveDate: todayIso(), recoveryCents: input.recoveryCents, recoveryFrom: input.recoveryFrom, recoveryTo: input.recoveryTo }, advanceRequested: false };
  }
  if (b.status !== 'active') throw new HttpProblem(409, 'Uitkering loopt niet', 'Deze uitkering is beëindigd of opgeschort; een wijziging of beëindiging kan alleen bij een lopende uitkering.');
  if (input.kind === 'end') {
    if (input.effectiveDate < b.startDate) throw badRequest(`De laatste dag ligt vóór de ingangsdatum van de uitkering (${b.startDate}).`);
    return { row: { ...common, kind: 'end', effectiveDate: input.effectiveDate, endReason: input.endReason }, advanceRequested: false };
  }
  if (input.incomeReportId && input.householdReportId) throw badRequest('Verwerk één melding per besluit.');
  const reported = input.incomeReportId || input.householdReportId
    ? await situationFromReport(c.db, b, input.incomeReportId ? { income: input.incomeReportId } : { household: input.householdReportId! })
    : null;
  const situation = input.situation ?? reported?.situation;
  const effectiveDate = input.effectiveDate ?? reported?.effectiveDate;
  if (!situation || !effectiveDate) throw badRequest('Geef de nieuwe situatie en de ingangsdatum, of verwerk een melding van de inwoner.');
  if (effectiveDate < b.startDate) throw badRequest(`De wijziging ligt vóór de ingangsdatum van de uitkering (${b.startDate}).`);
  const month = reported?.periodMonth ?? effectiveDate.slice(0, 7);
  const [calculation, previous] = await Promise.all([calculate(c.db, situation, month), calculate(c.db, b.situation, month)]);
  return {
    row: {
      ...common, kind: 'change', effectiveDate, periodMonth: reported?.periodMonth ?? null, situation, calculation, ruleTableId: calculation.table.id,
      previousPayableCents: previous.payableCents, incomeReportId: input.incomeReportId ?? null, householdReportId: input.householdReportId ?? null,
    },
    advanceRequested: false,
  };
}

/**
 * Makes a decision. Above the municipality's four-eyes thresholds (monthly amount, recovery; decision 0020) or with an
 * advance it is 'proposed' until a second person approves; otherwise it is final at once and takes effect (benefit opened, changed or ended; application decided) in the same transaction.
 */
export async function createDecision(c: Caller, input: DecisionNew): Promise<string> {
  const { row, advanceRequested } = await draft(c, input);
  const today = todayIso();
  const settings = await fourEyesSettings(c.db, c.actor.municipalityId, today);
  // The monthly amount is what the calculation pays in its (first) month; the decision records the threshold it was measured against.
  const monthlyCents = row.calculation?.payableCents ?? null;
  const second = needsSecondApproval({ kind: input.kind, monthlyCents, recoveryCents: row.recoveryCents ?? null, advanceRequested }, settings.thresholds);
  const measured = thresholdFor(input.kind);
  const setting = measured ? settings[measured] : undefined;
  const thresholdCents = setting ? Number(setting.value) : null;
  return audited(c, async (tx) => {
    let inserted;
    try {
      inserted = await tx.insertInto('benefitDecisions').values({
        ...row, municipalityId: c.actor.municipalityId, legalGround: input.legalGround ?? defaultLegalGround[input.kind], reasoning: input.reasoning,
        status: second ? 'proposed' : 'final', needsSecondApproval: second, fourEyesSettingId: setting?.id ?? null, fourEyesThresholdCents: thresholdCents,
        proposedBy: c.actor.userId, decidedOn: second ? null : today,
      }).returningAll().executeTakeFirstOrThrow();
    } catch (e) {
      if (/unique|duplicate/i.test(String((e as Error).message)) || (e as { code?: string }).code === '23505') {
        throw new HttpProblem(409, 'Voorstel loopt al', 'Er wacht al een besluit op een tweede beoordelaar. Laat dat eerst beoordelen.');
      }
      throw e;
    }
    if (!second) await applyFinal(tx, inserted, c.actor.userId);
    return inserted.id;
  }, (id) => ({ action: `benefit_decision.${input.kind}`, objectType: 'benefit_decision', objectId: id, residentIds: [row.residentId] }));
}

/** The second person approves (the decision becomes final and takes effect) or sends it back with a reason. */
export async function reviewDecision(c: Caller, d: DecisionRow, expected: number, verdict: 'approve' | 'reject', note: string) {
  if (d.version !== expected) throw staleVersion();
  const allowed = mayReview(d, c.actor);
  if (!allowed.ok) {
    return refuse(c, { action: 'benefit_decision.review', objectType: 'benefit_decision', objectId: d.id },
      d.status === 'proposed' ? forbidden(allowed.reason) : new HttpProblem(409, 'Kan niet in deze status', allowed.reason), [d.residentId]);
  }
  if (verdict === 'reject' && note.length < 5) throw badRequest('Geef bij terugsturen een toelichting van minstens 5 tekens.');
  const today = todayIso();
  await audited(c, async (tx) => {
    const updated = await tx.updateTable('benefitDecisions').set({
      status: verdict === 'approve' ? 'final' : 'rejected', reviewedBy: c.actor.userId, reviewedAt: new Date(), reviewNote: note,
      decidedOn: verdict === 'approve' ? today : null, version: d.version + 1,
    }).where('id', '=', d.id).where('municipalityId', '=', d.municipalityId).where('version', '=', expected).where('status', '=', 'proposed')
      .returningAll().executeTakeFirst();
    if (!updated) throw staleVersion();
    if (verdict === 'approve') await applyFinal(tx, updated, c.actor.userId);
  }, () => ({ action: `benefit_decision.${verdict}`, objectType: 'benefit_decision', objectId: d.id, residentIds: [d.residentId] }));
}
