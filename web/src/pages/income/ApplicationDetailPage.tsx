import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api.ts';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { ApplicationWork } from './ApplicationWork.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { DecisionList } from './DecisionList.tsx';
import { CalculationTable, TermText } from './parts.tsx';
import { formatDate, type Application, type Calculation, type Decision, type List, type Situation } from './types.ts';

/** One application: terms and signals, history, checklist and status, calculation preview, and the decision. */
export function ApplicationDetailPage() {
  const { id } = useParams();
  const { user } = useSession();
  const app = useApi<Application>(`/benefit-applications/${id}`);
  const decisions = useApi<List<Decision>>(`/benefit-decisions?applicationId=${id}`);
  const reload = () => { app.reload(); decisions.reload(); };
  const a = app.data;
  const consultant = user?.role === 'income_consultant';
  const pending = decisions.data?.items.some((d) => d.status === 'proposed') ?? false;

  return (
    <Page title={a ? `Aanvraag ${a.residentName}` : 'Aanvraag'}>
      <p className="utrecht-paragraph"><Link className="utrecht-link" to="/inkomen/aanvragen">Terug naar de aanvragen</Link></p>
      {app.error && <ErrorMessage error={app.error} />}
      {!a && !app.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {a && (
        <>
          <h1 className="utrecht-heading-1">Aanvraag bijstand van {a.residentName}</h1>
          <dl className="facts">
            <dt>Status</dt><dd data-testid="application-status">{a.statusLabel}</dd>
            <dt>Ontvangen</dt><dd><time dateTime={a.receivedOn}>{formatDate(a.receivedOn)}</time> ({a.channel === 'portal' ? 'via Mijn Meedoen' : 'ingevoerd door een consulent'})</dd>
            <dt>Gewenste ingangsdatum</dt><dd><time dateTime={a.requestedStartDate}>{formatDate(a.requestedStartDate)}</time></dd>
            <dt>Beslissen uiterlijk</dt><dd><TermText term={a.decisionTerm} /> ({a.decisionTerm.weeks} weken, {a.decisionTerm.article})</dd>
            <dt>Voorschot</dt><dd>{a.advanceTerm ? <><TermText term={a.advanceTerm} /> ({a.advanceTerm.article}){a.advancePaidOn && `, verstrekt op ${formatDate(a.advancePaidOn)}`}</> : 'Niet gevraagd'}</dd>
            {a.repair && <><dt>Hersteltermijn</dt><dd>tot en met {formatDate(a.repair.deadline)}: {a.repair.missing}</dd></>}
            {!a.amountsHidden && <><dt>IBAN</dt><dd>{a.iban} ({a.accountHolder})</dd></>}
          </dl>
          {a.warnings.length > 0 && (
            <div className="notice" role="note" aria-label="Signalen">
              <ul className="timeline">{a.warnings.map((w) => <li key={w.kind}>{w.text}</li>)}</ul>
            </div>
          )}
          <section aria-labelledby="geschiedenis">
            <h2 className="utrecht-heading-2" id="geschiedenis">Verloop</h2>
            <ol className="timeline">
              {a.events.map((e, i) => (
                <li key={i}><time dateTime={e.occurredOn}>{formatDate(e.occurredOn)}</time>: {e.statusLabel}
                  {e.repairDeadline && ` tot en met ${formatDate(e.repairDeadline)} — ${e.repairMissing}`}{e.note && ` — ${e.note}`}</li>
              ))}
            </ol>
          </section>
          {consultant && a.status !== 'decided' && <ApplicationWork a={a} onSaved={reload} />}
          {a.situation && <SituationPreview situation={a.situation} month={a.requestedStartDate.slice(0, 7)} />}
          <section aria-labelledby="besluiten">
            <h2 className="utrecht-heading-2" id="besluiten">Besluiten</h2>
            {decisions.error && <ErrorMessage error={decisions.error} />}
            {decisions.data && <DecisionList items={decisions.data.items} onReviewed={reload} />}
            {decisions.data?.items.some((d) => d.kind === 'grant' && d.status === 'final') && (
              <p className="utrecht-paragraph"><Link className="utrecht-link" to={`/inkomen/uitkeringen/${a.residentId}`}>Naar de uitkering van {a.residentName}</Link> (wijzigen, beëindigen, terugvorderen)</p>
            )}
            {consultant && a.status !== 'decided' && !pending && <DecisionForm a={a} onDecided={reload} />}
          </section>
        </>
      )}
    </Page>
  );
}

/** The household the calculation uses, and the calculation of the first month (a preview, nothing is stored). */
function SituationPreview({ situation, month }: { situation: Situation; month: string }) {
  const [calc, setCalc] = useState<Calculation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    api<Calculation>('/benefit-calculations', { method: 'POST', json: { ...situation, month } })
      .then((c) => { setCalc(c); setProblem(null); })
      .catch((e) => setProblem(e.detail ?? 'Berekenen lukt nu niet.'));
  }, [situation, month]);
  return (
    <section aria-labelledby="berekening">
      <h2 className="utrecht-heading-2" id="berekening">Gezinssituatie en proefberekening</h2>
      <dl className="facts">
        <dt>Aanvrager</dt><dd>geboren {formatDate(situation.applicant.birthDate)}</dd>
        <dt>Partner</dt><dd>{situation.partner ? `geboren ${formatDate(situation.partner.birthDate)}` : 'Geen'}</dd>
        <dt>Kinderen thuis</dt><dd>{situation.children.length}</dd>
        <dt>Kostendelers</dt><dd>{situation.costSharers.length}</dd>
      </dl>
      {problem && <p className="utrecht-paragraph notice">{problem}</p>}
      {calc && <CalculationTable calculation={calc} id="proefberekening" />}
    </section>
  );
}
