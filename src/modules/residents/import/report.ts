import type { ImportReport } from './schema.ts';

// The import report as plain text: what `meedoen import residents` prints.

const count = (n: number) => new Intl.NumberFormat('nl-NL').format(n);

/** Wraps a message to a width, continuing lines under the message column. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export function formatImportReport(report: ImportReport, options: { fileName?: string; width?: number } = {}): string {
  const out: string[] = [];
  const m = report.municipality;
  const kind = report.dryRun ? 'Proefimport (er is niets opgeslagen)' : 'Import';
  out.push(`${kind} voor gemeente ${m.name} (${m.code})${options.fileName ? ` uit ${options.fileName}` : ''}`);
  out.push('');
  const createdLabel = report.dryRun ? 'nieuw en zonder fouten' : 'aangemaakt';
  const rows: [string, number][] = [
    ['rijen met een inwoner', report.rows],
    [createdLabel, report.created],
    ['ongewijzigd (BSN al bekend)', report.unchanged],
    ['rijen met een fout', report.rowsWithProblems],
    ['meldingen', report.problems.length],
  ];
  if (report.created > 0) {
    rows.push(['  huishoudens', report.householdsCreated], ['  doelgroepen', report.targetGroupsCreated], ['  laddermetingen', report.ladderMeasurementsCreated]);
  }
  const labelWidth = Math.max(...rows.map(([l]) => l.length));
  for (const [label, n] of rows) out.push(`  ${label.padEnd(labelWidth)}  ${count(n).padStart(7)}`);
  out.push('');

  if (report.problems.length > 0) {
    const rowWidth = Math.max(3, ...report.problems.map((p) => String(p.row).length));
    const colWidth = Math.max(5, ...report.problems.map((p) => (p.column ?? '').length));
    const messageWidth = Math.max(30, (options.width ?? 110) - rowWidth - colWidth - 6);
    out.push(`Meldingen (${count(report.problems.length)}):`);
    out.push(`  ${'Rij'.padStart(rowWidth)}  ${'Kolom'.padEnd(colWidth)}  Melding`);
    out.push(`  ${'-'.repeat(rowWidth)}  ${'-'.repeat(colWidth)}  ${'-'.repeat(Math.min(messageWidth, 40))}`);
    for (const p of report.problems) {
      const [first, ...rest] = wrap(p.message, messageWidth);
      out.push(`  ${String(p.row).padStart(rowWidth)}  ${(p.column ?? '').padEnd(colWidth)}  ${first}`);
      for (const line of rest) out.push(`  ${' '.repeat(rowWidth)}  ${' '.repeat(colWidth)}  ${line}`);
    }
    out.push('');
  }

  const advice: Record<ImportReport['status'], string> = {
    in_orde: 'Resultaat: in orde. Importeer definitief door dezelfde opdracht zonder --dry-run te geven.',
    fouten_gevonden: 'Resultaat: fouten gevonden. Los de meldingen op in het bestand en controleer opnieuw.',
    geimporteerd: report.created > 0
      ? `Resultaat: geïmporteerd, ${count(report.created)} ${report.created === 1 ? 'inwoner' : 'inwoners'} aangemaakt.`
      : 'Resultaat: geïmporteerd; alle inwoners stonden er al, er is niets aangemaakt.',
    geweigerd: 'Resultaat: GEWEIGERD. Er zijn fouten gevonden en er is niets opgeslagen. Los de meldingen op en probeer opnieuw.',
  };
  out.push(...wrap(advice[report.status], options.width ?? 110));
  return `${out.join('\n')}\n`;
}
