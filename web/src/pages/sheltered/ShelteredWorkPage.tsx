import { useState } from 'react';
import { Link } from 'react-router';
import { today } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { formatDate } from '../trajectories/types.ts';
import { ForecastSection } from './ForecastSection.tsx';
import { TargetForm } from './TargetForm.tsx';
import { nl, type ShelteredOverview } from './types.ts';

/** /beschut-werk: the yearly target, what sheltered placements fill of it, the waiting list and the forecast. */
export function ShelteredWorkPage() {
  const { user } = useSession();
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const { data, error, reload } = useApi<ShelteredOverview>(`/sheltered-work/${year}`);
  const shown = data?.year === year ? data : null;
  const years = [...new Set([2022, ...Array.from({ length: 7 }, (_, k) => thisYear - 4 + k)])].sort();
  return (
    <Page title="Nieuw beschut werk">
      <h1 className="utrecht-heading-1">Nieuw beschut werk</h1>
      <div className="filters">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="beschut-jaar">Jaar</label>
          <select id="beschut-jaar" className="utrecht-select" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
      </div>
      {error && <ErrorMessage error={error} />}
      {!shown && !error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {shown && <Fill o={shown} />}
      {shown && <WaitingList o={shown} />}
      {shown && shown.target.set && <ForecastSection key={shown.year} year={shown.year} growthRatePct={shown.target.growthRatePct} />}
      {shown && user?.role === 'administrator' && (
        <section aria-labelledby="taakstelling-vastleggen">
          <h2 className="utrecht-heading-2" id="taakstelling-vastleggen">Taakstelling {shown.year} vastleggen</h2>
          <TargetForm key={`${shown.year}-${shown.target.version}`} o={shown} onSaved={reload} />
        </section>
      )}
    </Page>
  );
}

const placements = (n: number) => `${nl(n)} ${n === 1 ? 'plaatsing' : 'plaatsingen'}`;

function Fill({ o }: { o: ShelteredOverview }) {
  const t = o.target;
  const target = t.targetHoursPerWeek;
  return (
    <section aria-labelledby="taakstelling">
      <h2 className="utrecht-heading-2" id="taakstelling">Taakstelling {o.year}</h2>
      <p className="utrecht-paragraph source-note">Stand op {formatDate(o.referenceDate)}.{t.source && ` Bron: ${t.source}.`}</p>
      <dl className="facts" data-testid="sheltered-figures">
        <dt>Taakstelling</dt>
        <dd data-testid="target">{target !== null ? `${nl(target)} uur per week (${placements(t.targetPlacements!)} van ${nl(t.hoursPerPlacement)} uur)` : 'Nog niet vastgelegd'}</dd>
        <dt>Gevuld</dt><dd data-testid="filled">{nl(o.filledHoursPerWeek)} uur per week door {o.persons} {o.persons === 1 ? 'persoon' : 'personen'}</dd>
        {o.openHoursPerWeek !== null && <><dt>Nog open</dt><dd data-testid="open">{nl(o.openHoursPerWeek)} uur per week ({placements(o.openPlacements!)})</dd></>}
        {o.overTargetHoursPerWeek ? <><dt>Boven de taakstelling</dt><dd>{nl(o.overTargetHoursPerWeek)} uur per week</dd></> : null}
      </dl>
      {target !== null && target > 0 && (
        <div className="budget-meter">
          <label className="utrecht-form-label" htmlFor="beschut-vulling">Vulling van de taakstelling</label>
          <meter id="beschut-vulling" min={0} max={target} value={Math.min(o.filledHoursPerWeek, target)} aria-describedby="beschut-vulling-tekst">
            {Math.round((o.filledHoursPerWeek / target) * 100)}%
          </meter>
          <p className="utrecht-paragraph" id="beschut-vulling-tekst">
            {Math.round((o.filledHoursPerWeek / target) * 100)}% gevuld: {nl(o.filledHoursPerWeek)} van {nl(target)} uur per week.
          </p>
        </div>
      )}
    </section>
  );
}

function WaitingList({ o }: { o: ShelteredOverview }) {
  return (
    <section aria-labelledby="wachtlijst">
      <h2 className="utrecht-heading-2" id="wachtlijst">Wachtlijst</h2>
      <p className="utrecht-paragraph" data-testid="waiting-count">
        {o.waitingCount === 1 ? '1 inwoner' : `${o.waitingCount} inwoners`} met een indicatie beschut werk van UWV zonder plaatsing in beschut werk op {formatDate(o.referenceDate)}.
        {o.waitingList === null && ' Met uw rol ziet u alleen aantallen.'}
      </p>
      {o.waitingList && o.waitingList.length > 0 && (
        <div className="table-scroll">
          <table className="utrecht-table" data-testid="waiting-list">
            <caption className="utrecht-table__caption">Wachtlijst nieuw beschut werk, langst wachtend eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell numeric">Plaats</th>
                <th scope="col" className="utrecht-table__header-cell">Inwoner</th>
                <th scope="col" className="utrecht-table__header-cell">Indicatie UWV</th>
                <th scope="col" className="utrecht-table__header-cell numeric">Wacht (dagen)</th>
                <th scope="col" className="utrecht-table__header-cell">Geplande start</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {o.waitingList.map((w) => (
                <tr key={w.position} className="utrecht-table__row">
                  <td className="utrecht-table__cell numeric">{w.position}</td>
                  <td className="utrecht-table__cell">
                    {w.resident ? <Link className="utrecht-link" to={`/inwoners/${w.resident.id}/plaatsingen`}>{w.resident.fullName}</Link> : <span className="muted-text">Inwoner buiten uw team</span>}
                  </td>
                  <td className="utrecht-table__cell"><time dateTime={w.uwvIndicationDate}>{formatDate(w.uwvIndicationDate)}</time></td>
                  <td className="utrecht-table__cell numeric">{w.waitingDays}</td>
                  <td className="utrecht-table__cell">{w.plannedStartDate ? <time dateTime={w.plannedStartDate}>{formatDate(w.plannedStartDate)}</time> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
