import type { ConstraintFailure } from './constraints.ts';
import type { Factor } from './scoring.ts';
import { cefrLevels, type ActivePlacement, type Labels } from './types.ts';

// Every result says why, in Dutch: one sentence per factor with its points, one per failed hard constraint.

/** (+30), (0), (−5): the points a factor adds, with a real minus sign. */
export const pointsText = (points: number) => (points > 0 ? `(+${points})` : points < 0 ? `(−${-points})` : '(0)');

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function factorSentence(f: Factor, labels: Labels): string {
  switch (f.factor) {
    case 'occupation':
      return f.matched
        ? `Beroep komt overeen: ${labels.occupation(f.code)}`
        : `Beroep ${labels.occupation(f.code)} staat niet in het werkprofiel`;
    case 'skills': {
      const asked = f.matched.length + f.missing.length;
      if (f.matched.length === 0) return `Geen van de ${asked} gevraagde ${plural(asked, 'vaardigheid', 'vaardigheden')} in het werkprofiel`;
      return `${f.matched.length} van ${asked} gevraagde ${plural(asked, 'vaardigheid', 'vaardigheden')}: ${list(f.matched.map(labels.skill))}`;
    }
    case 'wishes':
      if (f.words.length > 0) return `Wensen sluiten aan: ${list(f.words.map((w) => `‘${w}’`))}`;
      return f.hasWishes ? 'Wensen noemen dit werk niet' : 'Geen wensen vastgelegd';
    case 'language': {
      if (f.actual === null) return `Taalniveau Nederlands onbekend; gevraagd ${f.required}`;
      const below = cefrLevels.indexOf(f.required) - cefrLevels.indexOf(f.actual);
      return below <= 0
        ? `Taalniveau Nederlands ${f.actual} voldoet aan gevraagd ${f.required}`
        : `Taalniveau Nederlands ${f.actual} ligt ${below} ${plural(below, 'niveau', 'niveaus')} onder gevraagd ${f.required}`;
    }
    case 'ladder': {
      if (f.actual === null) return `Trede op de participatieladder onbekend; minimaal trede ${f.minimum} gevraagd`;
      const below = f.minimum - f.actual;
      return below <= 0
        ? `Trede ${f.actual} voldoet aan minimaal trede ${f.minimum}`
        : `Trede ${f.actual} ligt ${below} ${plural(below, 'trede', 'treden')} onder minimaal trede ${f.minimum}`;
    }
    case 'wage_value':
      if (f.percentage === null) return 'Nog geen loonwaarde gemeten';
      return f.percentage < 100
        ? `Loonwaarde ${f.percentage}% gemeten: de loonkostensubsidie kan meteen worden vastgesteld`
        : 'Loonwaarde 100%: geen loonkostensubsidie nodig';
  }
}

/** "Beroep komt overeen: Administratief medewerker (+30)". */
export function explainFactor(f: Factor, labels: Labels): string {
  return `${factorSentence(f, labels)} ${pointsText(f.points)}`;
}

const km = (n: number) => n.toFixed(1).replace('.', ',');
const dutchDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
};

/** Why a candidate is excluded: one sentence per failed hard constraint. */
export function explainFailure(f: ConstraintFailure): string {
  switch (f.constraint) {
    case 'hours':
      return f.available === null
        ? `Beschikbare uren onbekend; de kans vraagt ${f.required} uur per week`
        : `Beschikbaar ${f.available} uur per week; de kans vraagt ${f.required} uur`;
    case 'distance':
      if (f.km === null) return 'Reisafstand onbekend: het postcodegebied van de inwoner of van de werkplek staat niet in de coördinatentabel';
      return `Reisafstand ${km(f.km)} km is meer dan de maximale ${f.maxKm} km${f.defaulted ? ' (standaardwaarde: geen eigen opgave)' : ''}`;
    case 'licence':
      return `Rijbewijs ${f.required} gevraagd; niet in het werkprofiel`;
    case 'availability':
      return `Pas beschikbaar vanaf ${dutchDate(f.availableFrom)}; de kans begint op ${dutchDate(f.startDate)}`;
    case 'minimum_age':
      return `Nog geen ${f.minimumAgeYears} jaar op de startdatum ${dutchDate(f.startDate)} (wettelijke minimumleeftijd)`;
    case 'placed':
      return `Al geplaatst op deze kans (bij ${f.employerName})`;
  }
}

/** 24 → "24", 12.5 → "12,5". */
const hours = (h: number) => String(Math.round(h * 10) / 10).replace('.', ',');

/**
 * A candidate who already works elsewhere: "Al geplaatst bij Bakkerij Korenaar (24 uur per week)". Without employer
 * names (an anonymous profile): "Al geplaatst bij een werkgever (24 uur per week)". Null when nothing is running.
 */
export function explainPlacedElsewhere(placements: readonly ActivePlacement[], withEmployers: boolean): string | null {
  if (placements.length === 0) return null;
  if (withEmployers) return `Al geplaatst bij ${list(placements.map((p) => `${p.employerName} (${hours(p.hoursPerWeek)} uur per week)`))}`;
  const total = placements.reduce((sum, p) => sum + Math.round(p.hoursPerWeek * 10), 0) / 10;
  return placements.length === 1
    ? `Al geplaatst bij een werkgever (${hours(total)} uur per week)`
    : `Al geplaatst bij ${placements.length} werkgevers (samen ${hours(total)} uur per week)`;
}

/** A short Dutch name per factor, for column headings and lists. */
export const factorLabels: Record<Factor['factor'], string> = {
  occupation: 'Beroep', skills: 'Vaardigheden', wishes: 'Wensen', language: 'Taalniveau', ladder: 'Participatieladder', wage_value: 'Loonwaarde',
};
