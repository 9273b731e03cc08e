import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { Feedback, Field, today, useSubmit } from '../../forms.tsx';
import { useApi } from '../../useApi.ts';
import type { DashboardSettings } from './types.ts';

const kindLabels = { inhabitants: 'Inwonertal van de gemeente', national_benefits_per_1000: 'Landelijk aantal uitkeringen per 1.000 inwoners' } as const;
const number = (n: number, kind: keyof typeof kindLabels) => n.toLocaleString('nl-NL', { minimumFractionDigits: kind === 'inhabitants' ? 0 : 1, maximumFractionDigits: 2 });

/** Inhabitants and the national reference figure, each with its date and source; new figures never overwrite old ones. */
export function ReferenceFigures({ onSaved }: { onSaved: () => void }) {
  const { data, reload } = useApi<DashboardSettings>('/dashboard-settings');
  const [kind, setKind] = useState<keyof typeof kindLabels>('inhabitants');
  const [validFrom, setValidFrom] = useState(`${today().slice(0, 4)}-01-01`);
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const submit = useSubmit(() => { reload(); onSaved(); setValue(''); setSource(''); });
  function save(e: FormEvent) {
    e.preventDefault();
    const parsed = Number(value.replace(/\./g, '').replace(',', '.'));
    void submit.run(() => api('/dashboard-settings/reference-figures', { method: 'POST', json: { kind, validFrom, value: parsed, source } }), 'Het cijfer is vastgelegd.');
  }
  return (
    <section aria-labelledby="referentiecijfers" className="reference-figures">
      <h2 className="utrecht-heading-2" id="referentiecijfers">Inwonertal en landelijk referentiecijfer</h2>
      <p className="utrecht-paragraph">Nodig voor “uitkeringen per 1.000 inwoners”. Een nieuw cijfer geldt vanaf zijn peildatum; oudere cijfers blijven bewaard.</p>
      {data && data.referenceFigures.length > 0 && (
        <div className="table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Vastgelegde cijfers van {data.municipality.name}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {['Soort', 'Geldig vanaf', 'Waarde', 'Bron', 'Vastgelegd door'].map((h) => <th key={h} scope="col" className="utrecht-table__header-cell">{h}</th>)}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.referenceFigures.map((r) => (
                <tr key={r.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{kindLabels[r.kind]}</td>
                  <td className="utrecht-table__cell">{r.validFrom}</td>
                  <td className="utrecht-table__cell numeric">{number(r.value, r.kind)}</td>
                  <td className="utrecht-table__cell">{r.source}</td>
                  <td className="utrecht-table__cell">{r.recordedBy ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="inline-form" onSubmit={save} aria-label="Referentiecijfer vastleggen">
        <Field id="ref-soort" label="Soort cijfer">
          <select id="ref-soort" className="utrecht-select" value={kind} onChange={(e) => setKind(e.target.value as keyof typeof kindLabels)}>
            {Object.entries(kindLabels).map(([k, label]) => <option key={k} value={k}>{label}</option>)}
          </select>
        </Field>
        <Field id="ref-datum" label="Geldig vanaf">
          <input id="ref-datum" className="utrecht-textbox" type="date" required value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        </Field>
        <Field id="ref-waarde" label="Waarde">
          <input id="ref-waarde" className="utrecht-textbox number-input" inputMode="decimal" required value={value} onChange={(e) => setValue(e.target.value)} />
        </Field>
        <Field id="ref-bron" label="Bron">
          <input id="ref-bron" className="utrecht-textbox wide-input" required minLength={3} value={source} onChange={(e) => setSource(e.target.value)} />
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={submit.busy}>Vastleggen</button>
      </form>
      <Feedback error={submit.error} done={submit.done} />
    </section>
  );
}
