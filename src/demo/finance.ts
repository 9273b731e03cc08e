import type { Insertable, Kysely } from 'kysely';
import type { DB, FinanceFiguresTable, ForecastScenariosTable } from '../db/types.ts';

// Demo finance, reserve and forecast scenarios. Voorbeeld reproduces domain.md's table 2019–2025 exactly (2019–2021
// realised, 2022–2025 budgeted) and its caseload range 2020–2022; Buurdorp's figures are fictional and smaller.
// The starting reserve of Voorbeeld is a demo choice (docs/decisions/0016-finance-and-forecasts.md): € 250.000 on
// 1 January 2019 runs out in 2024, so the warning shows.

type Row = [year: number, incBenefits: number, incReintegration: number, incSw: number, expBenefits: number, expReintegration: number, expSw: number];
/** domain.md "Figures in the seeds", in euros. */
const voorbeeldTable: Row[] = [
  [2019, 6_084_402, 397_745, 4_481_798, 5_666_554, 361_720, 4_863_190],
  [2020, 6_216_417, 409_238, 4_716_358, 5_685_211, 321_979, 4_701_707],
  [2021, 6_358_037, 433_256, 4_329_873, 5_957_988, 380_153, 4_497_730],
  [2022, 6_232_000, 452_991, 4_171_720, 6_149_455, 452_991, 4_670_393],
  [2023, 6_232_000, 468_485, 4_123_478, 6_149_455, 468_485, 4_618_455],
  [2024, 6_232_000, 482_703, 3_936_631, 6_149_455, 482_703, 4_525_394],
  [2025, 6_232_000, 499_153, 3_742_863, 6_149_455, 499_153, 4_377_997],
];
const buurdorpTable: Row[] = [
  [2024, 2_105_000, 161_000, 1_380_000, 2_040_500, 158_200, 1_452_300],
  [2025, 2_130_000, 165_000, 1_350_000, 2_098_000, 165_000, 1_441_000],
  [2026, 2_150_000, 160_000, 1_320_000, 2_120_000, 160_000, 1_430_000],
];

interface DemoFinance { table: Row[]; realisedUntil: number; source: (year: number, realised: boolean) => string; reserve: { openingYear: number; euros: number; source: string } }
const plans: Record<string, DemoFinance> = {
  voorbeeld: {
    table: voorbeeldTable, realisedUntil: 2021,
    source: (year, realised) => `Seed (domain.md): ${realised ? 'jaarrekening' : 'begroting'} ${year}`,
    reserve: { openingYear: 2019, euros: 250_000, source: 'Demo: stand reserve sociaal domein 1-1-2019 (fictief, zo gekozen dat de reserve in 2024 op raakt)' },
  },
  buurdorp: {
    table: buurdorpTable, realisedUntil: 2024,
    source: (year, realised) => `Demo (fictief): ${realised ? 'jaarrekening' : 'begroting'} ${year} Buurdorp`,
    reserve: { openingYear: 2024, euros: 150_000, source: 'Demo: stand reserve sociaal domein 1-1-2024 Buurdorp (fictief)' },
  },
};

// Average benefit cost per household per year: BUIG expenditure 2020 (€ 5.685.211) / 773 benefits on 10 Aug 2020.
const benefitCost = { benefitCostPerHouseholdCents: 735_473, benefitCostSource: 'Seed (domain.md): uitgaven BUIG 2020 € 5.685.211 gedeeld door 773 uitkeringen op 10-8-2020' };
const shelteredCost = {
  shelteredGrowthPct: 7.5, shelteredCostPerPlaceCents: 3_000_000,
  shelteredCostSource: 'Seed (domain.md): begeleiding beschut werk ongeveer € 30.000 per persoon per jaar; groei taakstelling 7–8% per jaar',
};
const seedRange = { startMonth: '2020-09', horizonMonths: 28, startCaseload: 773 };  // 773 benefits on 10 Aug 2020, to December 2022

const scenarios: Record<string, Omit<Insertable<ForecastScenariosTable>, 'municipalityId'>[]> = {
  voorbeeld: [
    { name: 'Volledig herstel', description: 'De economie herstelt snel: minder instroom en meer uitstroom naar werk. Eindigt eind 2022 op 692 uitkeringen (seed).',
      ...seedRange, inflowPerMonth: 18.95, outflowPctPerMonth: 3, ...benefitCost, ...shelteredCost },
    { name: 'Middenscenario', description: 'Herstel met vertraging: de instroom blijft wat hoger dan vóór 2020.',
      ...seedRange, inflowPerMonth: 22, outflowPctPerMonth: 2.5, ...benefitCost, ...shelteredCost },
    { name: 'Tweede golf', description: 'Een tweede golf houdt de instroom hoog en de uitstroom laag. Eindigt eind 2022 op 1012 uitkeringen (seed).',
      ...seedRange, inflowPerMonth: 26.52, outflowPctPerMonth: 2, ...benefitCost, ...shelteredCost },
  ],
  buurdorp: [
    { name: 'Basis Buurdorp', description: 'Demo (fictief): de komende drie jaar bij gelijkblijvende in- en uitstroom.',
      startMonth: '2027-01', horizonMonths: 36, startCaseload: 130, inflowPerMonth: 4.5, outflowPctPerMonth: 3.5,
      benefitCostPerHouseholdCents: 1_450_000, benefitCostSource: 'Demo (fictief): gemiddelde bijstand per huishouden per jaar Buurdorp',
      ...shelteredCost },
  ],
};

export async function seedFinanceDemo(db: Kysely<DB>, o: { municipalityId: string; municipalityCode: string }) {
  const plan = plans[o.municipalityCode];
  if (!plan) return;
  const figures: Insertable<FinanceFiguresTable>[] = [];
  for (const [year, incB, incR, incS, expB, expR, expS] of plan.table) {
    const realised = year <= plan.realisedUntil;
    const basis = realised ? 'realised' as const : 'budget' as const;
    const source = plan.source(year, realised);
    figures.push(
      { municipalityId: o.municipalityId, year, basis, source, stream: 'benefits', incomeCents: incB * 100, expenditureCents: expB * 100 },
      { municipalityId: o.municipalityId, year, basis, source, stream: 'reintegration', incomeCents: incR * 100, expenditureCents: expR * 100 },
      { municipalityId: o.municipalityId, year, basis, source, stream: 'sheltered_employment', incomeCents: incS * 100, expenditureCents: expS * 100 },
    );
  }
  await db.insertInto('financeFigures').values(figures).execute();
  await db.insertInto('socialDomainReserves').values({
    municipalityId: o.municipalityId, openingYear: plan.reserve.openingYear, openingBalanceCents: plan.reserve.euros * 100, source: plan.reserve.source,
  }).execute();
  await db.insertInto('forecastScenarios').values(scenarios[o.municipalityCode].map((s) => ({ ...s, municipalityId: o.municipalityId }))).execute();
}
