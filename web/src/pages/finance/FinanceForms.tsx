import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field, useSubmit } from '../../forms.tsx';
import { centsToInput, parseEuros } from '../../money.ts';
import { useApi } from '../../useApi.ts';
import { streamLabels, streamOrder, type Basis, type FinanceYear, type ReserveSetting, type Stream } from './types.ts';

const amountOf = (text: string, what: string) => {
  const cents = parseEuros(text);
  if (cents === null) throw new ApiError(400, 'Ongeldige invoer', `Vul ${what} in euro’s in, bijvoorbeeld 1.250.000,00.`);
  return cents;
};

/** Budget or realised figures of one stream in one year (policy analysts). Prefilled with what is stored. */
export function FigureForm({ initialYear, onSaved }: { initialYear: number; onSaved: () => void }) {
  const [year, setYear] = useState(initialYear);
  const [stream, setStream] = useState<Stream>('benefits');
  const [basis, setBasis] = useState<Basis>('budget');
  const valid = year >= 2000 && year <= 2100;
  const { data, reload } = useApi<FinanceYear>(valid ? `/finance/${year}` : null);
  const cell = data?.year === year ? data.streams.find((c) => c.stream === stream) : undefined;
  const entered = cell ? cell[basis] : undefined;
  return (
    <section aria-labelledby="fin-invoeren">
      <h2 className="utrecht-heading-2" id="fin-invoeren">Begroting of realisatie invoeren</h2>
      <div className="filters">
        <Field id="fig-jaar" label="Jaar">
          <input id="fig-jaar" className="utrecht-textbox number-input" type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(Number(e.target.value))} />
        </Field>
        <Field id="fig-stroom" label="Stroom">
          <select id="fig-stroom" className="utrecht-select" value={stream} onChange={(e) => setStream(e.target.value as Stream)}>
            {streamOrder.map((s) => <option key={s} value={s}>{streamLabels[s]}</option>)}
          </select>
        </Field>
        <Field id="fig-basis" label="Soort cijfers">
          <select id="fig-basis" className="utrecht-select" value={basis} onChange={(e) => setBasis(e.target.value as Basis)}>
            <option value="budget">Begroting</option>
            <option value="realised">Realisatie (jaarrekening)</option>
          </select>
        </Field>
      </div>
      {cell && entered !== undefined && (
        <FigureFields key={`${year}-${stream}-${basis}-${entered?.version ?? 0}`} year={year} stream={stream} basis={basis} entered={entered}
          onSaved={() => { reload(); onSaved(); }} />
      )}
    </section>
  );
}

function FigureFields({ year, stream, basis, entered, onSaved }: {
  year: number; stream: Stream; basis: Basis; entered: FinanceYear['streams'][number]['budget']; onSaved: () => void;
}) {
  const [income, setIncome] = useState(entered ? centsToInput(entered.incomeCents) : '');
  const [expenditure, setExpenditure] = useState(entered?.expenditureCents != null ? centsToInput(entered.expenditureCents) : '');
  const fromMeedoenPossible = basis === 'realised' && stream !== 'sheltered_employment';  // SW is not registered in Meedoen
  const [fromMeedoen, setFromMeedoen] = useState(fromMeedoenPossible && entered !== null && entered.expenditureCents === null);
  const [source, setSource] = useState(entered?.source ?? '');
  const s = useSubmit(onSaved);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(`/finance/${year}/${basis}/${stream}`, {
      method: 'PUT', ifMatch: `"v${entered?.version ?? 0}"`,
      json: { incomeCents: amountOf(income, 'de inkomsten'), expenditureCents: fromMeedoen ? null : amountOf(expenditure, 'de uitgaven'), source },
    }), `Cijfers ${year} opgeslagen.`);
  };
  return (
    <form onSubmit={submit} aria-labelledby="fin-invoeren" noValidate>
      <p className="utrecht-paragraph muted-text">{entered ? `Ingevoerd, versie ${entered.version}.` : 'Nog niet ingevoerd.'}</p>
      <div className="inline-form">
        <Field id="fig-inkomsten" label="Inkomsten in euro’s" hint="Bijvoorbeeld 6.232.000,00">
          <input id="fig-inkomsten" className="utrecht-textbox money-input" inputMode="decimal" aria-describedby="fig-inkomsten-hint" value={income} onChange={(e) => setIncome(e.target.value)} />
        </Field>
        <Field id="fig-uitgaven" label="Uitgaven in euro’s">
          <input id="fig-uitgaven" className="utrecht-textbox money-input" inputMode="decimal" value={expenditure} disabled={fromMeedoen} onChange={(e) => setExpenditure(e.target.value)} />
        </Field>
        <Field id="fig-bron" label="Bron" hint="Bijvoorbeeld de begroting of de jaarrekening">
          <input id="fig-bron" className="utrecht-textbox wide-input" aria-describedby="fig-bron-hint" value={source} onChange={(e) => setSource(e.target.value)} />
        </Field>
      </div>
      {fromMeedoenPossible && (
        <div className="checkbox-field">
          <input id="fig-meedoen" type="checkbox" className="utrecht-checkbox" checked={fromMeedoen} onChange={(e) => setFromMeedoen(e.target.checked)} />
          <label htmlFor="fig-meedoen">Uitgaven uit Meedoen nemen ({stream === 'benefits' ? 'betalingen uit goedgekeurde betaalruns' : 'werkelijke kosten van de trajecten'} van {year})</label>
        </div>
      )}
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Cijfers opslaan</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}

/** The opening balance of the social-domain reserve (policy analysts). */
export function ReserveForm({ setting, onSaved }: { setting: ReserveSetting; onSaved: () => void }) {
  const [year, setYear] = useState(String(setting.openingYear ?? ''));
  const [balance, setBalance] = useState(setting.openingBalanceCents === null ? '' : centsToInput(setting.openingBalanceCents));
  const [source, setSource] = useState(setting.source);
  const s = useSubmit(onSaved);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api('/finance/reserve', {
      method: 'PUT', ifMatch: `"v${setting.version}"`,
      json: { openingYear: Number(year), openingBalanceCents: amountOf(balance, 'de beginstand'), source },
    }), 'Beginstand van de reserve opgeslagen.');
  };
  return (
    <section aria-labelledby="fin-reserve-stand">
      <h2 className="utrecht-heading-2" id="fin-reserve-stand">Beginstand van de reserve</h2>
      <form onSubmit={submit} aria-labelledby="fin-reserve-stand" noValidate>
        <div className="inline-form">
          <Field id="res-jaar" label="Beginjaar">
            <input id="res-jaar" className="utrecht-textbox number-input" type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(e.target.value)} />
          </Field>
          <Field id="res-stand" label="Stand op 1 januari in euro’s">
            <input id="res-stand" className="utrecht-textbox money-input" inputMode="decimal" value={balance} onChange={(e) => setBalance(e.target.value)} />
          </Field>
          <Field id="res-bron" label="Bron">
            <input id="res-bron" className="utrecht-textbox wide-input" value={source} onChange={(e) => setSource(e.target.value)} />
          </Field>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Beginstand opslaan</button>
        <Feedback error={s.error} done={s.done} />
      </form>
    </section>
  );
}
