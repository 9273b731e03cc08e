import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field, today, useSubmit } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { euros, parseEuros } from '../../money.ts';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';

// The shape of GET /reintegration-budgets/{year} (src/modules/provisions/budget/routes.ts).
interface Budget {
  year: number; budgetSet: boolean; source: string; version: number;
  budgetCents: number; committedCents: number; realisedCents: number; remainingCents: number; trajectories: number;
  warning: string | null;
}

/** Re-integratiebudget of a year: budget, committed, realised and remaining, with a meter; administrators set it. */
export function BudgetPage() {
  const { user } = useSession();
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const { data, error, reload } = useApi<Budget>(`/reintegration-budgets/${year}`);
  const shown = data?.year === year ? data : null;
  const years = Array.from({ length: 6 }, (_, k) => thisYear - 3 + k);

  return (
    <Page title="Re-integratiebudget">
      <h1 className="utrecht-heading-1">Re-integratiebudget</h1>
      <div className="filters">
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="budget-jaar">Jaar</label>
          <select id="budget-jaar" className="utrecht-select" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
      </div>
      {error && <ErrorMessage error={error} />}
      {!shown && !error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {shown && <Position b={shown} />}
      {shown && user?.role === 'administrator' && (
        <section aria-labelledby="budget-vaststellen">
          <h2 className="utrecht-heading-2" id="budget-vaststellen">Budget {shown.year} vaststellen</h2>
          <BudgetForm key={shown.year} b={shown} onSaved={reload} />
        </section>
      )}
    </Page>
  );
}

function Position({ b }: { b: Budget }) {
  const used = b.committedCents + b.realisedCents;
  const share = b.budgetCents > 0 ? Math.round((used / b.budgetCents) * 100) : null;
  const over = b.remainingCents < 0;
  return (
    <section aria-labelledby="budget-stand">
      <h2 className="utrecht-heading-2" id="budget-stand">Stand {b.year}</h2>
      {b.warning && (
        <div className="utrecht-alert utrecht-alert--warning" role="alert"><p className="utrecht-paragraph">{b.warning}</p></div>
      )}
      <dl className="facts budget-facts">
        <dt>Budget</dt><dd data-testid="budget-amount">{b.budgetSet ? euros(b.budgetCents) : 'Nog niet vastgesteld'}</dd>
        <dt>Verplicht</dt><dd>{euros(b.committedCents)} <span className="muted-text">(voorgestelde, goedgekeurde en gestarte trajecten)</span></dd>
        <dt>Gerealiseerd</dt><dd>{euros(b.realisedCents)} <span className="muted-text">(beëindigde trajecten)</span></dd>
        <dt>Vrij</dt><dd data-testid="budget-remaining" className={over ? 'amount-negative' : undefined}>{euros(b.remainingCents)}</dd>
        <dt>Trajecten</dt><dd>{b.trajectories}</dd>
        {b.source && <><dt>Bron</dt><dd>{b.source}</dd></>}
      </dl>
      {share !== null && (
        <div className="budget-meter">
          <label className="utrecht-form-label" htmlFor="budget-gebruik">Gebruikt (verplicht en gerealiseerd)</label>
          <meter id="budget-gebruik" min={0} max={b.budgetCents} low={b.budgetCents * 0.75} high={b.budgetCents * 0.9} optimum={0}
            value={Math.min(used, b.budgetCents)} aria-describedby="budget-gebruik-tekst">{share}%</meter>
          <p className="utrecht-paragraph" id="budget-gebruik-tekst">
            {share}% van het budget gebruikt: {euros(used)} van {euros(b.budgetCents)}{over ? ', het budget is overschreden' : ''}.
          </p>
        </div>
      )}
    </section>
  );
}

function BudgetForm({ b, onSaved }: { b: Budget; onSaved: () => void }) {
  const [amount, setAmount] = useState(b.budgetSet ? euros(b.budgetCents).replace(/^€\s/, '') : '');
  const [source, setSource] = useState(b.source);
  useEffect(() => { setSource(b.source); }, [b.source]);
  const s = useSubmit(onSaved);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => {
      const amountCents = parseEuros(amount);
      if (amountCents === null) throw new ApiError(400, 'Ongeldige invoer', 'Vul het budget in euro’s in, bijvoorbeeld 1.250.000,00.');
      return api(`/reintegration-budgets/${b.year}`, { method: 'PUT', ifMatch: `"v${b.budgetSet ? b.version : 0}"`, json: { amountCents, source } });
    }, `Budget ${b.year} opgeslagen.`);
  };
  return (
    <form onSubmit={submit} aria-labelledby="budget-vaststellen" noValidate>
      <div className="inline-form">
        <Field id="budget-bedrag" label="Budget in euro’s" hint="Bijvoorbeeld 1.250.000,00">
          <input id="budget-bedrag" className="utrecht-textbox" inputMode="decimal" aria-describedby="budget-bedrag-hint" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </Field>
        <Field id="budget-bron" label="Bron" hint="Bijvoorbeeld het raadsbesluit over de begroting">
          <input id="budget-bron" className="utrecht-textbox wide-input" aria-describedby="budget-bron-hint" value={source} onChange={(e) => setSource(e.target.value)} />
        </Field>
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Budget opslaan</button>
      <Feedback error={s.error} done={s.done} />
    </form>
  );
}
