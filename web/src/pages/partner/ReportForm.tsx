import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field, today, useSubmit } from '../../forms.tsx';

const firstOfMonth = (d: string) => `${d.slice(0, 8)}01`;

/** Hours as typed: empty is "not given", anything else must be a whole number. */
function hours(text: string, label: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d+$/.test(t)) throw new ApiError(400, 'Ongeldige invoer', `Vul bij ${label} een heel aantal uren in.`);
  return Number(t);
}

/** Attendance or progress over a period, by the provider's coach, for a started trajectory. */
export function ReportForm({ trajectoryId, onSaved }: { trajectoryId: string; onSaved: () => void }) {
  const [kind, setKind] = useState<'attendance' | 'progress'>('attendance');
  const [periodFrom, setPeriodFrom] = useState(firstOfMonth(today()));
  const [periodTo, setPeriodTo] = useState(today());
  const [hoursPlanned, setHoursPlanned] = useState('');
  const [hoursAttended, setHoursAttended] = useState('');
  const [summary, setSummary] = useState('');
  const s = useSubmit(() => { setHoursPlanned(''); setHoursAttended(''); setSummary(''); onSaved(); });
  const id = (name: string) => `rapport-${trajectoryId}-${name}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(async () => {
      const json = {
        kind, periodFrom, periodTo,
        hoursPlanned: hours(hoursPlanned, 'geplande uren'), hoursAttended: hours(hoursAttended, 'aanwezige uren'), summary,
      };
      return api(`/trajectories/${trajectoryId}/reports`, { method: 'POST', json });
    }, kind === 'attendance' ? 'Aanwezigheid opgeslagen.' : 'Voortgang opgeslagen.');
  };
  return (
    <form onSubmit={submit} aria-labelledby={id('kop')} noValidate>
      <h4 className="utrecht-heading-4" id={id('kop')}>Rapportage toevoegen</h4>
      <div className="inline-form">
        <Field id={id('soort')} label="Soort rapportage">
          <select id={id('soort')} className="utrecht-select" value={kind} onChange={(e) => setKind(e.target.value as 'attendance' | 'progress')}>
            <option value="attendance">Aanwezigheid</option>
            <option value="progress">Voortgang</option>
          </select>
        </Field>
        <Field id={id('van')} label="Periode van">
          <input id={id('van')} type="date" className="utrecht-textbox" value={periodFrom} max={today()} onChange={(e) => setPeriodFrom(e.target.value)} />
        </Field>
        <Field id={id('tot')} label="Periode tot en met">
          <input id={id('tot')} type="date" className="utrecht-textbox" value={periodTo} onChange={(e) => setPeriodTo(e.target.value)} />
        </Field>
        <Field id={id('gepland')} label="Geplande uren">
          <input id={id('gepland')} inputMode="numeric" className="utrecht-textbox hours-input" value={hoursPlanned} onChange={(e) => setHoursPlanned(e.target.value)} />
        </Field>
        <Field id={id('aanwezig')} label="Aanwezige uren">
          <input id={id('aanwezig')} inputMode="numeric" className="utrecht-textbox hours-input" value={hoursAttended} onChange={(e) => setHoursAttended(e.target.value)} />
        </Field>
      </div>
      <Field id={id('toelichting')} label="Toelichting" hint="Bij voortgang verplicht: minstens 10 tekens. Schrijf geen medische gegevens op.">
        <textarea id={id('toelichting')} className="utrecht-textarea" aria-describedby={id('toelichting-hint')} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Rapportage opslaan</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}
