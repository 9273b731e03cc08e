import { euros } from '../../money.ts';
import type { Comparison } from './types.ts';

const orDash = (v: number | null) => (v === null ? '–' : euros(v));

/**
 * The scenarios against the entered budget and through the reserve sociaal domein, one column per scenario: per year
 * the budgeted income, the expected expenditure, the balance, the reserve at the end of the year and the warning.
 */
export function ReserveTable({ data }: { data: Comparison }) {
  const names = data.scenarios.map((s) => s.name);
  const rows: { label: string; pick: (y: Comparison['years'][number]) => (number | null)[] }[] = [
    { label: 'begrote inkomsten', pick: (y) => y.incomeCents },
    { label: 'verwachte uitgaven', pick: (y) => y.expenditureCents },
    { label: 'saldo', pick: (y) => y.balanceCents },
    { label: 'reserve eind jaar', pick: (y) => y.reserveClosingCents },
  ];
  const warnings = data.scenarios.filter((s) => s.budget.warning);
  return (
    <>
      <h3 className="utrecht-heading-3" id="begroting-en-reserve">Begroting en reserve sociaal domein</h3>
      <p className="utrecht-paragraph">
        Uitkeringen volgens het scenario, beschut werk met de groei van de taakstelling, re-integratie zoals begroot; het saldo gaat naar
        of komt uit de reserve sociaal domein (het tekort op de SW eerst).
      </p>
      {warnings.map((s) => (
        <div key={s.id} className="utrecht-alert utrecht-alert--warning" role="alert"><p className="utrecht-paragraph">{s.name}: {s.budget.warning}</p></div>
      ))}
      <div className="table-scroll">
        <table className="utrecht-table" aria-labelledby="begroting-en-reserve" data-testid="comparison-reserve">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Jaar</th>
              {names.map((n) => <th key={n} className="utrecht-table__header-cell" scope="col">{n}</th>)}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {data.years.flatMap((y) => [
              ...rows.map((r) => (
                <tr key={`${y.year}-${r.label}`} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="row">{y.year}: {r.label}</th>
                  {r.pick(y).map((v, k) => <td key={k} className="utrecht-table__cell numeric">{orDash(v)}</td>)}
                </tr>
              )),
              <tr key={`${y.year}-warning`} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">{y.year}: waarschuwing</th>
                {y.warning.map((w, k) => <td key={k} className="utrecht-table__cell">{w ?? 'geen'}</td>)}
              </tr>,
            ])}
          </tbody>
        </table>
      </div>
      {data.scenarios.flatMap((s) => s.budget.notices.map((n) => <p key={`${s.id}-${n}`} className="utrecht-paragraph notice">{s.name}: {n}</p>))}
    </>
  );
}
