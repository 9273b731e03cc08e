import type { Insertable, Kysely } from 'kysely';
import type { BenefitsTable, DB } from '../db/types.ts';
import { daysBetween } from '../rules/dates.ts';
import { dutchIban } from '../rules/iban.ts';
import { BsnSequence, syntheticPerson } from './population.ts';
import { Random } from './random.ts';

// Uitstroom in the demo, so the in- and outflow figures have something to show and the income consultant's list of
// placements that end a benefit is not empty:
//  - former recipients: residents (made here, with BSNs from a range of their own so the rest of the demo stays as it
//    is) whose benefit ended three to eleven months ago, with a coded reason (work most often), their target group
//    bijstand ended on the same day; who left for work is on step 6 of the ladder and stays with a consultant for
//    aftercare (never the demo consultant, whose caseload the tests use);
//  - placements that end a benefit (placements.ts): one that started more than six weeks ago has been processed — the
//    benefit ended with reason work the day before the job — the most recent one is left for the income consultant.

const REASONS = ['work', 'work', 'other_income', 'moved', 'work', 'partner_income', 'other', 'work', 'other_income', 'moved'] as const;
const PROCESSED_AFTER_DAYS = 42;

const iso = (d: Date) => d.toISOString().slice(0, 10);
function addDays(date: string, days: number) { const d = new Date(`${date}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + days); return iso(d); }
function monthStart(today: string, back: number) { const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`); d.setUTCMonth(d.getUTCMonth() - back); return iso(d); }
function monthEnd(first: string) { const d = new Date(`${first}T00:00:00Z`); d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); return iso(d); }

export interface OutflowDemoOptions {
  municipalityId: string; today: string; seed: number; formerRecipients: number;
  postcodeAreas: readonly string[]; city: string;
  /** Consultants who take the former recipients (aftercare), with their teams. */
  consultants: { id: string; teamId: string }[];
}

export async function seedOutflowDemo(db: Kysely<DB>, o: OutflowDemoOptions) {
  await endBenefitsOfProcessedPlacements(db, o);
  if (o.formerRecipients === 0 || o.consultants.length === 0) return 0;
  const random = new Random(o.seed);
  const bsns = new BsnSequence(99_800_000 + (o.seed % 100) * 1_000);
  const households = await db.insertInto('households').values(Array.from({ length: o.formerRecipients }, () => ({ municipalityId: o.municipalityId })))
    .returning('id').execute();
  const benefits: Insertable<BenefitsTable>[] = [];
  for (const [i, household] of households.entries()) {
    const person = syntheticPerson(random, bsns, { postcodeAreas: o.postcodeAreas, city: o.city, bornFrom: '1962-01-01', bornTo: '1999-12-31' });
    // ended three to eleven months ago, in turn: inside the dashboards' twelve months, and before the months the demo
    // (and the payment tests) pay, so no final part month or holiday payout mixes into those runs
    const first = monthStart(o.today, 3 + (i % 9));
    const endDate = addDays(first, random.int(0, daysBetween(first, monthEnd(first))));
    const startDate = addDays(endDate, -random.int(180, 1200));
    const endReason = REASONS[i % REASONS.length];
    const consultant = o.consultants[i % o.consultants.length];
    const working = endReason === 'work';
    const resident = await db.insertInto('residents').values({
      municipalityId: o.municipalityId, ...person, householdId: household.id, householdRole: 'primary',
      contactPersonId: consultant.id, teamId: consultant.teamId, ladderStep: working ? 6 : null, ladderMeasuredOn: working ? endDate : null,
      lastContactOn: endDate,
    }).returning('id').executeTakeFirstOrThrow();
    if (working) {
      await db.insertInto('ladderMeasurements').values({
        municipalityId: o.municipalityId, residentId: resident.id, step: 6, measuredOn: endDate, measuredBy: consultant.id, motivation: 'Uitgestroomd naar betaald werk.',
      }).execute();
    }
    await db.insertInto('residentTargetGroups').values({ municipalityId: o.municipalityId, residentId: resident.id, code: 'bijstand', startDate, endDate }).execute();
    benefits.push({
      municipalityId: o.municipalityId, residentId: resident.id, startDate, endDate, endReason, status: 'ended',
      iban: dutchIban('DEMO', String(o.seed * 1_000_000 + 900_000 + i)),
      accountHolder: [person.givenNames.split(' ')[0][0] + '.', person.surnamePrefix, person.surname].filter(Boolean).join(' '),
      situation: {
        applicant: { birthDate: person.birthDate, earningsCents: 0, generalReleaseMonthsUsed: 0, singleParentReleaseMonthsUsed: 0 },
        partner: null, children: [], costSharers: [], intensiveInformalCare: false, otherIncomeCents: 0, giftsCents: 0, giftsEarlierThisYearCents: 0,
      },
    });
  }
  await db.insertInto('benefits').values(benefits).execute();
  return benefits.length;
}

/** A placement that ended a benefit and started long enough ago: the benefit ended with reason work the day before. */
async function endBenefitsOfProcessedPlacements(db: Kysely<DB>, o: { municipalityId: string; today: string }) {
  const events = await db.selectFrom('outflowEvents').select(['residentId', 'occurredOn'])
    .where('municipalityId', '=', o.municipalityId).where('reason', '=', 'work').where('occurredOn', '<=', addDays(o.today, -PROCESSED_AFTER_DAYS)).execute();
  for (const e of events) {
    await db.updateTable('benefits').set((eb) => ({ status: 'ended', endDate: addDays(e.occurredOn, -1), endReason: 'work', version: eb('version', '+', 1) }))
      .where('municipalityId', '=', o.municipalityId).where('residentId', '=', e.residentId).where('status', '!=', 'ended')
      .where('startDate', '<', e.occurredOn).execute();
  }
}
