import type { Insertable, Kysely } from 'kysely';
import type { ApplicationStatus, BenefitDecisionsTable, DB } from '../db/types.ts';
import { loadBenefitTables } from '../modules/income/calculations/store.ts';
import { defaultLegalGround } from '../modules/income/decisions/letter-text.ts';
import { calculateBenefit } from '../rules/benefit/calculate.ts';
import { tableValidOn } from '../rules/benefit/tables.ts';
import { ageOn } from '../rules/dates.ts';
import { documentCodes } from '../rules/income/application-status.ts';
import { MONTHLY_FOUR_EYES_SETTING, RECOVERY_FOUR_EYES_SETTING } from '../rules/income/four-eyes.ts';
import { situationFromHousehold } from '../rules/income/situation.ts';
import { addDays } from '../rules/income/terms.ts';
import { dutchIban } from '../rules/iban.ts';

/** Fictional four-eyes amounts per month (decision 0020): Voorbeeld € 1.500, Buurdorp € 2.000. */
const demoMonthlyThreshold: Record<string, { cents: number; label: string }> = {
  voorbeeld: { cents: 150_000, label: '€ 1.500' },
  buurdorp: { cents: 200_000, label: '€ 2.000' },
};

/**
 * Demo applications and decisions, so every income screen has something to show: applications of young jobseekers
 * without benefit in each status (one with the decision term about to run out, one past it with an overdue advance,
 * one in a repair period), a refusal, a grant with an advance waiting for a second person, the municipality's two
 * four-eyes settings, a change decision for the demo resident's own benefit (the new norms of 1 January), and reported
 * changes waiting for the income consultant.
 */
export async function seedApplicationsDemo(db: Kysely<DB>, o: { municipalityId: string; today: string }) {
  const m = o.municipalityId;
  const users = await db.selectFrom('users').select(['id', 'role', 'residentId']).where('municipalityId', '=', m).where('isDemo', '=', true).execute();
  const consultant = users.find((u) => u.role === 'income_consultant')!.id;
  const teamLead = users.find((u) => u.role === 'team_lead')?.id ?? null;
  const { code } = await db.selectFrom('municipalities').select('code').where('id', '=', m).executeTakeFirstOrThrow();
  const monthly = demoMonthlyThreshold[code] ?? demoMonthlyThreshold.voorbeeld;
  await db.insertInto('policySettings').values([{
    municipalityId: m, name: RECOVERY_FOUR_EYES_SETTING, value: 100_000, validFrom: '2020-01-01',
    source: 'Demo: werkinstructie terugvordering en voorschotten — terugvorderingen boven € 1.000 en toekenningen met voorschot met tweede handtekening (fictief; besluit 0014)',
  }, {
    municipalityId: m, name: MONTHLY_FOUR_EYES_SETTING, value: monthly.cents, validFrom: '2020-01-01',
    source: `Demo: werkinstructie vier ogen — toekenningen en wijzigingen boven ${monthly.label} per maand met tweede handtekening (fictief; besluit 0020)`,
  }]).execute();
  const tables = await loadBenefitTables(db);

  const youth = await db.selectFrom('residents as r').innerJoin('residentTargetGroups as g', (j) => j.onRef('g.residentId', '=', 'r.id').on('g.code', '=', 'nug'))
    .select(['r.id', 'r.birthDate', 'r.givenNames', 'r.surnamePrefix', 'r.surname']).where('r.municipalityId', '=', m).orderBy('r.bsn').execute();
  const adults = youth.filter((r) => ageOn(r.birthDate, addDays(o.today, 31)) >= 18);
  const plans: { status: ApplicationStatus; receivedAgo: number; advance: boolean; decision?: 'refuse' | 'grant_proposed'; repair?: boolean }[] = [
    { status: 'received', receivedAgo: 3, advance: true },
    { status: 'in_treatment', receivedAgo: 50, advance: false },
    { status: 'repair_period', receivedAgo: 30, advance: false, repair: true },
    { status: 'in_treatment', receivedAgo: 60, advance: true },
    { status: 'in_treatment', receivedAgo: 20, advance: true, decision: 'grant_proposed' },
    { status: 'decided', receivedAgo: 40, advance: false, decision: 'refuse' },
  ];
  for (const [i, plan] of plans.entries()) {
    const r = adults[i];
    if (!r) break;
    const receivedOn = addDays(o.today, -plan.receivedAgo);
    const situation = situationFromHousehold({ applicant: { birthDate: r.birthDate }, partner: null, members: [] });
    const holder = `${r.givenNames.split(' ')[0][0]}. ${[r.surnamePrefix, r.surname].filter(Boolean).join(' ')}`;
    const documents = documentCodes.map((code, k) => ({ code, received: plan.status !== 'received' && k < (plan.repair ? 2 : 4) }));
    const a = await db.insertInto('benefitApplications').values({
      municipalityId: m, residentId: r.id, channel: i % 2 ? 'consultant' : 'portal', submittedBy: consultant, receivedOn,
      requestedStartDate: receivedOn, situation, iban: dutchIban('DEMO', String(900_000 + i)), accountHolder: holder,
      advanceRequested: plan.advance, documents: JSON.stringify(documents), status: plan.status,
      repairDeadline: plan.repair ? addDays(o.today, 9) : null, repairMissing: plan.repair ? 'Bankafschriften van de laatste drie maanden en gegevens over uw spaarrekening' : null,
      decidedOn: plan.status === 'decided' ? addDays(o.today, -10) : null,
    }).returning('id').executeTakeFirstOrThrow();
    const events: { status: ApplicationStatus; occurredOn: string; repairDeadline?: string; repairMissing?: string; note: string }[] = [
      { status: 'received', occurredOn: receivedOn, note: i % 2 ? 'Ingevoerd door een consulent inkomen' : 'Ingediend via Mijn Meedoen' },
    ];
    if (plan.status !== 'received') events.push({ status: 'in_treatment', occurredOn: addDays(receivedOn, 2), note: 'In behandeling genomen' });
    if (plan.repair) events.push({ status: 'repair_period', occurredOn: addDays(o.today, -5), repairDeadline: addDays(o.today, 9), repairMissing: 'Bankafschriften van de laatste drie maanden en gegevens over uw spaarrekening', note: '' });
    if (plan.status === 'decided') events.push({ status: 'decided', occurredOn: addDays(o.today, -10), note: 'Aanvraag afgewezen' });
    await db.insertInto('benefitApplicationEvents').values(events.map((e) => ({ municipalityId: m, applicationId: a.id, recordedBy: consultant, ...e }))).execute();
    if (!plan.decision) continue;
    const base = { municipalityId: m, residentId: r.id, applicationId: a.id, proposedBy: consultant };
    if (plan.decision === 'refuse') {
      await db.insertInto('benefitDecisions').values({
        ...base, fourEyesThresholdCents: null, kind: 'refuse', status: 'final', effectiveDate: addDays(o.today, -10), decidedOn: addDays(o.today, -10), needsSecondApproval: false,
        legalGround: 'art. 13 lid 2 onderdeel c Participatiewet: jongeren tot 27 jaar met recht op studiefinanciering hebben geen recht op bijstand',
        reasoning: 'U volgt een opleiding waarvoor u studiefinanciering kunt krijgen. Daarom heeft u geen recht op bijstand.',
      }).execute();
    } else {
      const calculation = calculateBenefit(tableValidOn(tables, `${receivedOn.slice(0, 7)}-01`)!, { ...situation, month: receivedOn.slice(0, 7) });
      const grant: Insertable<BenefitDecisionsTable> = {
        ...base, fourEyesThresholdCents: monthly.cents, kind: 'grant', status: 'proposed', effectiveDate: receivedOn, needsSecondApproval: true, legalGround: defaultLegalGround.grant,
        reasoning: 'U woont zelfstandig, heeft geen inkomen en geen vermogen boven de grens. U heeft recht op bijstand volgens de jongerennorm.',
        situation, iban: dutchIban('DEMO', String(900_000 + i)), accountHolder: holder, calculation, ruleTableId: calculation.table.id,
      };
      await db.insertInto('benefitDecisions').values(grant).execute();
    }
  }

  // The demo resident's own benefit: the change decision that applied the norms of 1 January, approved by the team lead
  // when the new monthly amount is above the four-eyes threshold; their letter is in Mijn Meedoen.
  const residentId = users.find((u) => u.role === 'resident')?.residentId;
  const own = residentId ? await db.selectFrom('benefits').selectAll().where('residentId', '=', residentId).where('status', '=', 'active').executeTakeFirst() : undefined;
  const january = `${o.today.slice(0, 4)}-01`;
  const table = tableValidOn(tables, `${january}-01`);
  const previousTable = tableValidOn(tables, addDays(`${january}-01`, -1));
  if (own && table && previousTable && table.id !== previousTable.id) {
    const calculation = calculateBenefit(table, { ...own.situation, month: january });
    const previous = calculateBenefit(previousTable, { ...own.situation, month: addDays(`${january}-01`, -1).slice(0, 7) });
    const second = calculation.payableCents > monthly.cents;
    await db.insertInto('benefitDecisions').values({
      municipalityId: m, residentId: own.residentId, benefitId: own.id, kind: 'change', status: 'final', effectiveDate: `${january}-01`,
      legalGround: 'art. 43 lid 1 Participatiewet; de normen zijn per 1 januari aangepast (art. 40 Participatiewet)',
      reasoning: 'De bijstandsnormen veranderen twee keer per jaar. Per 1 januari gelden nieuwe bedragen; uw bijstand is daarop opnieuw berekend.',
      situation: own.situation, calculation, ruleTableId: table.id, previousPayableCents: previous.payableCents,
      needsSecondApproval: second, proposedBy: consultant, reviewedBy: second ? teamLead : null, reviewedAt: second ? new Date() : null,
      fourEyesThresholdCents: monthly.cents, decidedOn: `${january}-01` < o.today ? `${january}-01` : o.today,
    }).execute();
  }

  // Reported changes waiting for the income consultant: last month's earnings of two working households, a new housemate.
  const lastMonth = addDays(`${o.today.slice(0, 7)}-01`, -1).slice(0, 7);
  const working = await db.selectFrom('benefits').select(['id', 'residentId', 'situation', 'startDate']).where('municipalityId', '=', m).where('status', '=', 'active')
    .where('startDate', '<', `${lastMonth}-01`).orderBy('iban').execute();
  const earners = working.filter((b) => b.situation.applicant.earningsCents > 0 && b.residentId !== residentId).slice(0, 2);
  for (const [k, b] of earners.entries()) {
    await db.insertInto('benefitIncomeReports').values({
      municipalityId: m, benefitId: b.id, month: lastMonth, earningsApplicantCents: b.situation.applicant.earningsCents + (k ? 12_500 : -8_000),
      giftsCents: k ? 0 : 5_000, note: k ? 'Extra uren gewerkt' : 'Minder uren; verjaardagscadeau van mijn moeder',
    }).execute();
  }
  const single = working.find((b) => b.situation.partner === null && b.situation.costSharers.length === 0 && b.residentId !== residentId
    && ageOn(b.situation.applicant.birthDate, o.today) >= 27 && ageOn(b.situation.applicant.birthDate, o.today) < 60);
  if (single) {
    await db.insertInto('benefitHouseholdReports').values({
      municipalityId: m, benefitId: single.id, effectiveDate: `${o.today.slice(0, 7)}-01`, givenNames: 'Robin', birthDate: '1994-06-15', sharesCosts: true,
      note: 'Mijn broer woont sinds deze maand bij mij.',
    }).execute();
  }
}
