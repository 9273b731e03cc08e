import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { euros } from '../../money.ts';
import { useApi } from '../../useApi.ts';
import { formatDate, formatMonth, type Decision, type List } from '../income/types.ts';
import { weeksText, type PortalIncome } from './types.ts';

/** Mijn besluiten: every final decision about the resident, with its letter. */
export function MyDecisionsPage() {
  const list = useApi<List<Decision>>('/benefit-decisions');
  const overview = useApi<PortalIncome>('/portal/income');  // the objection term valid today
  return (
    <Page title="Mijn besluiten">
      <h1 className="utrecht-heading-1">Mijn besluiten</h1>
      {overview.data && (
        <p className="utrecht-paragraph" data-testid="objection-term">
          Bent u het niet eens met een besluit? In de brief staat hoe u binnen {weeksText(overview.data.legalTerms.objectionTerm)} bezwaar maakt.
        </p>
      )}
      {list.error && <ErrorMessage error={list.error} />}
      {!list.data && !list.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {list.data && list.data.items.length === 0 && <p className="utrecht-paragraph">Er zijn nog geen besluiten over u.</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="record-list">
          {list.data.items.map((d) => (
            <li key={d.id} data-testid="my-decision" aria-labelledby={`mijn-besluit-${d.id}`}>
              <h2 className="utrecht-heading-3" id={`mijn-besluit-${d.id}`}>{d.kindLabel} — {d.decidedOn ? formatDate(d.decidedOn) : ''}</h2>
              <p className="utrecht-paragraph">
                {d.kind === 'grant' && `U krijgt bijstand vanaf ${formatDate(d.effectiveDate)}.`}
                {d.kind === 'refuse' && 'Uw aanvraag is afgewezen.'}
                {d.kind === 'change' && (d.periodMonth ? `Uw bijstand over ${formatMonth(d.periodMonth)} is opnieuw berekend.` : `Uw bijstand verandert vanaf ${formatDate(d.effectiveDate)}.`)}
                {d.kind === 'end' && `Uw bijstand stopt; ${formatDate(d.effectiveDate)} is de laatste dag.`}
                {d.kind === 'recover' && d.recoveryCents !== null && `U moet ${euros(d.recoveryCents)} terugbetalen.`}
                {d.calculation && ` Bedrag per maand: ${euros(d.calculation.payableCents)}.`}
              </p>
              <p className="utrecht-paragraph">
                <a className="utrecht-link" href={`/api/v1/benefit-decisions/${d.id}/letter.pdf`} target="_blank" rel="noreferrer">
                  Brief openen (PDF)<span className="visually-hidden"> — {d.kindLabel.toLowerCase()} van {d.decidedOn ? formatDate(d.decidedOn) : ''}</span>
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
