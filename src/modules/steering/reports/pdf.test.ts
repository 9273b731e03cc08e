import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../rules/reports/document.ts';
import { renderReportPdf } from './pdf.ts';

const doc: ReportDocument = {
  title: 'Kwartaalrapportage Participatiewet derde kwartaal 2026 – Gemeente Voorbeeld', lines: ['Gemeente Voorbeeld'],
  sections: [{ heading: 'Toelichting', paragraphs: ['Tekst.'], tables: [{ caption: 'Tabel', columns: ['Trede', 'Aantal'], rows: Array.from({ length: 80 }, (_, i) => [`Rij ${i}`, '<5']), totalRow: ['Totaal', 'x'] }] }],
};

describe('the council report PDF', () => {
  it('renders the same document on the same day to the same bytes, across pages; another day differs', async () => {
    const a = await renderReportPdf(doc, { createdOn: '2026-10-05', author: 'Gemeente Voorbeeld' });
    const b = await renderReportPdf(doc, { createdOn: '2026-10-05', author: 'Gemeente Voorbeeld' });
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.compare(a, b)).toBe(0);
    expect((a.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(1);
    const c = await renderReportPdf(doc, { createdOn: '2026-10-06', author: 'Gemeente Voorbeeld' });
    expect(Buffer.compare(a, c)).not.toBe(0);
  });

  it('is tagged, in Dutch, with its title', async () => {
    const raw = (await renderReportPdf(doc, { createdOn: '2026-10-05', author: 'Gemeente Voorbeeld', compress: false })).toString('latin1');
    expect(raw).toContain('/Lang (nl-NL)');
    expect(raw).toContain('/MarkInfo');
    expect(raw).toContain('/DisplayDocTitle true');
  });
});
