import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import { Feedback, Field, useSubmit } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { formatDateTime, scoreText, type Assessment, type AssessmentSummary, type Framework, type FrameworkSummary, type List } from './types.ts';

/**
 * Afwegingskaders: the municipality's frameworks and the proposals assessed with them. Administrators record
 * new proposals and decisions; team leads and policy analysts read.
 */
export function AssessmentPage() {
  const { user } = useSession();
  const canManage = user?.role === 'administrator';
  const [params] = useSearchParams();
  const selected = params.get('beoordeling');
  const frameworks = useApi<List<FrameworkSummary>>('/assessment-frameworks');
  const assessments = useApi<List<AssessmentSummary>>('/assessments');

  return (
    <Page title="Afwegingskaders">
      <h1 className="utrecht-heading-1">Afwegingskaders</h1>
      <p className="utrecht-paragraph">
        Voorstellen, zoals een partner die zijn diensten wil openstellen voor andere inwoners of gemeenten, worden getoetst aan een afwegingskader:
        eerst de harde eisen, dan de wegingscriteria met hun score.
      </p>

      {selected && <AssessmentDetail id={selected} canDecide={canManage} onDecided={assessments.reload} />}

      <section aria-labelledby="beoordelingen">
        <h2 className="utrecht-heading-2" id="beoordelingen">Beoordelingen</h2>
        {assessments.error && <ErrorMessage error={assessments.error} />}
        {!assessments.data && !assessments.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {assessments.data && (assessments.data.items.length === 0 ? <p className="utrecht-paragraph">Nog geen voorstellen beoordeeld.</p> : (
          <div className="table-scroll">
            <table className="utrecht-table">
              <caption className="visually-hidden">Voorstellen en hun beoordeling</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Voorstel</th>
                  <th className="utrecht-table__header-cell" scope="col">Ingediend door</th>
                  <th className="utrecht-table__header-cell" scope="col">Afwegingskader</th>
                  <th className="utrecht-table__header-cell" scope="col">Status</th>
                  <th className="utrecht-table__header-cell" scope="col">Score</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {assessments.data.items.map((a) => (
                  <tr className="utrecht-table__row" key={a.id}>
                    <td className="utrecht-table__cell">
                      <Link className="utrecht-link" to={`/afwegingskaders?beoordeling=${a.id}`} aria-current={a.id === selected ? 'true' : undefined}>{a.title}</Link>
                    </td>
                    <td className="utrecht-table__cell">{a.submittedBy}</td>
                    <td className="utrecht-table__cell">{a.framework.name}</td>
                    <td className="utrecht-table__cell">{a.statusLabel}</td>
                    <td className="utrecht-table__cell">{scoreText(a)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>

      {canManage && frameworks.data && frameworks.data.items.length > 0 && (
        <section aria-labelledby="voorstel-nieuw">
          <h2 className="utrecht-heading-2" id="voorstel-nieuw">Voorstel vastleggen</h2>
          <NewAssessmentForm frameworks={frameworks.data.items} />
        </section>
      )}

      <section aria-labelledby="kaders">
        <h2 className="utrecht-heading-2" id="kaders">Kaders</h2>
        {frameworks.error && <ErrorMessage error={frameworks.error} />}
        {!frameworks.data && !frameworks.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {frameworks.data && (frameworks.data.items.length === 0 ? <p className="utrecht-paragraph">Nog geen afwegingskaders.</p> : (
          <ul className="record-list">
            {frameworks.data.items.map((f) => <FrameworkItem key={f.id} framework={f} />)}
          </ul>
        ))}
      </section>
    </Page>
  );
}

function FrameworkItem({ framework }: { framework: FrameworkSummary }) {
  const [open, setOpen] = useState(false);
  const detail = useApi<Framework>(open ? `/assessment-frameworks/${framework.id}` : null);
  return (
    <li>
      <h3 className="utrecht-heading-3">{framework.name}</h3>
      {framework.description && <p className="utrecht-paragraph">{framework.description}</p>}
      <p className="utrecht-paragraph">
        {framework.mustPassCount} harde {framework.mustPassCount === 1 ? 'eis' : 'eisen'}, {framework.weightedCount} wegingscriteria, score 0 tot en met {framework.maxScore}.
      </p>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-expanded={open} aria-controls={`kader-${framework.id}`}
        onClick={() => setOpen((o) => !o)}>{open ? 'Criteria verbergen' : 'Criteria tonen'}</button>
      <div id={`kader-${framework.id}`} hidden={!open}>
        {detail.error && <ErrorMessage error={detail.error} />}
        {detail.data && (
          <div className="table-scroll">
            <table className="utrecht-table">
              <caption className="visually-hidden">Criteria van {framework.name}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Criterium</th>
                  <th className="utrecht-table__header-cell" scope="col">Soort</th>
                  <th className="utrecht-table__header-cell" scope="col">Weging</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {detail.data.criteria.map((c) => (
                  <tr className="utrecht-table__row" key={c.id}>
                    <td className="utrecht-table__cell">{c.title}{c.description && <><br /><span className="source-note">{c.description}</span></>}</td>
                    <td className="utrecht-table__cell">{c.kindLabel}</td>
                    <td className="utrecht-table__cell">{c.weight ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </li>
  );
}

function NewAssessmentForm({ frameworks }: { frameworks: FrameworkSummary[] }) {
  const navigate = useNavigate();
  const [frameworkId, setFrameworkId] = useState(frameworks[0].id);
  const [title, setTitle] = useState('');
  const [submittedBy, setSubmittedBy] = useState('');
  const [description, setDescription] = useState('');
  const s = useSubmit(() => undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => {
      const created = await api<Assessment>('/assessments', { method: 'POST', json: { frameworkId, title, submittedBy, description } });
      setTitle(''); setSubmittedBy(''); setDescription('');
      navigate(`/afwegingskaders?beoordeling=${created.id}`);
    }, 'Voorstel vastgelegd. Het staat hierboven klaar om te beoordelen.');
  };
  return (
    <form onSubmit={submit} aria-labelledby="voorstel-nieuw" noValidate>
      <Field id="voorstel-kader" label="Afwegingskader">
        <select id="voorstel-kader" className="utrecht-select" value={frameworkId} onChange={(e) => setFrameworkId(e.target.value)}>
          {frameworks.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
        </select>
      </Field>
      <Field id="voorstel-titel" label="Titel van het voorstel">
        <input id="voorstel-titel" className="utrecht-textbox" value={title} maxLength={200} aria-required="true" onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field id="voorstel-indiener" label="Ingediend door (organisatie)">
        <input id="voorstel-indiener" className="utrecht-textbox" value={submittedBy} maxLength={200} aria-required="true" onChange={(e) => setSubmittedBy(e.target.value)} />
      </Field>
      <Field id="voorstel-omschrijving" label="Omschrijving">
        <textarea id="voorstel-omschrijving" className="utrecht-textarea" value={description} maxLength={4000} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Voorstel vastleggen</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}

function AssessmentDetail({ id, canDecide, onDecided }: { id: string; canDecide: boolean; onDecided: () => void }) {
  const { data, error, reload } = useApi<Assessment>(`/assessments/${id}`);
  const [saved, setSaved] = useState(false);
  if (error) return <ErrorMessage error={error} />;
  if (!data || data.id !== id) return <p className="utrecht-paragraph" role="status">Laden…</p>;
  const d = data.decision;
  return (
    <section aria-labelledby="beoordeling-kop">
      <h2 className="utrecht-heading-2" id="beoordeling-kop">{data.title}</h2>
      <dl className="facts">
        <dt>Ingediend door</dt><dd>{data.submittedBy}</dd>
        <dt>Afwegingskader</dt><dd>{data.framework.name}</dd>
        <dt>Status</dt><dd data-testid="beoordeling-status">{data.statusLabel}</dd>
        {d && <><dt>Totaalscore</dt><dd data-testid="beoordeling-score">{scoreText(data)}</dd></>}
        {d && <><dt>Besloten</dt><dd>{formatDateTime(d.decidedAt)}{d.decidedBy && ` door ${d.decidedBy.displayName}`}</dd></>}
      </dl>
      {data.description && <p className="utrecht-paragraph note">{data.description}</p>}
      {saved && d && <p className="utrecht-paragraph success" role="status">Besluit vastgelegd.</p>}
      {d ? (
        <>
          <h3 className="utrecht-heading-3">Redenen van het besluit</h3>
          <p className="utrecht-paragraph note">{d.reasons}</p>
          <div className="table-scroll">
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">Toetsing per criterium</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Criterium</th>
                  <th className="utrecht-table__header-cell" scope="col">Uitkomst</th>
                  <th className="utrecht-table__header-cell" scope="col">Weging</th>
                  <th className="utrecht-table__header-cell" scope="col">Punten</th>
                  <th className="utrecht-table__header-cell" scope="col">Toelichting</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {d.lines.map((l) => (
                  <tr className="utrecht-table__row" key={l.id}>
                    <th className="utrecht-table__header-cell" scope="row">{l.title}</th>
                    <td className="utrecht-table__cell">{l.kind === 'must_pass' ? (l.passed ? 'Voldoet' : 'Voldoet niet') : `Score ${l.score} van ${l.maxScore}`}</td>
                    <td className="utrecht-table__cell">{l.weight ?? 'Harde eis'}</td>
                    <td className="utrecht-table__cell">{l.points ?? '–'}</td>
                    <td className="utrecht-table__cell">{l.explanation || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : canDecide ? (
        <DecisionForm key={`${data.id}-${data.version}`} assessment={data} onSaved={() => { setSaved(true); reload(); onDecided(); }} />
      ) : (
        <p className="utrecht-paragraph">Over dit voorstel is nog niet besloten.</p>
      )}
    </section>
  );
}
