// Participatieladder (Divosa/Regioplan): six steps. The municipality of the seed also reports in its own
// categories; see docs/decisions/0003-ladder-categories.md for why each step maps where it does.

export const ladderSteps = [
  { step: 1, name: 'geïsoleerd' },
  { step: 2, name: 'sociale contacten buitenshuis' },
  { step: 3, name: 'deelname georganiseerde activiteiten' },
  { step: 4, name: 'onbetaald werk' },
  { step: 5, name: 'betaald werk met ondersteuning' },
  { step: 6, name: 'betaald werk' },
] as const;

export type LadderCategory =
  | 'geen' | 'zorg' | 'maatschappelijke_activering' | 'arbeidsactivering' | 'arbeidstoeleiding' | 'betaald_werk';

export const ladderCategoryLabels: Record<LadderCategory, string> = {
  geen: 'Geen',
  zorg: 'Zorg',
  maatschappelijke_activering: 'Maatschappelijke activering',
  arbeidsactivering: 'Arbeidsactivering',
  arbeidstoeleiding: 'Arbeidstoeleiding',
  betaald_werk: 'Betaald werk',
};

export function ladderStepName(step: number): string {
  const found = ladderSteps.find((s) => s.step === step);
  if (!found) throw new RangeError(`Onbekende trede: ${step}`);
  return found.name;
}

/** The municipal category for a ladder step; no measurement yet means 'geen'. */
export function ladderCategory(step: number | null): LadderCategory {
  switch (step) {
    case null: return 'geen';
    case 1: return 'zorg';
    case 2: return 'maatschappelijke_activering';
    case 3: return 'arbeidsactivering';
    case 4: return 'arbeidstoeleiding';
    case 5:
    case 6: return 'betaald_werk';
    default: throw new RangeError(`Onbekende trede: ${step}`);
  }
}

/** Steps that fall in a category: the inverse of ladderCategory, used for filters. */
export function stepsInCategory(category: LadderCategory): number[] {
  return [1, 2, 3, 4, 5, 6].filter((s) => ladderCategory(s) === category);
}

/** Measured at least twice a year (Divosa): a new measurement is due six months after the last one. */
export const LADDER_REMEASURE_MONTHS = 6;

export function ladderMeasurementDue(lastMeasuredOn: string | null, today: string): boolean {
  if (lastMeasuredOn === null) return true;
  const due = new Date(`${lastMeasuredOn}T00:00:00Z`);
  due.setUTCMonth(due.getUTCMonth() + LADDER_REMEASURE_MONTHS);
  return due.toISOString().slice(0, 10) <= today;
}
