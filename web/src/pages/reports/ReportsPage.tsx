import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api.ts';
import { Feedback, Field, today, useSubmit } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { Deadlines } from './Deadlines.tsx';
import { dutchDate, type Report, type ReportDeadline, type ReportKind, type ReportSummary } from './types.ts';

/** Quarters from the current one back over two years, newest first: '2026-Q4', '2026-Q3', … */
function recentQuarters(day: string): string[] {
  const year = Number(day.slice(0, 4));
  const current = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  const out: string[] = [];
  for (let y = year, q = current; out.length < 9; q--) {
    if (q === 0) { y--; q = 4; }
    out.push(`${y}-Q${q}`);
  }
  return out;
}
const quarterText = (p: string) => `${['Eerste', 'Tweede', 'Derde', 'Vierde'][Number(p.slice(6)) - 1]} kwartaal ${p.slice(0, 4)}`;

/** Raadsrapportages: the quarterly reports and execution plans of the municipality; new drafts for policy analysts. */
export function ReportsPage() {
  const { user } = useSession();
  const { data, error, reload } = useApi<{ items: ReportSummary[]; deadlines: ReportDeadline[] }>('/council-reports');
  const canWrite = user?.role === 'policy_analyst';
  return (
    <Page title="Raadsrapportages">
      <h1 className="utrecht-heading-1">Raadsrapportages</h1>
      <p className="utrecht-paragraph">
        Elk kwartaal een voortgangsrapportage aan de gemeenteraad, en elk jaar vóór september het uitvoeringsplan voor het jaar daarna.
        Een concept rekent met de actuele cijfers; na publiceren liggen de cijfers en de PDF vast.
      </p>
      {error && <ErrorMessage error={error} />}
      {!data && !error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {data && <Deadlines deadlines={data.deadlines} />}
      {data && (['quarterly', 'execution_plan'] as const).map((kind) => (
        <ReportList key={kind} kind={kind} items={data.items.filter((r) => r.kind === kind)} canWrite={canWrite} onCreated={reload} />
      ))}
    </Page>
  );
}

function ReportList({ kind, items, canWrite, onCreated }: { kind: ReportKind; items: ReportSummary[]; canWrite: boolean; onCreated: () => void }) {
  const heading = kind === 'quarterly' ? 'Kwartaalrapportages' : 'Uitvoeringsplannen';
  const id = `lijst-${kind}`;
  return (
    <section aria-labelledby={id}>
      <h2 className="utrecht-heading-2" id={id}>{heading}</h2>
      {items.length === 0 ? <p className="utrecht-paragraph">Nog geen {heading.toLowerCase()}.</p> : (
        <div className="table-scroll">
          <table className="utrecht-table" data-testid={`rapportages-${kind}`}>
            <caption className="visually-hidden">{heading}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {['Periode', 'Status', 'Gepubliceerd', 'Bijgewerkt'].map((h) => <th key={h} scope="col" className="utrecht-table__header-cell">{h}</th>)}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {items.map((r) => (
                <tr key={r.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    <Link className="utrecht-link" to={`/raadsrapportages/${r.id}`}>{r.title}</Link>
                  </th>
                  <td className="utrecht-table__cell"><span className="badge badge--status">{r.statusLabel}</span></td>
                  <td className="utrecht-table__cell">{r.publishedAt ? `${dutchDate(r.publishedAt)}${r.publishedBy ? ` door ${r.publishedBy}` : ''}` : '–'}</td>
                  <td className="utrecht-table__cell">{dutchDate(r.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWrite && <NewReport kind={kind} onCreated={onCreated} />}
    </section>
  );
}

/** "Nieuwe kwartaalrapportage" / "Nieuw uitvoeringsplan": choose the period, create the draft, open it. */
function NewReport({ kind, onCreated }: { kind: ReportKind; onCreated: () => void }) {
  const day = today();
  const year = Number(day.slice(0, 4));
  const quarters = recentQuarters(day);
  const options = kind === 'quarterly' ? quarters.map((q) => ({ value: q, label: quarterText(q) })) : [year + 1, year, year + 2].map((y) => ({ value: String(y), label: String(y) }));
  const [period, setPeriod] = useState(kind === 'quarterly' ? quarters[1] : String(year + 1));
  const [reason, setReason] = useState('');
  const navigate = useNavigate();
  const s = useSubmit(onCreated);
  const label = kind === 'quarterly' ? 'Nieuwe kwartaalrapportage' : 'Nieuw uitvoeringsplan';
  const fieldId = `nieuw-${kind}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => {
      const created = await api<Report>('/council-reports', { method: 'POST', json: { kind, period, ...(reason.trim() ? { correctionReason: reason.trim() } : {}) } });
      navigate(`/raadsrapportages/${created.id}`);
    }, 'Concept gemaakt.');
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={label}>
      <Field id={`${fieldId}-periode`} label={kind === 'quarterly' ? 'Kwartaal' : 'Jaar van het plan'}>
        <select id={`${fieldId}-periode`} className="utrecht-select" value={period} onChange={(e) => setPeriod(e.target.value)}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </Field>
      <Field id={`${fieldId}-reden`} label="Reden van herziening (alleen bij een al gepubliceerde periode)">
        <input id={`${fieldId}-reden`} className="utrecht-textbox wide-input" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>{label}</button>
      <Feedback error={s.error} done={null} />
    </form>
  );
}
