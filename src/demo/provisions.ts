import type { Kysely } from 'kysely';
import type { DB, TrajectoryOutcome, TrajectoryStatus, Unit } from '../db/types.ts';
import type { NeedCode } from '../rules/needs.ts';
import type { TargetGroupCode } from '../rules/target-groups.ts';

// Demo catalogue, providers, budget and trajectories. Prices, capacities and the four-eyes amount are fictional
// demo values (a municipality sets its own); the instruments are the ones domain.md lists from the seeds.

interface InstrumentSeed {
  code: string; name: string; description: string; legalBasis: string; unit: Unit; targetGroups: TargetGroupCode[]; needs: NeedCode[];
  activeFrom: string; activeUntil?: string;
  offers: { provider: ProviderKey; priceCents: number; capacity: number; period: 'month' | 'quarter' | 'year'; waitDays: number }[];
}
type ProviderKey = 'sw' | 'reintegration' | 'training' | 'charity' | 'wsp';

const providers: Record<Exclude<ProviderKey, 'sw'>, { name: string; type: string; description: string }> = {
  reintegration: { name: 'Re-integratiebureau Opstap', type: 'reintegration_firm', description: 'Ontwikkeltrajecten, sollicitatietraining en jobcoaching.' },
  training: { name: 'ROC Vallei Opleidingen', type: 'training_institute', description: 'Beroepsopleidingen, taal en leer-werktrajecten.' },
  charity: { name: 'Kringloop De Tweede Ronde', type: 'charity_shop', description: 'Werkervaring en participatieplaatsen in winkel, magazijn en transport.' },
  wsp: { name: 'Werkgeversservicepunt Voorbeeldvallei', type: 'other', description: 'Subsidies en proefplaatsingen bij reguliere werkgevers in de regio.' },
};

const instruments: InstrumentSeed[] = [
  { code: 'sociale_activering', name: 'Sociale activering', description: 'Meedoen in de buurt en structuur in de week, als eerste stap richting werk.',
    legalBasis: 'Participatiewet art. 7 lid 1 onder a', unit: 'month', targetGroups: ['bijstand', 'nug', 'statushouder'], needs: ['activation'],
    activeFrom: '2015-01-01', activeUntil: '2025-12-31', offers: [{ provider: 'sw', priceCents: 45_000, capacity: 20, period: 'month', waitDays: 14 }] },
  { code: 'maatschappelijke_participatie', name: 'Maatschappelijke participatie', description: 'Opvolger van sociale activering vanaf 2026: meedoen naar vermogen, met begeleiding.',
    legalBasis: 'Participatiewet art. 7 lid 1 onder a', unit: 'month', targetGroups: ['bijstand', 'nug', 'statushouder'], needs: ['activation', 'language'],
    activeFrom: '2026-01-01', offers: [{ provider: 'sw', priceCents: 47_500, capacity: 20, period: 'month', waitDays: 21 }] },
  { code: 'werkervaringsplek', name: 'Werkervaringsplek', description: 'Werkervaring opdoen met begeleiding, met behoud van uitkering.',
    legalBasis: 'Participatiewet art. 7 lid 1 onder a', unit: 'month', targetGroups: ['bijstand', 'nug', 'statushouder', 'jongere_rmc'], needs: ['work_experience'],
    activeFrom: '2015-01-01', offers: [
      { provider: 'charity', priceCents: 55_000, capacity: 8, period: 'month', waitDays: 30 },
      { provider: 'sw', priceCents: 65_000, capacity: 10, period: 'month', waitDays: 10 }] },
  { code: 'ontwikkeltraject', name: 'Ontwikkeltraject', description: 'Zes maanden werken aan vaardigheden, sollicitatie en een werkdoel.',
    legalBasis: 'Participatiewet art. 7 lid 1 onder a', unit: 'trajectory', targetGroups: ['bijstand', 'nug'], needs: ['job_search', 'training'],
    activeFrom: '2018-01-01', offers: [{ provider: 'reintegration', priceCents: 275_000, capacity: 40, period: 'year', waitDays: 21 }] },
  { code: 'participatieplaats', name: 'Participatieplaats', description: 'Onbetaald additioneel werk met behoud van uitkering, met premie bij inzet.',
    legalBasis: 'Participatiewet art. 10a', unit: 'month', targetGroups: ['bijstand'], needs: ['work_experience', 'activation'],
    activeFrom: '2015-01-01', offers: [{ provider: 'charity', priceCents: 30_000, capacity: 6, period: 'month', waitDays: 45 }] },
  { code: 'beschut_werk', name: 'Beschut werk', description: 'Dienstbetrekking in een beschutte omgeving voor wie dat volgens UWV nodig heeft.',
    legalBasis: 'Participatiewet art. 10b', unit: 'month', targetGroups: ['nieuw_beschut'], needs: ['sheltered_work'],
    activeFrom: '2017-01-01', offers: [{ provider: 'sw', priceCents: 180_000, capacity: 15, period: 'year', waitDays: 60 }] },
  { code: 'indienstnemingssubsidie', name: 'Indienstnemingssubsidie', description: 'Eenmalige subsidie voor een werkgever die iemand uit de bijstand in dienst neemt.',
    legalBasis: 'Participatiewet art. 10a lid 7 en verordening', unit: 'trajectory', targetGroups: ['bijstand', 'statushouder'], needs: ['wage_support'],
    activeFrom: '2015-01-01', offers: [{ provider: 'wsp', priceCents: 250_000, capacity: 30, period: 'year', waitDays: 0 }] },
  { code: 'loonkostensubsidie', name: 'Loonkostensubsidie', description: 'Subsidie op de loonkosten naar de vastgestelde loonwaarde.',
    legalBasis: 'Participatiewet art. 10c en 10d', unit: 'month', targetGroups: ['doelgroepregister', 'bijstand'], needs: ['wage_support'],
    activeFrom: '2015-01-01', offers: [{ provider: 'wsp', priceCents: 120_000, capacity: 40, period: 'year', waitDays: 0 }] },
  { code: 'scholing', name: 'Scholing', description: 'Een (deel)opleiding of taaltraject dat nodig is voor werk.',
    legalBasis: 'Participatiewet art. 7 lid 1 onder a', unit: 'trajectory', targetGroups: ['bijstand', 'nug', 'statushouder', 'jongere_rmc'], needs: ['training', 'language'],
    activeFrom: '2015-01-01', offers: [{ provider: 'training', priceCents: 150_000, capacity: 25, period: 'year', waitDays: 40 }] },
  { code: 'proefplaatsing', name: 'Proefplaatsing', description: 'Maximaal twee maanden met behoud van uitkering meewerken bij een werkgever die daarna een contract biedt.',
    legalBasis: 'Participatiewet art. 7 lid 1 onder a', unit: 'month', targetGroups: ['bijstand', 'doelgroepregister'], needs: ['work_experience', 'job_search'],
    activeFrom: '2015-01-01', offers: [{ provider: 'wsp', priceCents: 0, capacity: 10, period: 'quarter', waitDays: 7 }] },
  { code: 'leerwerktraject', name: 'Leer-werktraject', description: 'Leren en werken tegelijk, gericht op een startkwalificatie.',
    legalBasis: 'Participatiewet art. 7 lid 1 onder a', unit: 'trajectory', targetGroups: ['jongere_rmc', 'bijstand'], needs: ['training', 'work_experience'],
    activeFrom: '2016-01-01', offers: [{ provider: 'training', priceCents: 420_000, capacity: 12, period: 'year', waitDays: 50 }] },
  { code: 'jobcoaching', name: 'Jobcoaching / werkplekbegeleiding', description: 'Begeleiding op de werkplek door een jobcoach.',
    legalBasis: 'Participatiewet art. 10da', unit: 'hour', targetGroups: ['doelgroepregister', 'nieuw_beschut', 'bijstand'], needs: ['job_coaching'],
    activeFrom: '2015-01-01', offers: [
      { provider: 'reintegration', priceCents: 8_500, capacity: 2_000, period: 'year', waitDays: 14 },
      { provider: 'sw', priceCents: 7_900, capacity: 1_500, period: 'year', waitDays: 5 }] },
  { code: 'sw_groen', name: 'Groenvoorziening (SW-indicatie)', description: 'Werk in groenonderhoud voor mensen met een SW-indicatie.',
    legalBasis: 'Wet sociale werkvoorziening art. 2', unit: 'month', targetGroups: ['sw_indicatie'], needs: ['sheltered_work'],
    activeFrom: '2008-01-01', offers: [{ provider: 'sw', priceCents: 150_000, capacity: 25, period: 'year', waitDays: 0 }] },
  { code: 'sw_detachering', name: 'Detachering (SW-indicatie)', description: 'Werken bij een reguliere werkgever vanuit het sociaal werkbedrijf.',
    legalBasis: 'Wet sociale werkvoorziening art. 2', unit: 'month', targetGroups: ['sw_indicatie'], needs: ['sheltered_work', 'job_coaching'],
    activeFrom: '2008-01-01', offers: [{ provider: 'sw', priceCents: 120_000, capacity: 20, period: 'year', waitDays: 0 }] },
];

interface DemoTrajectory { instrument: string; provider: ProviderKey; units: number; status: TrajectoryStatus; startMonthsAgo: number; months: number; outcome?: TrajectoryOutcome; realisedShare?: number; reason?: string }
const demoTrajectories: DemoTrajectory[] = [
  { instrument: 'maatschappelijke_participatie', provider: 'sw', units: 6, status: 'started', startMonthsAgo: 2, months: 6 },
  { instrument: 'werkervaringsplek', provider: 'sw', units: 6, status: 'started', startMonthsAgo: 1, months: 6 },
  { instrument: 'jobcoaching', provider: 'sw', units: 40, status: 'started', startMonthsAgo: 3, months: 6 },
  { instrument: 'werkervaringsplek', provider: 'sw', units: 4, status: 'approved', startMonthsAgo: -1, months: 4 },
  { instrument: 'ontwikkeltraject', provider: 'reintegration', units: 1, status: 'approved', startMonthsAgo: -1, months: 6 },
  { instrument: 'leerwerktraject', provider: 'training', units: 2, status: 'proposed', startMonthsAgo: -2, months: 12 },
  { instrument: 'werkervaringsplek', provider: 'charity', units: 6, status: 'ended', startMonthsAgo: 9, months: 6, outcome: 'paid_work', realisedShare: 1 },
  { instrument: 'scholing', provider: 'training', units: 1, status: 'ended', startMonthsAgo: 8, months: 4, outcome: 'dropped_out', realisedShare: 0.5, reason: 'Gestopt vanwege mantelzorg voor een ouder.' },
  { instrument: 'ontwikkeltraject', provider: 'reintegration', units: 1, status: 'ended', startMonthsAgo: 10, months: 6, outcome: 'higher_ladder_step', realisedShare: 1 },
];

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export async function seedProvisionsDemo(db: Kysely<DB>, o: {
  municipalityId: string; swProviderId: string; consultantId: string; teamLeadId: string; partnerCoachId: string; today: string; budgetCents: number;
}) {
  const m = o.municipalityId;
  const year = Number(o.today.slice(0, 4));
  // The municipality's own main partner (where the demo partner coach works) delivers the sheltered-work offers.
  await db.updateTable('organisations').set({ providerType: 'sheltered_work_company', description: 'Sociaal werkbedrijf: beschut werk, SW, activering, werkervaring en jobcoaching.' })
    .where('id', '=', o.swProviderId).execute();
  const ids: Record<ProviderKey, string> = { sw: o.swProviderId, reintegration: '', training: '', charity: '', wsp: '' };
  for (const [key, p] of Object.entries(providers)) {
    const row = await db.insertInto('organisations').values({ municipalityId: m, name: p.name, kind: 'provider', providerType: p.type, description: p.description })
      .returning('id').executeTakeFirstOrThrow();
    ids[key as ProviderKey] = row.id;
  }
  const contracts = new Map<string, string>();
  for (const [key, id] of Object.entries(ids)) {
    const row = await db.insertInto('providerContracts').values({
      municipalityId: m, organisationId: id, reference: `DEMO-${year - 1}-${key.toUpperCase()}`, description: 'Raamovereenkomst (demo)', startsOn: `${year - 1}-01-01`, endsOn: `${year + 2}-12-31`,
    }).returning('id').executeTakeFirstOrThrow();
    contracts.set(id, row.id);
  }
  const offerIds = new Map<string, { id: string; priceCents: number; unit: Unit; instrumentId: string }>();
  for (const i of instruments) {
    const row = await db.insertInto('instruments').values({
      municipalityId: m, code: i.code, name: i.name, description: i.description, legalBasis: i.legalBasis, unit: i.unit,
      targetGroups: i.targetGroups, needs: i.needs, activeFrom: i.activeFrom, activeUntil: i.activeUntil ?? null,
    }).returning('id').executeTakeFirstOrThrow();
    for (const offer of i.offers) {
      const provider = ids[offer.provider];
      const inserted = await db.insertInto('instrumentOffers').values({
        municipalityId: m, instrumentId: row.id, organisationId: provider, contractId: contracts.get(provider)!, unitPriceCents: offer.priceCents,
        capacity: offer.capacity, capacityPeriod: offer.period, expectedWaitDays: offer.waitDays, activeFrom: i.activeFrom, activeUntil: i.activeUntil ?? null,
      }).returning('id').executeTakeFirstOrThrow();
      offerIds.set(`${i.code}/${offer.provider}`, { id: inserted.id, priceCents: offer.priceCents, unit: i.unit, instrumentId: row.id });
    }
  }
  const threshold = await db.insertInto('policySettings').values({
    municipalityId: m, name: 'trajectory_four_eyes_threshold_cents', value: 500_000, validFrom: `${year - 1}-01-01`,
    source: 'Demo: beleidsregels re-integratie, art. 4 — trajecten boven € 5.000 met tweede handtekening (fictief)',
  }).returning(['id', 'value']).executeTakeFirstOrThrow();
  await db.insertInto('reintegrationBudgets').values({
    municipalityId: m, year, amountCents: o.budgetCents, source: 'Demo: begroting re-integratie (fictief, op basis van de seed-tabel 2025)',
  }).execute();

  // Demo trajectories for residents in the demo consultant's caseload, so every role sees something.
  const residents = await db.selectFrom('residents').select('id').where('municipalityId', '=', m).where('contactPersonId', '=', o.consultantId)
    .orderBy('surname').orderBy('id').limit(demoTrajectories.length).execute();
  for (const [n, t] of demoTrajectories.entries()) {
    const offer = offerIds.get(`${t.instrument}/${t.provider}`)!;
    const amount = t.units * offer.priceCents;
    const plannedStartOn = addMonths(o.today, -t.startMonthsAgo);
    const second = amount > threshold.value;
    const decided = t.status !== 'proposed';
    const row = await db.insertInto('trajectories').values({
      municipalityId: m, residentId: residents[n % residents.length].id, instrumentId: offer.instrumentId, offerId: offer.id, organisationId: ids[t.provider],
      units: t.units, unit: offer.unit, unitPriceCents: offer.priceCents, amountCents: amount, budgetYear: Number(plannedStartOn.slice(0, 4)),
      status: t.status, needsSecondApproval: second, fourEyesThresholdCents: threshold.value, thresholdSettingId: threshold.id,
      proposedBy: o.consultantId, decidedBy: decided ? (second ? o.teamLeadId : o.consultantId) : null, decidedAt: decided ? new Date(`${addMonths(plannedStartOn, -1)}T10:00:00Z`) : null,
      plannedStartOn, plannedEndOn: addMonths(plannedStartOn, t.months),
      startedOn: t.status === 'started' || t.status === 'ended' ? plannedStartOn : null,
      endedOn: t.status === 'ended' ? addMonths(plannedStartOn, t.months) : null,
      outcome: t.outcome ?? null, outcomeReason: t.reason ?? '', realisedCents: t.status === 'ended' ? Math.round(amount * (t.realisedShare ?? 1)) : null,
    }).returning(['id', 'startedOn']).executeTakeFirstOrThrow();
    if (t.status === 'started' && t.provider === 'sw') {
      const from = addMonths(o.today, -1);
      await db.insertInto('trajectoryReports').values([
        { municipalityId: m, trajectoryId: row.id, kind: 'attendance', periodFrom: from, periodTo: addMonths(from, 1) < o.today ? addMonths(from, 1) : o.today, hoursPlanned: 64, hoursAttended: 58, summary: 'Twee dagen afgemeld wegens ziekte.', reportedBy: o.partnerCoachId },
        { municipalityId: m, trajectoryId: row.id, kind: 'progress', periodFrom: row.startedOn!, periodTo: o.today, hoursPlanned: null, hoursAttended: null, summary: 'Komt op tijd, werkt goed samen in het team en wil graag meer uren maken.', reportedBy: o.partnerCoachId },
      ]).execute();
    }
  }
}
