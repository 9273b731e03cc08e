import ExcelJS from 'exceljs';
import { streams, streamShortLabels } from '../../../rules/finance/streams.ts';
import { euros } from '../../../rules/trajectory.ts';
import type { FinanceTableView } from './schema.ts';

// The finance table as a workbook for the council: amounts in euros (two decimals), as the web page shows them.
const money = '"€" #,##0.00;[Red]-"€" #,##0.00';
const eur = (cents: number) => cents / 100;

export async function financeWorkbook(view: FinanceTableView, municipalityName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Meedoen';

  const table = book.addWorksheet('Financiën');
  table.columns = [
    { header: 'Jaar', key: 'year', width: 8 }, { header: 'Basis', key: 'basis', width: 30 },
    ...streams.map((s) => ({ header: `Inkomsten ${streamShortLabels[s]}`, key: `in_${s}`, width: 20, style: { numFmt: money } })),
    ...streams.map((s) => ({ header: `Uitgaven ${streamShortLabels[s]}`, key: `out_${s}`, width: 20, style: { numFmt: money } })),
    { header: 'Saldo', key: 'balance', width: 18, style: { numFmt: money } },
  ];
  for (const y of view.years) {
    const row: Record<string, string | number> = { year: y.year, basis: y.basisLabel, balance: eur(y.balanceCents) };
    for (const c of y.streams) { row[`in_${c.stream}`] = eur(c.incomeCents); row[`out_${c.stream}`] = eur(c.expenditureCents); }
    table.addRow(row);
  }
  table.getRow(1).font = { bold: true };
  table.views = [{ state: 'frozen', ySplit: 1 }];

  const reserve = book.addWorksheet('Reserve sociaal domein');
  reserve.columns = [
    { header: 'Jaar', key: 'year', width: 8 }, { header: 'Beginstand', key: 'opening', width: 16 },
    { header: 'Overschot terug', key: 'returned', width: 16 }, { header: 'Tekort', key: 'deficit', width: 16 },
    { header: 'Uit de reserve', key: 'fromReserve', width: 16 }, { header: 'Uit algemene middelen', key: 'general', width: 20 },
    { header: 'Eindstand', key: 'closing', width: 16 }, { header: 'Tekort SW', key: 'swDeficit', width: 16 },
    { header: 'SW uit de reserve', key: 'swReserve', width: 18 }, { header: 'SW uit algemene middelen', key: 'swGeneral', width: 22 },
    { header: 'Waarschuwing', key: 'warning', width: 80 },
  ];
  for (const key of ['opening', 'returned', 'deficit', 'fromReserve', 'general', 'closing', 'swDeficit', 'swReserve', 'swGeneral']) reserve.getColumn(key).numFmt = money;
  for (const y of view.years) {
    const r = y.reserve;
    if (!r) continue;
    reserve.addRow({
      year: y.year, opening: eur(r.openingCents), returned: eur(r.returnedCents), deficit: eur(r.deficitCents), fromReserve: eur(r.fromReserveCents),
      general: eur(r.fromGeneralFundsCents), closing: eur(r.closingCents), swDeficit: eur(r.shelteredFence.deficitCents),
      swReserve: eur(r.shelteredFence.fromReserveCents), swGeneral: eur(r.shelteredFence.fromGeneralFundsCents), warning: y.warning ?? '',
    });
  }
  reserve.getRow(1).font = { bold: true };

  const about = book.addWorksheet('Toelichting');
  about.columns = [{ width: 28 }, { width: 110 }];
  about.addRows([
    ['Gemeente', municipalityName], ['Jaren', `${view.from}–${view.to}`],
    ['Saldo', 'Inkomsten min uitgaven van de drie stromen. Per stroom tellen de gerealiseerde cijfers (jaarrekening) zodra die zijn ingevoerd, anders de begroting.'],
    ['Reserve sociaal domein', view.reserve.set
      ? `Beginstand ${euros(view.reserve.openingBalanceCents ?? 0)} op 1 januari ${view.reserve.openingYear} (bron: ${view.reserve.source}). Overschotten gaan terug naar de reserve, tekorten komen eruit; wat de reserve niet dekt komt uit de algemene middelen.`
      : 'Er is nog geen beginstand vastgelegd.'],
    ['Hekje om de SW', 'Een tekort op de sociale werkvoorziening wordt eerst uit de reserve gedekt en daarna uit de algemene middelen.'],
  ]);
  for (const y of view.years) {
    for (const c of y.streams) {
      const sources = [c.budget && `begroting: ${c.budget.source}`, c.realised && `realisatie: ${c.realised.source}`, c.meedoen && c.meedoen.source].filter(Boolean);
      if (sources.length) about.addRow([`Bron ${y.year} ${streamShortLabels[c.stream]}`, sources.join('; ')]);
    }
    for (const n of y.notices) about.addRow([`Let op ${y.year}`, n]);
  }
  about.getColumn(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}
