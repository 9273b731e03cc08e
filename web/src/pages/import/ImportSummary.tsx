import type { ImportReport } from './importApi.ts';

const n = (value: number) => value.toLocaleString('nl-NL');

/** The counts of a dry run or an import, as a data list. */
export function ImportSummary({ report }: { report: ImportReport }) {
  const items: [string, number][] = [
    ['Rijen met een inwoner', report.rows],
    [report.dryRun ? 'Nieuwe inwoners zonder fouten' : 'Aangemaakte inwoners', report.created],
    ['Ongewijzigd (BSN al bekend bij dezelfde persoon)', report.unchanged],
    ['Rijen met een fout', report.rowsWithProblems],
  ];
  if (report.created > 0) {
    items.push(['Huishoudens', report.householdsCreated], ['Doelgroepen', report.targetGroupsCreated], ['Laddermetingen', report.ladderMeasurementsCreated]);
  }
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {items.map(([label, value]) => (
        <div className="utrecht-data-list__item" key={label}>
          <dt className="utrecht-data-list__item-key">{label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{n(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
