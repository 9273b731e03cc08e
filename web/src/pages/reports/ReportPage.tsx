import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api.ts';
import { Feedback, useSubmit } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { euros } from '../../money.ts';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import '../dashboards/dashboard.css';
import { ReportFigures } from './ReportFigures.tsx';
import { dutchDate, goalMeasures, targetGroups, type Report } from './types.ts';

const monthText = (m: string) => new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-15T00:00:00Z`));

/** One council report as a web page: the text, the plan's choices, every figure; publish and download the PDF. */
export function ReportPage() {
  const { id } = useParams();
  const { user } = useSession();
  const { data: r, error, reload } = useApi<Report>(`/council-reports/${id}`);
  if (error) return <Page title="Raadsrapportage"><ErrorMessage error={error} /></Page>;
  if (!r) return <Page title="Raadsrapportage"><p className="utrecht-paragraph" role="status">Laden…</p></Page>;
  const canWrite = user?.role === 'policy_analyst' && r.status === 'draft';
  const f = r.figures;
  return (
    <Page title={r.title}>
      <p className="utrecht-paragraph"><Link className="utrecht-link" to="/raadsrapportages">Alle raadsrapportages</Link></p>
      <h1 className="utrecht-heading-1">{r.title}</h1>
      <p className="utrecht-paragraph">
        <span className="badge badge--status">{r.statusLabel}</span>{' '}
        Gemeente {r.municipalityName}.{' '}
        {r.publishedAt ? <>Gepubliceerd op {dutchDate(r.publishedAt)}{r.publishedBy ? ` door ${r.publishedBy}` : ''}; de cijfers liggen vast.</> : 'Concept: de cijfers worden bijgewerkt tot de rapportage is gepubliceerd.'}
      </p>
      {r.correctionReason && <p className="utrecht-paragraph notice">Herziene versie {r.edition}: {r.correctionReason}</p>}
      <p className="utrecht-paragraph">
        Stand op {dutchDate(f.day)}; in- en uitstroom, trajecten en plaatsingen over {monthText(f.months.from)} tot en met {monthText(f.months.to)}.
        {f.suppressedBelow !== null && <> Alleen aantallen, nooit personen: aantallen onder {f.suppressedBelow} staan er als “&lt;{f.suppressedBelow}”, “x” is afgeschermd.</>}
      </p>
      <div className="button-row">
        <a className="utrecht-button utrecht-button--secondary-action download-link" href={`/api/v1/council-reports/${r.id}/report.pdf`} download>
          Download PDF
        </a>
        {canWrite && <Link className="utrecht-button utrecht-button--secondary-action download-link" to={`/raadsrapportages/${r.id}/bewerken`}>Tekst bewerken</Link>}
      </div>
      {canWrite && <Publish report={r} onPublished={reload} />}

      <section aria-labelledby="rapport-tekst">
        <h2 className="utrecht-heading-2" id="rapport-tekst">{r.kind === 'quarterly' ? 'Toelichting' : 'Inleiding'}</h2>
        {r.narrative.summary.trim()
          ? r.narrative.summary.trim().split(/\n\s*\n/).map((p, k) => <p key={k} className="utrecht-paragraph">{p}</p>)
          : <p className="utrecht-paragraph muted-text">Nog geen tekst.</p>}
      </section>
      {r.kind === 'execution_plan' && <PlanChoices report={r} />}
      <ReportFigures figures={f} />
    </Page>
  );
}

function PlanChoices({ report: r }: { report: Report }) {
  const n = r.narrative;
  const sheltered = r.figures.shelteredPlan;
  const forecast = r.figures.forecast;
  return (
    <>
      <section aria-labelledby="plan-doelgroepen">
        <h2 className="utrecht-heading-2" id="plan-doelgroepen">Prioritaire doelgroepen</h2>
        {n.priorityGroups.length ? <ul className="utrecht-unordered-list">{n.priorityGroups.map((g) => <li key={g}>{targetGroups.find((t) => t.code === g)?.label ?? g}</li>)}</ul>
          : <p className="utrecht-paragraph muted-text">Nog geen doelgroepen gekozen.</p>}
      </section>
      <section aria-labelledby="plan-doelen">
        <h2 className="utrecht-heading-2" id="plan-doelen">Doelen</h2>
        {n.goals.length ? (
          <table className="utrecht-table">
            <caption className="visually-hidden">Doelen met streefgetal</caption>
            <thead className="utrecht-table__header"><tr className="utrecht-table__row">
              {['Doel', 'Streefgetal', 'Gemeten in'].map((h) => <th key={h} scope="col" className="utrecht-table__header-cell">{h}</th>)}
            </tr></thead>
            <tbody className="utrecht-table__body">
              {n.goals.map((g, k) => (
                <tr key={k} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">{g.text}</th>
                  <td className="utrecht-table__cell numeric">{g.target.toLocaleString('nl-NL')}</td>
                  <td className="utrecht-table__cell">{goalMeasures.find((m) => m.key === g.measure)?.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : <p className="utrecht-paragraph muted-text">Nog geen doelen vastgelegd.</p>}
      </section>
      <section aria-labelledby="plan-budget">
        <h2 className="utrecht-heading-2" id="plan-budget">Verdeling van het re-integratiebudget {r.figures.budget.year}</h2>
        <p className="utrecht-paragraph">
          {r.figures.budget.set ? `Re-integratiebudget ${r.figures.budget.year}: ${euros(r.figures.budget.budgetCents)}.` : `Voor ${r.figures.budget.year} is nog geen re-integratiebudget vastgesteld.`}
          {sheltered && (sheltered.targetHoursPerWeek === null ? ` ${sheltered.note}`
            : ` Taakstelling nieuw beschut werk: ${sheltered.targetHoursPerWeek.toLocaleString('nl-NL')} uur per week, ${sheltered.targetPlacements?.toLocaleString('nl-NL')} plaatsingen${sheltered.projected ? ' (doorgerekend)' : ''}. ${sheltered.note}`)}
        </p>
        {n.budgetSplit ? (
          <>
            <table className="utrecht-table" data-testid="plan-budget-split">
              <caption className="visually-hidden">Verdeling van het re-integratiebudget</caption>
              <tbody className="utrecht-table__body">
                <tr className="utrecht-table__row"><th scope="row" className="utrecht-table__header-cell">Taakstelling nieuw beschut werk</th><td className="utrecht-table__cell numeric">{euros(n.budgetSplit.shelteredWorkCents)}</td></tr>
                <tr className="utrecht-table__row"><th scope="row" className="utrecht-table__header-cell">Andere doelgroepen</th><td className="utrecht-table__cell numeric">{euros(n.budgetSplit.otherGroupsCents)}</td></tr>
                <tr className="utrecht-table__row figure-card__total"><th scope="row" className="utrecht-table__header-cell">Totaal verdeeld</th><td className="utrecht-table__cell numeric">{euros(n.budgetSplit.shelteredWorkCents + n.budgetSplit.otherGroupsCents)}</td></tr>
              </tbody>
            </table>
            {n.budgetSplit.differenceExplanation && <p className="utrecht-paragraph">Toelichting: {n.budgetSplit.differenceExplanation}</p>}
          </>
        ) : <p className="utrecht-paragraph muted-text">Nog geen verdeling vastgelegd.</p>}
      </section>
      {forecast && (
        <section aria-labelledby="plan-prognose">
          <h2 className="utrecht-heading-2" id="plan-prognose">Prognose</h2>
          <p className="utrecht-paragraph">
            Scenario “{forecast.scenarioName}”: in {forecast.year} gemiddeld {forecast.averageCaseload.toLocaleString('nl-NL')} uitkeringen, {forecast.endCaseload.toLocaleString('nl-NL')} aan
            het eind van het jaar; kosten uitkeringen {euros(forecast.benefitCostCents)}, beschut werk {euros(forecast.shelteredCostCents)}.
          </p>
          {forecast.notices.map((x) => <p key={x} className="utrecht-paragraph muted-text">{x}</p>)}
        </section>
      )}
    </>
  );
}

/** "Publiceren" asks first: afterwards nothing in the report can change. */
function Publish({ report, onPublished }: { report: Report; onPublished: () => void }) {
  const [asking, setAsking] = useState(false);
  const s = useSubmit(onPublished);
  if (report.publishProblems.length) {
    return (
      <div className="notice" role="status">
        <p className="utrecht-paragraph">Nog niet klaar om te publiceren:</p>
        <ul className="utrecht-unordered-list">{report.publishProblems.map((p) => <li key={p}>{p}</li>)}</ul>
      </div>
    );
  }
  return (
    <section aria-labelledby="publiceren-kop" className="publish-box">
      <h2 className="utrecht-heading-2" id="publiceren-kop">Publiceren</h2>
      {!asking ? (
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => setAsking(true)}>Publiceren</button>
      ) : (
        <div role="group" aria-labelledby="publiceren-vraag">
          <p className="utrecht-paragraph" id="publiceren-vraag">
            Weet u het zeker? Na publiceren liggen de cijfers, de tekst en de PDF vast; verbeteren kan daarna alleen met een herziene versie.
          </p>
          <div className="button-row">
            <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}
              onClick={() => void s.run(() => api(`/council-reports/${report.id}/publication`, { method: 'POST', json: {}, ifMatch: `"v${report.version}"` }), 'Gepubliceerd.')}>
              Ja, publiceren
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setAsking(false)}>Annuleren</button>
          </div>
        </div>
      )}
      <Feedback error={s.error} done={s.done} />
    </section>
  );
}
