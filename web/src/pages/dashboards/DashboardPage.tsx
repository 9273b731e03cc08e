import { useState } from 'react';
import { today } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import './dashboard.css';
import { FigureCard } from './FigureCard.tsx';
import { ReferenceFigures } from './ReferenceFigures.tsx';
import type { Area, Dashboard } from './types.ts';

const addMonths = (month: string, k: number) => {
  const [y, m] = month.split('-').map(Number);
  const i = y * 12 + m - 1 + k;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const dateTime = (iso: string) => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

/** Sturing: the figures of the own municipality or of the whole region, as charts, tables and CSV. */
export function DashboardPage() {
  const { user } = useSession();
  const thisMonth = today().slice(0, 7);
  const [area, setArea] = useState<Area>('municipality');
  const [from, setFrom] = useState(addMonths(thisMonth, -11));
  const [to, setTo] = useState(thisMonth);
  const valid = /^\d{4}-\d{2}$/.test(from) && /^\d{4}-\d{2}$/.test(to) && from <= to;
  const { data, error, loading, reload } = useApi<Dashboard>(valid ? `/dashboards/${area}?from=${from}&to=${to}` : null);
  const shown = data && data.area.kind === area ? data : null;
  const maySetReferences = user?.role === 'policy_analyst' || user?.role === 'administrator';
  return (
    <Page title="Dashboard">
      <h1 className="utrecht-heading-1">Dashboard{shown ? ` ${shown.area.name}` : ''}</h1>
      <form className="filters" aria-label="Gebied en periode kiezen" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="utrecht-form-fieldset area-switch">
          <legend className="utrecht-form-fieldset__legend">Gebied</legend>
          <label className="checkbox-field"><input type="radio" name="gebied" checked={area === 'municipality'} onChange={() => setArea('municipality')} /> Eigen gemeente</label>
          <label className="checkbox-field"><input type="radio" name="gebied" checked={area === 'region'} onChange={() => setArea('region')} /> Hele regio</label>
        </fieldset>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="periode-van">Eerste maand</label>
          <input id="periode-van" className="utrecht-textbox" type="month" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="periode-tot">Laatste maand</label>
          <input id="periode-tot" className="utrecht-textbox" type="month" value={to} min={from} max={thisMonth} onChange={(e) => setTo(e.target.value)} />
        </div>
      </form>
      {!valid && <p className="utrecht-paragraph notice" role="status">Kies een eerste maand die niet na de laatste ligt.</p>}
      {error && <ErrorMessage error={error} />}
      {loading && !shown && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {shown && (
        <>
          <p className="utrecht-paragraph">
            {shown.area.kind === 'region' && <>Gemeenten: {shown.area.municipalities.map((m) => m.name).join(', ')}. </>}
            Stand op {shown.day}{shown.countsRefreshedAt ? ` (cijfers bijgewerkt ${dateTime(shown.countsRefreshedAt)})` : ''}; in- en uitstroom, trajecten en
            plaatsingen over {shown.period.from} tot en met {shown.period.to}.
          </p>
          {shown.suppressedBelow !== null && (
            <p className="utrecht-paragraph notice">
              Alleen aantallen, nooit personen. Aantallen onder {shown.suppressedBelow} staan er als “&lt;{shown.suppressedBelow}”; “x” is afgeschermd
              omdat een klein aantal anders uit een totaal te berekenen is.
            </p>
          )}
          <div className="figure-grid">
            {shown.figures.map((f) => <FigureCard key={f.id} figure={f} area={area} period={shown.period} />)}
          </div>
        </>
      )}
      {maySetReferences && <ReferenceFigures onSaved={reload} />}
    </Page>
  );
}
