import PDFDocument from 'pdfkit';
import type { letterText } from './letter-text.ts';

// The decision letter as a PDF: A4, one column, real text (no images of text), tagged with headings, paragraphs and a
// table so a screen reader reads it in order, Dutch as the document language and the title shown in the window.

type Letter = ReturnType<typeof letterText>;
export interface LetterParties { municipalityName: string; residentName: string; address: string[]; reference: string }

export function renderLetter(letter: Letter, parties: LetterParties, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4', margin: 60, lang: 'nl-NL', tagged: true, displayTitle: true, pdfVersion: '1.7', compress: options.compress ?? true,
    info: { Title: letter.title, Author: `Gemeente ${parties.municipalityName}`, Subject: `${letter.kindLabel} bijstand, kenmerk ${parties.reference}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => { doc.on('end', () => resolve(Buffer.concat(chunks))); doc.on('error', reject); });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const block = (type: string, draw: () => void) => root.add(doc.struct(type, {}, draw));
  const text = (type: string, value: string, font = 'Helvetica', size = 10.5, gap = 0.4) => block(type, () => {
    doc.font(font).fontSize(size).text(value, { lineGap: 1.5 });
    doc.moveDown(gap);
  });

  text('P', `Gemeente ${parties.municipalityName}`, 'Helvetica-Bold', 14, 1);
  block('P', () => {
    doc.font('Helvetica').fontSize(10.5).text([parties.residentName, ...parties.address].join('\n'), { lineGap: 1.5 });
    doc.moveDown(1);
  });
  text('P', `Datum: ${letter.date}\nKenmerk: ${parties.reference}`, 'Helvetica', 10.5, 1);
  text('H1', letter.title, 'Helvetica-Bold', 15, 0.6);
  text('P', letter.salutation);
  for (const p of letter.decision) text('P', p);

  text('H2', 'Waarom dit besluit', 'Helvetica-Bold', 12, 0.3);
  text('P', letter.reasoning);
  text('P', `Wettelijke grondslag: ${letter.legalGround}.`);

  if (letter.table) {
    text('H2', 'Berekening', 'Helvetica-Bold', 12, 0.3);
    text('Caption', letter.table.caption, 'Helvetica-Oblique', 9.5, 0.3);
    const table = doc.struct('Table');
    root.add(table);
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const row = (cells: string[], font: string) => {
      const tr = doc.struct('TR');
      table.add(tr);
      const y = doc.y;
      const widths = [width * 0.5, width * 0.3, width * 0.2];
      let x = left;
      let bottom = y;
      cells.forEach((cell, i) => {
        tr.add(doc.struct(font === 'Helvetica-Bold' ? 'TH' : 'TD', {}, () => {
          doc.font(font).fontSize(9.5).text(cell, x, y, { width: widths[i] - 6, align: i === 2 ? 'right' : 'left' });
        }));
        bottom = Math.max(bottom, doc.y);
        x += widths[i];
      });
      tr.end();
      doc.x = left;
      doc.y = bottom + 4;
    };
    row(['Onderdeel', 'Artikel', 'Bedrag'], 'Helvetica-Bold');
    for (const r of letter.table.rows) row([r.label, r.article, r.amount], 'Helvetica');
    table.end();
    doc.moveDown(0.6);
  }

  if (letter.rightsAndDuties.length) {
    text('H2', 'Uw rechten en plichten', 'Helvetica-Bold', 12, 0.3);
    for (const p of letter.rightsAndDuties) text('P', p);
  }
  text('H2', 'Bezwaar maken', 'Helvetica-Bold', 12, 0.3);
  for (const p of letter.objection) text('P', p);
  text('P', letter.closing.join('\n'), 'Helvetica', 10.5, 0);
  root.end();
  doc.end();
  return done;
}
