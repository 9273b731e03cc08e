import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import type { AuditContext } from '../modules/access/audit/store.ts';
import { SAMPLE_SETTING } from '../modules/income/checks/store.ts';
import { drawChecks, reviewCase } from '../modules/income/checks/service.ts';
import { processRun } from '../modules/income/payments/runner.ts';
import { approveRun, reconcileRun, startRun } from '../modules/income/payments/service.ts';
import { HOLIDAY_PAYOUT_SETTING, PAY_DAY_SETTING } from '../modules/income/payments/store.ts';
import { dutchIban } from '../rules/iban.ts';
import { addMonths } from '../rules/payments/payment.ts';

export interface PaymentsDemoOptions {
  municipalityId: string;
  code: string;
  name: string;
  cbsCode: string;
  incomeConsultantId: string;
  teamLeadId: string;
  today: string;
}

/** Voorbeeld pays on the last working day of the month and checks 5%; Buurdorp pays by the 25th and checks 10%. */
const demoSettings: Record<string, { payDay: number; sampleBp: number }> = { voorbeeld: { payDay: 31, sampleBp: 500 }, buurdorp: { payDay: 25, sampleBp: 1000 } };

/**
 * Payment settings of a demo municipality (pay day, holiday allowance in May, sample percentage, the municipality's
 * own account with bank code DEMO), and the two previous months paid through the real run: started by the income
 * consultant, reconciled, approved by the team lead. The earlier month also has its check draw, two cases reviewed.
 */
export async function seedPaymentsDemo(db: Kysely<DB>, o: PaymentsDemoOptions) {
  const m = o.municipalityId;
  const { payDay, sampleBp } = demoSettings[o.code] ?? { payDay: 31, sampleBp: 500 };
  const source = 'Demo-instelling Meedoen (geen besluit van een echte gemeente)';
  await db.insertInto('policySettings').values([
    { municipalityId: m, name: PAY_DAY_SETTING, value: payDay, validFrom: '2015-01-01', source },
    { municipalityId: m, name: HOLIDAY_PAYOUT_SETTING, value: 5, validFrom: '2015-01-01', source },
    { municipalityId: m, name: SAMPLE_SETTING, value: sampleBp, validFrom: '2015-01-01', source },
  ]).execute();
  await db.insertInto('paymentDebtorAccounts').values({
    municipalityId: m, name: `Gemeente ${o.name}`, iban: dutchIban('DEMO', `${o.cbsCode.replace(/\D/g, '')}000000`), bic: 'DEMONL2A', validFrom: '2015-01-01', source,
  }).execute();

  const ctx = (userId: string, role: string): AuditContext => ({
    municipalityId: m, actorUserId: userId, actorRole: role, organisationId: null, requestId: 'demo', origin: 'demo',
  });
  const thisMonth = o.today.slice(0, 7);
  for (const month of [addMonths(thisMonth, -2), addMonths(thisMonth, -1)]) {
    const { run } = await startRun(db, ctx(o.incomeConsultantId, 'income_consultant'), {
      municipalityId: m, month, startedBy: o.incomeConsultantId, startedVia: 'demo', today: o.today,
    });
    await processRun(db, run.id, { owner: 'demo' });
    await reconcileRun(db, ctx(o.incomeConsultantId, 'income_consultant'), m, run.id, o.incomeConsultantId);
    const reconciled = await db.selectFrom('paymentRuns').select('version').where('id', '=', run.id).executeTakeFirstOrThrow();
    // Approved in time: the bank got the planned pay date.
    await approveRun(db, ctx(o.teamLeadId, 'team_lead'), m, run.id, o.teamLeadId, reconciled.version, run.plannedPayDate);
  }
  const month = addMonths(thisMonth, -2);
  const drawId = await drawChecks(db, ctx(o.teamLeadId, 'team_lead'), m, month, o.teamLeadId);
  const cases = await db.selectFrom('checkCases').select(['id', 'version']).where('drawId', '=', drawId).orderBy('drawPosition').limit(2).execute();
  const findings = [
    { outcome: 'no_finding' as const, finding: 'Inkomsten en woonsituatie nagegaan met de inwoner; alles klopt.' },
    { outcome: 'correction' as const, finding: 'Huisgenoot sinds kort student: geen kostendeler meer. Situatie aangepast.' },
  ];
  for (const [i, c] of cases.entries()) await reviewCase(db, ctx(o.incomeConsultantId, 'income_consultant'), m, c.id, o.incomeConsultantId, findings[i], c.version);
}
