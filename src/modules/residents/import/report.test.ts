import { describe, expect, it } from 'vitest';
import { formatImportReport } from './report.ts';
import type { ImportReport } from './schema.ts';

const report = (over: Partial<ImportReport>): ImportReport => ({
  dryRun: true, status: 'in_orde', statusLabel: '', municipality: { code: 'voorbeeld', name: 'Voorbeeld' }, rows: 6, created: 6, unchanged: 0,
  rowsWithProblems: 0, householdsCreated: 5, targetGroupsCreated: 9, ladderMeasurementsCreated: 5, problems: [], ...over,
});

describe('import report as text', () => {
  it('shows the counts and what to do next', () => {
    const text = formatImportReport(report({}), { fileName: 'inwoners.csv' });
    expect(text).toContain('Proefimport (er is niets opgeslagen) voor gemeente Voorbeeld (voorbeeld) uit inwoners.csv');
    expect(text).toMatch(/nieuw en zonder fouten\s+6/);
    expect(text).toMatch(/huishoudens\s+5/);
    expect(text).toContain('Resultaat: in orde.');
  });

  it('lists every problem as a table of row, column and message', () => {
    const text = formatImportReport(report({
      dryRun: false, status: 'geweigerd', created: 0, rowsWithProblems: 2,
      problems: [
        { row: 3, column: 'bsn', message: 'BSN is ongeldig: het voldoet niet aan de elfproef. Controleer het op een tikfout.' },
        { row: 12, column: 'contactpersoon', message: 'Contactpersoon is niet ingevuld.' },
        { row: 1, column: null, message: 'Kolom 4 heeft geen naam in de kopregel.' },
      ],
    }), { width: 80 });
    const lines = text.split('\n');
    expect(lines).toContain('Meldingen (3):');
    expect(lines).toContain('  Rij  Kolom           Melding');
    expect(lines.find((l) => l.startsWith('    3  bsn '))).toContain('BSN is ongeldig');
    expect(lines).toContain('   12  contactpersoon  Contactpersoon is niet ingevuld.');
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    expect(text).toContain('Resultaat: GEWEIGERD. Er zijn fouten gevonden en er is niets opgeslagen.');
  });
});
