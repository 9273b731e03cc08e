import ExcelJS from 'exceljs';
import type { SupplyNeedView } from './routes.ts';

const shown = (n: number | null) => (n === null ? '<5' : n);

/** The supply-and-need report as a workbook: one sheet per instrument overview, one per target group, one for unserved needs. */
export async function supplyNeedWorkbook(view: SupplyNeedView): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Meedoen';
  const overview = book.addWorksheet('Aanbod en behoefte');
  overview.columns = [
    { header: 'Instrument', key: 'name', width: 34 }, { header: 'Plaatsen per jaar', key: 'placesPerYear', width: 16 },
    { header: 'In gebruik', key: 'inUse', width: 12 }, { header: 'Wachtend', key: 'waiting', width: 12 }, { header: 'Vrij', key: 'free', width: 10 },
    { header: 'Kortste wachttijd (dagen)', key: 'wait', width: 22 }, { header: 'Behoefte (inwoners)', key: 'need', width: 18 },
    { header: 'Knelpunten', key: 'mismatches', width: 80 },
  ];
  for (const i of view.instruments) {
    overview.addRow({
      name: i.name, placesPerYear: i.placesPerYear, inUse: shown(i.inUse), waiting: shown(i.waiting), free: i.free,
      wait: i.shortestWaitDays ?? '', need: shown(i.need), mismatches: i.mismatches.join(' '),
    });
  }
  overview.getRow(1).font = { bold: true };
  overview.views = [{ state: 'frozen', ySplit: 1 }];

  const byGroup = book.addWorksheet('Behoefte per doelgroep');
  byGroup.columns = [{ header: 'Instrument', key: 'name', width: 34 }, { header: 'Doelgroep', key: 'group', width: 34 }, { header: 'Inwoners', key: 'n', width: 12 }];
  for (const i of view.instruments) for (const g of i.needByTargetGroup) byGroup.addRow({ name: i.name, group: g.label, n: shown(g.residents) });
  byGroup.getRow(1).font = { bold: true };

  const unserved = book.addWorksheet('Behoefte zonder aanbod');
  unserved.columns = [{ header: 'Behoefte', key: 'label', width: 34 }, { header: 'Inwoners', key: 'n', width: 12 }];
  for (const u of view.unservedNeeds) unserved.addRow({ label: u.label, n: shown(u.residents) });
  unserved.getRow(1).font = { bold: true };

  const about = book.addWorksheet('Toelichting');
  about.addRows([
    ['Jaar', view.year], ['Wachttijdgrens (dagen)', view.maxWaitDays],
    ['Behoefte', 'Inwoners met een open belemmering of een open doel in het plan van aanpak met een behoefte die het instrument dient, die het instrument nog niet volgen of ervoor wachten.'],
    ['Plaatsen per jaar', 'Capaciteit van het aanbod dat in het jaar actief is, omgerekend naar een jaar (per maand × 12, per kwartaal × 4).'],
    ...(view.suppressedBelow ? [['Afscherming', `Aantallen van 1 tot ${view.suppressedBelow} zijn weergegeven als <${view.suppressedBelow}.`]] : []),
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
