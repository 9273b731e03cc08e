import { dutchDate, placesText, type MatchOpportunity } from './types.ts';

function requirements(o: MatchOpportunity): string {
  const parts = [
    o.languageLevel && `Nederlands ${o.languageLevel}`,
    o.drivingLicence && `rijbewijs ${o.drivingLicence}`,
    o.minLadderStep && `vanaf trede ${o.minLadderStep}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'Geen';
}

/** The facts of an opportunity that matching uses. */
export function OpportunitySummary({ o }: { o: MatchOpportunity }) {
  return (
    <dl className="facts">
      <dt>Werkgever</dt><dd>{o.employerName} (gemeente {o.municipality.name})</dd>
      <dt>Soort</dt><dd>{o.kindLabel}</dd>
      <dt>Beroep</dt><dd>{o.occupation.label}</dd>
      <dt>Vaardigheden</dt><dd>{o.requiredSkills.map((s) => s.label).join(', ') || '—'}</dd>
      <dt>Werkplek</dt><dd>{o.postcode.slice(0, 4)} {o.postcode.slice(4)}{o.place ? ` (${o.place})` : ''}</dd>
      <dt>Uren per week</dt><dd>{o.hoursPerWeek}</dd>
      <dt>Start</dt><dd>{dutchDate(o.startDate)}</dd>
      <dt>Plaatsen</dt><dd data-testid="places-open">{placesText(o)}</dd>
      <dt>Eisen</dt><dd>{requirements(o)}</dd>
    </dl>
  );
}
