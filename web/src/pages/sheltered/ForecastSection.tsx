import { useState, type FormEvent } from 'react';
import { Feedback, Field } from '../../forms.tsx';
import { ErrorMessage } from '../../layout/Layout.tsx';
import { useApi } from '../../useApi.ts';
import { nl, parseDecimal, type Forecast } from './types.ts';

/** The target for the coming years at a growth rate: the stored one, or another typed in to explore (not saved). */
export function ForecastSection({ year, growthRatePct }: { year: number; growthRatePct: number }) {
  const [rate, setRate] = useState(nl(growthRatePct));
  const [years, setYears] = useState(5);
  const [query, setQuery] = useState(`years=5`);
  const [local, setLocal] = useState<string | null>(null);
  const { data, error } = useApi<Forecast>(`/sheltered-work/${year}/forecast?${query}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const pct = parseDecimal(rate);
    if (pct === null || pct < -50 || pct > 100) { setLocal('Vul de groei in als percentage, bijvoorbeeld 7,5.'); return; }
    setLocal(null);
    setQuery(`years=${years}&growthRatePct=${pct}`);
  };
  return (
    <section aria-labelledby="prognose">
      <h2 className="utrecht-heading-2" id="prognose">Prognose</h2>
      <form onSubmit={submit} className="inline-form" aria-label="Prognose berekenen">
        <Field id="prognose-groei" label="Groei per jaar in %" hint="De vastgelegde groei staat ingevuld; een andere waarde wordt niet opgeslagen.">
          <input id="prognose-groei" className="utrecht-textbox number-input" inputMode="decimal" value={rate} aria-describedby="prognose-groei-hint" onChange={(e) => setRate(e.target.value)} />
        </Field>
        <Field id="prognose-jaren" label="Aantal jaren">
          <select id="prognose-jaren" className="utrecht-select" value={years} onChange={(e) => setYears(Number(e.target.value))}>
            {[3, 5, 10].map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">Prognose berekenen</button>
      </form>
      <Feedback error={local} done={null} />
      {error && <ErrorMessage error={error} />}
      {data && (
        <div className="table-scroll">
          <table className="utrecht-table" data-testid="forecast">
            <caption className="utrecht-table__caption">
              Taakstelling vanaf {data.fromYear} bij {nl(data.growthRatePct)}% groei per jaar, afgerond op hele uren per week
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Jaar</th>
                <th scope="col" className="utrecht-table__header-cell numeric">Uren per week</th>
                <th scope="col" className="utrecht-table__header-cell numeric">Plaatsingen van {nl(data.hoursPerPlacement)} uur</th>
                <th scope="col" className="utrecht-table__header-cell numeric">Vastgelegde taakstelling</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.years.map((y) => (
                <tr key={y.year} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">{y.year}</th>
                  <td className="utrecht-table__cell numeric">{nl(y.targetHoursPerWeek)}</td>
                  <td className="utrecht-table__cell numeric">{nl(y.targetPlacements)}</td>
                  <td className="utrecht-table__cell numeric">{y.setTargetHoursPerWeek !== null ? nl(y.setTargetHoursPerWeek) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
