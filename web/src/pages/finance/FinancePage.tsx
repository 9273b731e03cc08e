import { useState } from 'react';
import { today } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { euros } from '../../money.ts';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { FigureForm, ReserveForm } from './FinanceForms.tsx';
import { streamOrder, streamShort, type FinanceTable, type FinanceYear } from './types.ts';

const Amount = ({ cents }: { cents: number }) => <span className={cents < 0 ? 'amount-negative' : undefined}>{euros(cents)}</span>;
const th = (text: string) => <th key={text} className="utrecht-table__header-cell" scope="col">{text}</th>;
const td = (key: string, cents: number, extra?: string) => (
  <td key={key} className="utrecht-table__cell numeric"><Amount cents={cents} />{extra && <span className="muted-text"> {extra}</span>}</td>
);

/** Financiën sociaal domein: the streams per year, the balance, the reserve with the SW fence, the XLSX download. */
export function FinancePage() {
  const { user } = useSession();
  const thisYear = Number(today().slice(0, 4));
  const [range, setRange] = useState<{ from: number; to: number } | null>(null);
  const query = range ? `?from=${range.from}&to=${range.to}` : '';
  const { data, error, reload } = useApi<FinanceTable>(`/finance${query}`);
  const years = Array.from({ length: thisYear + 6 - 2015 }, (_, k) => 2015 + k);
  const shown = range ?? (data ? { from: data.from, to: data.to } : null);
  const canEdit = user?.role === 'policy_analyst';

  return (
    <Page title="Financiën">
      <h1 className="utrecht-heading-1">Financiën sociaal domein</h1>
      <p className="utrecht-paragraph">
        Inkomsten en uitgaven per stroom: uitkeringen (BUIG), re-integratie (participatiebudget) en sociale werkvoorziening (Wsw).
        Per stroom tellen de gerealiseerde cijfers zodra die zijn ingevoerd, anders de begroting.
      </p>
      {shown && (
        <form className="filters" aria-label="Jaren kiezen" onSubmit={(e) => e.preventDefault()}>
          {(['from', 'to'] as const).map((key) => (
            <div className="utrecht-form-field" key={key}>
              <label className="utrecht-form-label" htmlFor={`fin-${key}`}>{key === 'from' ? 'Van' : 'Tot en met'}</label>
              <select id={`fin-${key}`} className="utrecht-select" value={shown[key]}
                onChange={(e) => setRange({ ...shown, [key]: Number(e.target.value) })}>
                {years.map((y) => <option key={y} value={y}>{y}</option>)}
              </select>
            </div>
          ))}
          <a className="utrecht-button utrecht-button--secondary-action download-link" href={`/api/v1/finance/export.xlsx${query}`} download>
            Download als Excel (XLSX)
          </a>
        </form>
      )}
      {error && <ErrorMessage error={error} />}
      {!data && !error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {data && (
        <>
          {data.warning && <div className="utrecht-alert utrecht-alert--warning" role="alert"><p className="utrecht-paragraph">{data.warning}</p></div>}
          <StreamsTable data={data} />
          <ReserveTable data={data} />
          {canEdit && <FigureForm initialYear={Math.min(Math.max(data.to, thisYear), 2100)} onSaved={reload} />}
          {canEdit && <ReserveForm setting={data.reserve} onSaved={reload} />}
        </>
      )}
    </Page>
  );
}

function StreamsTable({ data }: { data: FinanceTable }) {
  const notices = data.years.flatMap((y) => y.notices);
  const meedoen = data.years.flatMap((y) => y.streams.filter((c) => c.meedoen).map((c) => ({ year: y.year, cell: c })));
  return (
    <section aria-labelledby="fin-stromen">
      <h2 className="utrecht-heading-2" id="fin-stromen">Inkomsten, uitgaven en saldo</h2>
      <div className="table-scroll">
        <table className="utrecht-table" data-testid="finance-table">
          <caption className="visually-hidden">Inkomsten en uitgaven per stroom en saldo, {data.from}–{data.to}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {th('Jaar')}{th('Basis')}
              {streamOrder.map((s) => th(`Inkomsten ${streamShort[s]}`))}
              {streamOrder.map((s) => th(`Uitgaven ${streamShort[s]}`))}
              {th('Saldo')}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {data.years.map((y) => (
              <tr key={y.year} className="utrecht-table__row" data-year={y.year}>
                <th className="utrecht-table__header-cell" scope="row">{y.year}</th>
                <td className="utrecht-table__cell">{y.basisLabel}</td>
                {y.streams.map((c) => td(`in-${c.stream}`, c.incomeCents))}
                {y.streams.map((c) => td(`out-${c.stream}`, c.expenditureCents, c.expenditureFrom === 'meedoen' ? '(uit Meedoen)' : undefined))}
                <td className="utrecht-table__cell numeric" data-testid={`saldo-${y.year}`}><strong><Amount cents={y.balanceCents} /></strong></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notices.length > 0 && <ul className="utrecht-unordered-list">{notices.map((n) => <li key={n}>{n}</li>)}</ul>}
      {meedoen.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">Gerealiseerd volgens Meedoen</h3>
          <ul className="utrecht-unordered-list">
            {meedoen.map(({ year, cell }) => (
              <li key={`${year}-${cell.stream}`}>{year}, {cell.label}: {euros(cell.meedoen!.expenditureCents)} uitgegeven. <span className="muted-text">{cell.meedoen!.source}.</span></li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ReserveTable({ data }: { data: FinanceTable }) {
  const lines = data.years.filter((y): y is FinanceYear & { reserve: NonNullable<FinanceYear['reserve']> } => y.reserve !== null);
  const r = data.reserve;
  return (
    <section aria-labelledby="fin-reserve">
      <h2 className="utrecht-heading-2" id="fin-reserve">Reserve sociaal domein en het hekje om de SW</h2>
      <p className="utrecht-paragraph">
        {r.set ? <>Beginstand {euros(r.openingBalanceCents ?? 0)} op 1 januari {r.openingYear} <span className="muted-text">(bron: {r.source})</span>. </> : 'Er is nog geen beginstand van de reserve vastgelegd. '}
        Overschotten gaan terug naar de reserve, tekorten komen eruit. Een tekort op de SW wordt eerst uit de reserve gedekt en daarna uit de algemene middelen.
      </p>
      {lines.length > 0 && (
        <div className="table-scroll">
          <table className="utrecht-table" data-testid="reserve-table">
            <caption className="visually-hidden">Verloop van de reserve sociaal domein en dekking van het SW-tekort</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {['Jaar', 'Beginstand', 'Overschot terug', 'Tekort', 'Uit de reserve', 'Uit algemene middelen', 'Eindstand', 'Tekort SW', 'SW uit de reserve', 'SW uit algemene middelen'].map(th)}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {lines.map(({ year, reserve: l }) => (
                <tr key={year} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="row">{year}{l.exhausted && <span className="badge badge--warn"> reserve op</span>}</th>
                  {td('opening', l.openingCents)}{td('returned', l.returnedCents)}{td('deficit', l.deficitCents)}{td('fromReserve', l.fromReserveCents)}
                  {td('general', l.fromGeneralFundsCents)}{td('closing', l.closingCents)}
                  {td('swDeficit', l.shelteredFence.deficitCents)}{td('swReserve', l.shelteredFence.fromReserveCents)}{td('swGeneral', l.shelteredFence.fromGeneralFundsCents)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {lines.filter((y) => y.warning).map((y) => <p key={y.year} className="utrecht-paragraph notice">{y.warning}</p>)}
    </section>
  );
}
