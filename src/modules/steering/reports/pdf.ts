import PDFDocument from 'pdfkit';
import type { DocTable, ReportDocument } from '../../../rules/reports/document.ts';

// The council report as a PDF, the way decision letters are made (src/modules/income/decisions/letter.ts): A4, real
// text, tagged (headings, paragraphs, tables with header cells) so a screen reader reads it in order, Dutch as the
// document language, the title shown in the window. The creation date is the day passed in, so the same document on
// the same day renders to the same bytes (the published PDF is stored anyway).

export function renderReportPdf(report: ReportDocument, options: { createdOn: string; compress?: boolean; author: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4', margin: 56, lang: 'nl-NL', tagged: true, displayTitle: true, pdfVersion: '1.7', compress: options.compress ?? true,
    info: { Title: report.title, Author: options.author, Subject: 'Raadsrapportage Participatiewet', CreationDate: new Date(`${options.createdOn}T00:00:00Z`) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => { doc.on('end', () => resolve(Buffer.concat(chunks))); doc.on('error', reject); });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const text = (type: string, value: string, font = 'Helvetica', size = 10, gap = 0.4) => root.add(doc.struct(type, {}, () => {
    if (type.startsWith('H') && doc.y > bottom() - 80) doc.addPage();  // no heading alone at the foot of a page
    doc.font(font).fontSize(size).text(value, doc.page.margins.left, doc.y, { lineGap: 1.5 });
    doc.moveDown(gap);
  }));

  const table = (t: DocTable) => {
    text('Caption', t.caption, 'Helvetica-Oblique', 9, 0.2);
    const node = doc.struct('Table');
    root.add(node);
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const first = t.columns.length > 2 ? width * 0.34 : width * 0.6;
    const rest = (width - first) / Math.max(1, t.columns.length - 1);
    const row = (cells: string[], header: boolean) => {
      const font = header ? 'Helvetica-Bold' : 'Helvetica';
      doc.font(font).fontSize(8.5);
      const heights = cells.map((c, i) => doc.heightOfString(c, { width: (i === 0 ? first : rest) - 6 }));
      if (doc.y + Math.max(...heights) > bottom()) doc.addPage();
      const tr = doc.struct('TR');
      node.add(tr);
      const y = doc.y;
      let x = left;
      let low = y;
      cells.forEach((cell, i) => {
        const w = i === 0 ? first : rest;
        tr.add(doc.struct(header || i === 0 ? 'TH' : 'TD', {}, () => {
          doc.font(i === 0 && !header ? 'Helvetica-Bold' : font).fontSize(8.5).text(cell, x, y, { width: w - 6, align: i === 0 ? 'left' : 'right' });
        }));
        low = Math.max(low, doc.y);
        x += w;
      });
      tr.end();
      doc.x = left;
      doc.y = low + 3;
    };
    row(t.columns, true);
    for (const r of t.rows) row(r, false);
    if (t.totalRow) row(t.totalRow, false);
    node.end();
    doc.moveDown(0.8);
  };

  text('H1', report.title, 'Helvetica-Bold', 16, 0.5);
  for (const line of report.lines) text('P', line, 'Helvetica', 9.5, 0.2);
  doc.moveDown(0.6);
  for (const s of report.sections) {
    text('H2', s.heading, 'Helvetica-Bold', 13, 0.3);
    for (const p of s.paragraphs) text('P', p);
    for (const t of s.tables) table(t);
  }
  root.end();
  doc.end();
  return done;
}
