import { useState } from 'react';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { ReportForm } from './ReportForm.tsx';
import { dutchDate, languageLabel, statusLabels, statusOrder, type PartnerTrajectory, type TrajectoryStatus } from './types.ts';

/**
 * A partner coach's start page: the trajectories ordered from their organisation, grouped by status, with the person
 * to guide, the municipality's contact person, the reports so far and — for started trajectories — a report form.
 */
export function PartnerPage() {
  const { data, error, reload } = useApi<{ items: PartnerTrajectory[] }>('/trajectories');
  const [filter, setFilter] = useState<TrajectoryStatus | ''>('');
  const items = data?.items ?? [];
  const count = (s: TrajectoryStatus) => items.filter((t) => t.status === s).length;
  const groups = statusOrder.filter((s) => (filter === '' || filter === s) && count(s) > 0);
  const { user } = useSession();
  const organisation = user?.organisationName;

  return (
    <Page title="Trajecten bij uw organisatie">
      <h1 className="utrecht-heading-1">Trajecten bij uw organisatie</h1>
      {organisation && <p className="utrecht-paragraph">Trajecten die de gemeente {user?.municipalityName} bij {organisation} heeft besteld.</p>}
      {error && <ErrorMessage error={error} />}
      {!data && !error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {data && (
        <>
          <div className="filters">
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor="partner-status">Toon trajecten met status</label>
              <select id="partner-status" className="utrecht-select" value={filter} onChange={(e) => setFilter(e.target.value as TrajectoryStatus | '')}>
                <option value="">Alle statussen ({items.length})</option>
                {statusOrder.map((s) => <option key={s} value={s}>{statusLabels[s]} ({count(s)})</option>)}
              </select>
            </div>
          </div>
          <p className="utrecht-paragraph" role="status">
            {items.length === 0 ? 'Er zijn nog geen trajecten bij uw organisatie besteld.' : `${groups.reduce((n, s) => n + count(s), 0)} van ${items.length} trajecten getoond.`}
          </p>
          {groups.map((s) => (
            <section key={s} aria-labelledby={`groep-${s}`}>
              <h2 className="utrecht-heading-2" id={`groep-${s}`}>{statusLabels[s]} ({count(s)})</h2>
              <ul className="record-list">
                {items.filter((t) => t.status === s).map((t) => <TrajectoryItem key={t.id} t={t} onSaved={reload} />)}
              </ul>
            </section>
          ))}
        </>
      )}
    </Page>
  );
}

function TrajectoryItem({ t, onSaved }: { t: PartnerTrajectory; onSaved: () => void }) {
  const head = `traject-${t.id}`;
  const r = t.resident;
  return (
    <li>
      <article aria-labelledby={head} className="trajectory">
        <h3 className="utrecht-heading-3" id={head}>{r.fullName} — {t.title}</h3>
        <p className="utrecht-paragraph"><span className="badge badge--status">{t.statusLabel}</span></p>
        <div className="trajectory__columns">
          <dl className="facts">
            <dt>Inwoner</dt><dd>{r.fullName}</dd>
            <dt>Telefoon</dt><dd>{r.phone ? <a className="utrecht-link" href={`tel:${r.phone.replace(/\s/g, '')}`}>{r.phone}</a> : 'Niet bekend'}</dd>
            <dt>E-mail</dt><dd>{r.email ? <a className="utrecht-link" href={`mailto:${r.email}`}>{r.email}</a> : 'Niet bekend'}</dd>
            <dt>Voorkeurstaal</dt><dd>{languageLabel(r.preferredLanguage)}</dd>
            <dt>Contactpersoon gemeente</dt><dd>{r.contactPerson ?? 'Nog niet toegewezen'}</dd>
          </dl>
          <dl className="facts">
            <dt>Opdracht</dt><dd>{t.title}{t.maatwerk ? ' (maatwerk)' : ''}</dd>
            <dt>Omvang</dt><dd>{t.units} × {t.unitLabel}</dd>
            <dt>Gepland</dt><dd>{dutchDate(t.plannedStartOn)} tot en met {dutchDate(t.plannedEndOn)}</dd>
            {t.startedOn && <><dt>Gestart op</dt><dd>{dutchDate(t.startedOn)}</dd></>}
            {t.endedOn && <><dt>Beëindigd op</dt><dd>{dutchDate(t.endedOn)}</dd></>}
            {t.outcomeLabel && <><dt>Uitkomst</dt><dd>{t.outcomeLabel}</dd></>}
          </dl>
        </div>
        <Reports t={t} />
        {t.status === 'started' && <ReportForm trajectoryId={t.id} onSaved={onSaved} />}
      </article>
    </li>
  );
}

function Reports({ t }: { t: PartnerTrajectory }) {
  if (t.reports.length === 0) return <p className="utrecht-paragraph">Nog geen rapportages.</p>;
  return (
    <div className="table-scroll">
      <table className="utrecht-table reports">
        <caption className="utrecht-table__caption">Rapportages bij {t.title} voor {t.resident.fullName}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Soort</th>
            <th scope="col" className="utrecht-table__header-cell">Periode</th>
            <th scope="col" className="utrecht-table__header-cell">Uren gepland</th>
            <th scope="col" className="utrecht-table__header-cell">Uren aanwezig</th>
            <th scope="col" className="utrecht-table__header-cell">Toelichting</th>
            <th scope="col" className="utrecht-table__header-cell">Gemeld</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {t.reports.map((rep) => (
            <tr key={rep.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">{rep.kindLabel}</td>
              <td className="utrecht-table__cell">{dutchDate(rep.periodFrom)} – {dutchDate(rep.periodTo)}</td>
              <td className="utrecht-table__cell">{rep.hoursPlanned ?? '—'}</td>
              <td className="utrecht-table__cell">{rep.hoursAttended ?? '—'}</td>
              <td className="utrecht-table__cell note">{rep.summary || '—'}</td>
              <td className="utrecht-table__cell">{dutchDate(rep.reportedAt)} door {rep.reportedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
