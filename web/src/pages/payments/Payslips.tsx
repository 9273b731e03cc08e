import { Link, useParams } from 'react-router';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { euros } from '../../money.ts';
import { useApi } from '../../useApi.ts';
import { formatDate, type List, type Payslip, type PayslipSummary } from './types.ts';

/** Portal: the resident's own payslips (betaalspecificaties), newest first. */
export function MyPayslipsPage() {
  const { data, error } = useApi<List<PayslipSummary>>('/payslips');
  return (
    <Page title="Mijn betalingen">
      <h1 className="utrecht-heading-1">Mijn betalingen</h1>
      <p className="utrecht-paragraph">Per maand wat de gemeente u heeft betaald, met de berekening en de wetsartikelen erbij.</p>
      {error && <ErrorMessage error={error} />}
      {!data && !error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {data && data.items.length === 0 && <p className="utrecht-paragraph">Er zijn nog geen betalingen.</p>}
      {data && data.items.length > 0 && (
        <div className="table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Uw betalingen, nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Maand</th>
                <th scope="col" className="utrecht-table__header-cell">Soort</th>
                <th scope="col" className="utrecht-table__header-cell">Betaald op</th>
                <th scope="col" className="utrecht-table__header-cell numeric">Bedrag</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.items.map((p) => (
                <tr key={p.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell"><Link className="utrecht-link" to={`/inkomen/betalingen/specificatie/${p.id}`}>{p.monthLabel}</Link></td>
                  <td className="utrecht-table__cell">{p.kindLabel}</td>
                  <td className="utrecht-table__cell">{formatDate(p.payDate)}</td>
                  <td className="utrecht-table__cell numeric">{euros(p.amountCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}

/** One payslip: every line with its article, the table version, and whether the month's income report was used. */
export function PayslipPage() {
  const { paymentId } = useParams();
  const { data: p, error } = useApi<Payslip>(`/payslips/${paymentId}`);
  const title = p ? `Betaalspecificatie ${p.kindLabel.toLowerCase()} ${p.monthLabel}` : 'Betaalspecificatie';
  return (
    <Page title={title}>
      <p className="utrecht-paragraph"><Link className="utrecht-link" to="/inkomen/betalingen">← Betalingen</Link></p>
      <h1 className="utrecht-heading-1">{title}</h1>
      {error && <ErrorMessage error={error} />}
      {!p && !error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {p && (
        <>
          <dl className="facts">
            <dt>Voor</dt><dd>{p.resident.fullName}</dd>
            <dt>Bedrag</dt><dd data-testid="payslip-amount">{euros(p.amountCents)}</dd>
            <dt>{p.paid ? 'Betaald op' : 'Geplande betaaldatum'}</dt><dd>{formatDate(p.payDate)}</dd>
            <dt>Rekening</dt><dd>{p.iban} ten name van {p.accountHolder}</dd>
            <dt>Kenmerk</dt><dd>{p.endToEndId}</dd>
            <dt>Berekend met</dt><dd>{p.basisLabel}</dd>
            <dt>Normtabel</dt><dd data-testid="payslip-table">{p.table.id} (geldig vanaf {formatDate(p.table.validFrom)})</dd>
          </dl>
          <div className="table-scroll">
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">De berekening, regel voor regel</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Omschrijving</th>
                  <th scope="col" className="utrecht-table__header-cell">Wetsartikel</th>
                  <th scope="col" className="utrecht-table__header-cell numeric">Bedrag</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {p.lines.map((l, i) => (
                  <tr key={`${l.code}-${i}`} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{l.label}</td>
                    <td className="utrecht-table__cell">{l.article}</td>
                    <td className="utrecht-table__cell numeric">{euros(l.amountCents)}</td>
                  </tr>
                ))}
                <tr className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">Uitbetaald</th>
                  <td className="utrecht-table__cell" />
                  <td className="utrecht-table__cell numeric"><strong>{euros(p.amountCents)}</strong></td>
                </tr>
              </tbody>
            </table>
          </div>
          <p className="utrecht-paragraph source-note">Bron van de normtabel: {p.table.source}</p>
        </>
      )}
    </Page>
  );
}
