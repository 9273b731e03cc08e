import type { Insertable, Kysely } from 'kysely';
import type { BenefitsTable, DB } from '../db/types.ts';
import { dutchIban } from '../rules/iban.ts';
import { Random } from './random.ts';

/**
 * One active benefit per demo benefit household (the primary recipient with target group bijstand), with the
 * household situation taken from the dossier: partner, children, cost-sharing housemates. About one in twelve
 * households has part-time earnings (the 8% in paid work). IBANs use the bank code DEMO so they are valid by
 * the check digits and clearly not real accounts.
 */
export async function seedBenefitsDemo(db: Kysely<DB>, options: { municipalityId: string; seed: number }) {
  const random = new Random(options.seed);
  const primaries = await db.selectFrom('residents as r')
    .innerJoin('residentTargetGroups as g', (j) => j.onRef('g.residentId', '=', 'r.id').on('g.code', '=', 'bijstand'))
    .select(['r.id', 'r.householdId', 'r.birthDate', 'r.givenNames', 'r.surnamePrefix', 'r.surname', 'g.startDate'])
    .where('r.municipalityId', '=', options.municipalityId).where('r.householdRole', '=', 'primary')
    .orderBy('r.bsn').execute();
  const partners = await db.selectFrom('residents').select(['id', 'householdId', 'birthDate'])
    .where('municipalityId', '=', options.municipalityId).where('householdRole', '=', 'partner').execute();
  const members = await db.selectFrom('householdMembers').select(['householdId', 'kind', 'birthDate', 'costSharer'])
    .where('municipalityId', '=', options.municipalityId).execute();

  const rows: Insertable<BenefitsTable>[] = primaries.map((p, i) => {
    const partner = partners.find((q) => q.householdId === p.householdId) ?? null;
    const own = members.filter((mm) => mm.householdId === p.householdId);
    const works = random.chance(1 / 12);
    return {
      municipalityId: options.municipalityId, residentId: p.id, partnerResidentId: partner?.id ?? null, startDate: p.startDate,
      iban: dutchIban('DEMO', String(options.seed * 1_000_000 + i + 1)),
      accountHolder: [p.givenNames.split(' ')[0][0] + '.', p.surnamePrefix, p.surname].filter(Boolean).join(' '),
      situation: {
        applicant: {
          birthDate: p.birthDate, earningsCents: works ? random.int(30, 90) * 1000 : 0,
          generalReleaseMonthsUsed: works ? random.int(0, 8) : 0, singleParentReleaseMonthsUsed: 0,
        },
        partner: partner ? { birthDate: partner.birthDate, earningsCents: 0, generalReleaseMonthsUsed: 0 } : null,
        children: own.filter((mm) => mm.kind === 'child').map((c) => ({ birthDate: c.birthDate })),
        costSharers: own.filter((mm) => mm.kind === 'housemate' && mm.costSharer).map((c) => ({ birthDate: c.birthDate })),
        intensiveInformalCare: false, otherIncomeCents: 0, giftsCents: 0, giftsEarlierThisYearCents: 0,
      },
    };
  });
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('benefits').values(rows.slice(i, i + 200)).execute();
  return rows.length;
}
