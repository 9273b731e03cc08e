import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ladderCategoryLabels } from '../../../../src/rules/ladder.ts';
import { targetGroupLabels, type TargetGroupCode } from '../../../../src/rules/target-groups.ts';
import { api } from '../../api.ts';
import { Feedback, Field, useSubmit } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useTeamConsultants } from '../dossier/sections/ContactPerson.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';

interface Summary {
  id: string; fullName: string; bsn: string; age: number; postcode: string; city: string; targetGroups: TargetGroupCode[];
  ladder: { step: number | null; categoryLabel: string; measurementDue: boolean };
  lastContactOn: string | null; daysSinceLastContact: number | null; overdueSteps: number;
  contactPerson: { id: string; displayName: string } | null;
}
interface ResidentPage { items: Summary[]; page: number; pageSize: number; total: number; view: string }

const filterKeys = ['q', 'targetGroup', 'ladderCategory', 'overdueSteps', 'trajectoryStatus', 'view', 'sort'] as const;

export function CaseloadPage() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const page = Number(params.get('page') ?? '1');
  const query = new URLSearchParams({ pageSize: '25', page: String(page) });
  for (const k of filterKeys) { const v = params.get(k); if (v) query.set(k, v); }
  const { data, error, loading, reload } = useApi<ResidentPage>(`/residents?${query}`);
  // A team lead selects residents in the team view to hand them over to another consultant in one go.
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const queryKey = query.toString();
  useEffect(() => setSelected(new Map()), [queryKey]);
  const toggle = (r: Summary, on: boolean) => setSelected((m) => {
    const next = new Map(m);
    if (on) next.set(r.id, r.fullName); else next.delete(r.id);
    return next;
  });

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value); else next.delete(key);
    next.delete('page');
    setParams(next);
  };
  const view = params.get('view') ?? (user?.role === 'team_lead' ? 'team' : 'caseload');
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const bulk = user?.role === 'team_lead' && view === 'team';
  const showContactPerson = view !== 'caseload';

  return (
    <Page title="Caseload">
      <h1 className="utrecht-heading-1">{view === 'team' ? 'Caseload van mijn team' : view === 'all' ? 'Alle inwoners' : 'Mijn caseload'}</h1>
      <form className="filters" role="search" aria-label="Caseload filteren" onSubmit={(e) => { e.preventDefault(); set('q', q.trim()); }}>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="zoek">Zoek op naam, postcode of BSN</label>
          <input id="zoek" className="utrecht-textbox" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="doelgroep">Doelgroep</label>
          <select id="doelgroep" className="utrecht-select" value={params.get('targetGroup') ?? ''} onChange={(e) => set('targetGroup', e.target.value)}>
            <option value="">Alle doelgroepen</option>
            {Object.entries(targetGroupLabels).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="categorie">Ladder (categorie)</label>
          <select id="categorie" className="utrecht-select" value={params.get('ladderCategory') ?? ''} onChange={(e) => set('ladderCategory', e.target.value)}>
            <option value="">Alle categorieën</option>
            {Object.entries(ladderCategoryLabels).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="traject">Traject</label>
          <select id="traject" className="utrecht-select" value={params.get('trajectoryStatus') ?? ''} onChange={(e) => set('trajectoryStatus', e.target.value)}>
            <option value="">Alle</option>
            <option value="none">Zonder lopend traject</option>
            <option value="proposed">Traject wacht op goedkeuring</option>
            <option value="approved">Traject goedgekeurd, nog niet gestart</option>
            <option value="started">Traject gestart</option>
            <option value="ended">Traject beëindigd</option>
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="sorteer">Sorteren</label>
          <select id="sorteer" className="utrecht-select" value={params.get('sort') ?? 'name'} onChange={(e) => set('sort', e.target.value)}>
            <option value="name">Naam</option>
            <option value="lastContact">Langst geen contact</option>
            <option value="overdueSteps">Meeste verlopen stappen</option>
            <option value="ladderStep">Trede</option>
          </select>
        </div>
        <div className="utrecht-form-field checkbox-field">
          <input id="verlopen" type="checkbox" checked={params.get('overdueSteps') === 'true'} onChange={(e) => set('overdueSteps', e.target.checked ? 'true' : '')} />
          <label className="utrecht-form-label" htmlFor="verlopen">Alleen met verlopen stappen</label>
        </div>
        {(user?.role === 'team_lead' || user?.role === 'work_consultant') && (
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="weergave">Weergave</label>
            <select id="weergave" className="utrecht-select" value={view} onChange={(e) => set('view', e.target.value)}>
              <option value="caseload">Mijn caseload</option>
              <option value="team">Mijn team</option>
            </select>
          </div>
        )}
        <button type="submit" className="utrecht-button utrecht-button--primary-action">Zoeken</button>
      </form>

      {error && <ErrorMessage error={error} />}
      {loading && !data && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {data && (
        <>
          <p className="utrecht-paragraph" role="status">{data.total} {data.total === 1 ? 'inwoner' : 'inwoners'}</p>
          {data.items.length === 0 ? <p className="utrecht-paragraph">Geen inwoners gevonden met deze filters.</p> : (
            <div className="table-scroll">
              <table className="utrecht-table">
                <caption className="visually-hidden">Inwoners in de caseload</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    {bulk && <th className="utrecht-table__header-cell" scope="col"><span className="visually-hidden">Selecteren</span></th>}
                    <th className="utrecht-table__header-cell" scope="col">Naam</th>
                    <th className="utrecht-table__header-cell" scope="col">BSN</th>
                    <th className="utrecht-table__header-cell" scope="col">Leeftijd</th>
                    <th className="utrecht-table__header-cell" scope="col">Woonplaats</th>
                    <th className="utrecht-table__header-cell" scope="col">Doelgroepen</th>
                    <th className="utrecht-table__header-cell" scope="col">Trede</th>
                    <th className="utrecht-table__header-cell" scope="col">Laatste contact</th>
                    <th className="utrecht-table__header-cell" scope="col">Verlopen stappen</th>
                    {showContactPerson && <th className="utrecht-table__header-cell" scope="col">Contactpersoon</th>}
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {data.items.map((r) => (
                    <tr className="utrecht-table__row" key={r.id}>
                      {bulk && (
                        <td className="utrecht-table__cell">
                          <input id={`kies-${r.id}`} type="checkbox" checked={selected.has(r.id)} onChange={(e) => toggle(r, e.target.checked)} />
                          <label className="visually-hidden" htmlFor={`kies-${r.id}`}>Selecteer {r.fullName}</label>
                        </td>
                      )}
                      <td className="utrecht-table__cell"><Link className="utrecht-link" to={`/inwoners/${r.id}`}>{r.fullName}</Link></td>
                      <td className="utrecht-table__cell">{r.bsn}</td>
                      <td className="utrecht-table__cell">{r.age}</td>
                      <td className="utrecht-table__cell">{r.postcode} {r.city}</td>
                      <td className="utrecht-table__cell">{r.targetGroups.map((g) => targetGroupLabels[g]).join(', ')}</td>
                      <td className="utrecht-table__cell">{r.ladder.step ?? '–'} · {r.ladder.categoryLabel}{r.ladder.measurementDue && <span className="badge">meting nodig</span>}</td>
                      <td className="utrecht-table__cell">{r.lastContactOn ? `${r.lastContactOn} (${r.daysSinceLastContact} d)` : 'nooit'}</td>
                      <td className="utrecht-table__cell">{r.overdueSteps > 0 ? <span className="badge badge--warn">{r.overdueSteps}</span> : 0}</td>
                      {showContactPerson && <td className="utrecht-table__cell">{r.contactPerson?.displayName ?? '–'}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <nav aria-label="Paginering" className="pagination">
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={page <= 1} onClick={() => setParams((p) => { const n = new URLSearchParams(p); n.set('page', String(page - 1)); return n; })}>Vorige</button>
            <span>Pagina {page} van {pages}</span>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={page >= pages} onClick={() => setParams((p) => { const n = new URLSearchParams(p); n.set('page', String(page + 1)); return n; })}>Volgende</button>
          </nav>
          {bulk && <BulkReassignment selected={selected} onDone={() => { setSelected(new Map()); reload(); }} />}
        </>
      )}
    </Page>
  );
}

/** Geselecteerde inwoners overdragen: POST /residents/reassignments, all or nothing, with one reason. */
function BulkReassignment({ selected, onDone }: { selected: Map<string, string>; onDone: () => void }) {
  const { consultants, error } = useTeamConsultants(true);
  const [toUserId, setToUserId] = useState('');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const s = useSubmit(() => { setReason(''); onDone(); });
  const count = selected.size;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = count === 0 ? 'Selecteer eerst een of meer inwoners in de tabel.'
      : !toUserId ? 'Kies een consulent.' : reason.trim().length < 5 ? 'Geef een reden van minstens 5 tekens.' : null;
    setInvalid(problem);
    setResult(null);
    if (problem) return;
    const name = consultants?.find((c) => c.id === toUserId)?.displayName ?? 'de gekozen consulent';
    void s.run(async () => {
      const r = await api<{ moved: number; unchanged: number }>('/residents/reassignments', {
        method: 'POST', json: { residentIds: [...selected.keys()], toUserId, reason: reason.trim() },
      });
      const moved = `${r.moved} ${r.moved === 1 ? 'inwoner' : 'inwoners'} overgedragen aan ${name}.`;
      const same = r.unchanged > 0 ? ` ${r.unchanged} ${r.unchanged === 1 ? 'inwoner had' : 'inwoners hadden'} deze consulent al als contactpersoon.` : '';
      setResult(moved + same);
    }, '');
  };
  return (
    <section aria-labelledby="overdragen">
      <h2 className="utrecht-heading-2" id="overdragen">Geselecteerde inwoners overdragen</h2>
      <p className="utrecht-paragraph" data-testid="selected-count">
        {count === 0 ? 'Nog geen inwoners geselecteerd. Vink in de tabel de inwoners aan die u wilt overdragen.'
          : `${count} ${count === 1 ? 'inwoner' : 'inwoners'} geselecteerd: ${[...selected.values()].join(', ')}.`}
      </p>
      {error ? <ErrorMessage error={error} /> : !consultants ? <p className="utrecht-paragraph">Consulenten laden…</p> : (
        <form onSubmit={submit} aria-labelledby="overdragen" noValidate>
          <Field id="overdragen-naar" label="Naar consulent">
            <select id="overdragen-naar" className="utrecht-select" value={toUserId} aria-required="true" onChange={(e) => setToUserId(e.target.value)}>
              <option value="">Kies een consulent</option>
              {consultants.map((c) => <option key={c.id} value={c.id}>{c.displayName}</option>)}
            </select>
          </Field>
          <Field id="overdragen-reden" label="Reden van de overdracht" hint="Verplicht, minstens 5 tekens. De reden wordt bij elke inwoner bewaard.">
            <textarea id="overdragen-reden" className="utrecht-textarea" value={reason} aria-required="true" aria-describedby="overdragen-reden-hint"
              maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Overdragen</button>
          <Feedback error={invalid ?? s.error} done={invalid || s.error ? null : result} />
        </form>
      )}
    </section>
  );
}
