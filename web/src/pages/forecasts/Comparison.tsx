import { euros } from '../../money.ts';
import { LineChart } from './LineChart.tsx';
import { ReserveTable } from './ReserveTable.tsx';
import { decimal, monthLabel, type Comparison as Data } from './types.ts';

const short = (m: string) => `${monthLabel(m).slice(0, 3)} ${m.slice(0, 4)}`;
const cell = (key: string, text: string) => <td key={key} className="utrecht-table__cell numeric">{text}</td>;
const orDash = <T,>(v: T | null, show: (v: T) => string) => (v === null ? '–' : show(v));

/** Scenarios side by side: the caseload as a chart and as a table, and the budget per year, scenarios as columns. */
export function Comparison({ data }: { data: Data }) {
  const names = data.scenarios.map((s) => s.name);
  const first = data.months[0].month;
  const last = data.months.at(-1)!.month;
  const description = `Aantal uitkeringen aan het eind van elke maand, van ${monthLabel(first)} tot ${monthLabel(last)}. `
    + data.scenarios.map((s) => `${s.name}: van ${s.months[0].caseload} in ${monthLabel(s.months[0].month)} naar ${s.endCaseload} in ${monthLabel(s.endMonth)}.`).join(' ')
    + ' De tabel onder de grafiek bevat dezelfde cijfers.';
  const header = (first: string) => (
    <tr className="utrecht-table__row">
      <th className="utrecht-table__header-cell" scope="col">{first}</th>
      {names.map((n) => <th key={n} className="utrecht-table__header-cell" scope="col">{n}</th>)}
    </tr>
  );
  const budgetRows: { label: string; pick: (y: Data['years'][number]) => (number | null)[]; show: (v: number) => string }[] = [
    { label: 'gemiddeld aantal uitkeringen', pick: (y) => y.averageCaseload, show: decimal },
    { label: 'aantal aan het eind', pick: (y) => y.endCaseload, show: String },
    { label: 'kosten uitkeringen', pick: (y) => y.benefitCostCents, show: euros },
    { label: 'kosten beschut werk', pick: (y) => y.shelteredCostCents, show: euros },
    { label: 'totaal', pick: (y) => y.totalCents, show: euros },
  ];
  return (
    <section aria-labelledby="vergelijking">
      <h2 className="utrecht-heading-2" id="vergelijking">Vergelijking: {names.join(', ')}</h2>
      <LineChart id="prognose-grafiek" title={`Prognose aantal uitkeringen: ${names.join(', ')}`} description={description}
        labels={data.months.map((m) => m.month)} series={data.scenarios.map((s, k) => ({ name: s.name, values: data.months.map((m) => m.caseload[k]) }))} tickLabel={short} />

      <h3 className="utrecht-heading-3" id="begroting-per-jaar">Gevolgen voor de begroting per jaar</h3>
      <div className="table-scroll">
        <table className="utrecht-table" aria-labelledby="begroting-per-jaar" data-testid="comparison-budget">
          <thead className="utrecht-table__header">{header('Jaar')}</thead>
          <tbody className="utrecht-table__body">
            {data.years.flatMap((y) => budgetRows.map((r) => (
              <tr key={`${y.year}-${r.label}`} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">{y.year}: {r.label}</th>
                {r.pick(y).map((v, k) => cell(String(k), orDash(v, r.show)))}
              </tr>
            )))}
          </tbody>
        </table>
      </div>
      {data.scenarios.flatMap((s) => s.notices.map((n) => <p key={`${s.id}-${n}`} className="utrecht-paragraph notice">{s.name}: {n}</p>))}

      <ReserveTable data={data} />

      <h3 className="utrecht-heading-3" id="uitkeringen-per-maand">Aantal uitkeringen per maand (dezelfde cijfers als de grafiek)</h3>
      <div className="table-scroll">
        <table className="utrecht-table" aria-labelledby="uitkeringen-per-maand" data-testid="comparison-months">
          <thead className="utrecht-table__header">{header('Maand')}</thead>
          <tbody className="utrecht-table__body">
            {data.months.map((m) => (
              <tr key={m.month} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">{monthLabel(m.month)}</th>
                {m.caseload.map((v, k) => cell(String(k), orDash(v, String)))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
