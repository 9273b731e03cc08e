import type { Figure } from '../../../rules/dashboards/figures.ts';

// A figure as CSV the way Dutch spreadsheets open it: UTF-8 with BOM, semicolons, decimal commas, CRLF. The cells
// are what the table shows, so a suppressed count stays "<5" or "x" in the file too.

const field = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

export function figureCsv(figure: Figure): string {
  const lines = [[figure.dimension, ...figure.series.map((s) => s.label)]];
  for (const r of [...figure.rows, ...(figure.total ? [figure.total] : [])]) lines.push([r.label, ...r.cells.map((c) => c.display)]);
  if (figure.reference) lines.push([`${figure.reference.label} (referentie)`, ...figure.series.map((s) => (s.key === figure.chartSeries[0] ? figure.reference!.display : ''))]);
  return `\uFEFF${lines.map((l) => l.map(field).join(';')).join('\r\n')}\r\n`;
}
