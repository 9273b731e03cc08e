import { Link } from 'react-router';
import { euros } from '../../money.ts';
import { formatDate } from '../trajectories/types.ts';
import { PlacementActions } from './PlacementActions.tsx';
import { hoursText, type Placement, type SubsidyCalculation } from './types.ts';

/** One placement: contract, instruments, the wage-cost subsidy line by line, follow-up moments, and what to do next. */
export function PlacementCard({ p, mayAct, residentLink, onSaved }: { p: Placement; mayAct: boolean; residentLink: boolean; onSaved: () => void }) {
  const titleId = `plaatsing-${p.id}`;
  return (
    <li data-testid="placement" aria-labelledby={titleId}>
      <div className="record-row">
        <h3 className="utrecht-heading-3" id={titleId}>{p.kindLabel} bij {p.employer.name}</h3>
        <span className={`status status--${p.status === 'active' ? 'started' : 'ended'}`} data-testid="placement-status">{p.statusLabel}</span>
      </div>
      <dl className="facts">
        <dt>Inwoner</dt>
        <dd>{residentLink ? <Link className="utrecht-link" to={`/inwoners/${p.resident.id}/plaatsingen`}>{p.resident.fullName}</Link> : p.resident.fullName}</dd>
        <dt>Werkgever</dt><dd>{p.employer.name}{p.employer.ownMunicipality ? '' : ` (gemeente ${p.employer.municipality}, regio)`}</dd>
        {p.opportunity && <><dt>Kans</dt><dd>{p.opportunity.title}</dd></>}
        <dt>Contracturen</dt><dd>{hoursText(p.contractHoursPerWeek)} uur per week</dd>
        <dt>Bruto uurloon</dt><dd>{p.hourlyWageCents !== null ? euros(p.hourlyWageCents) : 'Onbetaald'}</dd>
        <dt>Periode</dt>
        <dd>vanaf <time dateTime={p.startDate}>{formatDate(p.startDate)}</time>{p.endDate && <> tot en met <time dateTime={p.endDate}>{formatDate(p.endDate)}</time></>}</dd>
        {p.hiringSubsidyCents !== null && <><dt>Indienstnemingssubsidie</dt><dd>{euros(p.hiringSubsidyCents)}</dd></>}
        <dt>Jobcoach</dt><dd>{p.jobCoach ? `Ja${p.jobCoachHoursPerMonth ? `, ${p.jobCoachHoursPerMonth} uur per maand` : ''}` : 'Nee'}</dd>
        <dt>Uitkering</dt>
        <dd>{p.outflowRecordedOn ? `Uitstroom door werk gemeld per ${formatDate(p.outflowRecordedOn)}; de consulent inkomen beëindigt de uitkering` : 'Loopt door of niet van toepassing'}</dd>
        {p.endReasonLabel && <><dt>Reden einde</dt><dd>{p.endReasonLabel}{p.endNote && ` — ${p.endNote}`}</dd></>}
      </dl>
      {p.subsidyReview.length > 0 && (
        <div className="utrecht-alert utrecht-alert--warning" role="note" aria-label="Loonkostensubsidie opnieuw berekenen" data-testid="subsidy-review">
          {p.subsidyReview.map((reason) => <p key={reason} className="utrecht-paragraph">{reason}</p>)}
        </div>
      )}
      {p.wageCostSubsidy && <SubsidyTable c={p.wageCostSubsidy} />}
      {p.followups.length > 0 && (
        <>
          <h4 className="utrecht-heading-4">Nazorg</h4>
          <ul>
            {p.followups.map((f) => (
              <li key={f.id}><time dateTime={f.followedUpOn}>{formatDate(f.followedUpOn)}</time>: <span className="note">{f.note}</span>{f.recordedBy && ` (${f.recordedBy})`}</li>
            ))}
          </ul>
        </>
      )}
      {mayAct && p.status === 'active' && <PlacementActions p={p} onSaved={onSaved} />}
    </li>
  );
}

/** The calculation as the rule made it: each line with its amount and legal basis, and the table versions used. */
export function SubsidyTable({ c }: { c: SubsidyCalculation }) {
  return (
    <div className="table-scroll">
      <table className="utrecht-table" data-testid="subsidy-lines">
        <caption className="utrecht-table__caption">
          Loonkostensubsidie: {euros(c.monthlyCents)} per maand — {c.basisLabel}, berekend per {formatDate(c.on)}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Regel</th>
            <th scope="col" className="utrecht-table__header-cell numeric">Bedrag</th>
            <th scope="col" className="utrecht-table__header-cell">Grondslag</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {c.lines.map((l) => (
            <tr key={l.label} className="utrecht-table__row">
              <td className="utrecht-table__cell">{l.label}</td>
              <td className="utrecht-table__cell numeric">{euros(l.amountCents)}</td>
              <td className="utrecht-table__cell">{l.article}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="utrecht-paragraph source-note" data-testid="subsidy-tables">
        Tabelversies: minimumloon geldig vanaf {formatDate(c.tables.minimumWage.validFrom)} ({c.tables.minimumWage.source});
        {c.tables.youthWage && ` minimumjeugdloon ${c.tables.youthWage.age} jaar (${String(c.tables.youthWage.pct).replace('.', ',')}%) geldig vanaf ${formatDate(c.tables.youthWage.validFrom)};`}
        parameters loonkostensubsidie geldig vanaf {formatDate(c.tables.parameters.validFrom)} ({c.tables.parameters.source}).
        {c.wageValuePct !== null && c.wageValueMeasuredOn && ` Loonwaarde ${c.wageValuePct}% gemeten op ${formatDate(c.wageValueMeasuredOn)}.`}
      </p>
    </div>
  );
}
