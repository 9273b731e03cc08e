import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field, today } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { euros, parseEuros } from '../../money.ts';
import { useApi } from '../../useApi.ts';
import { formatDate, formatMonth, type HouseholdReport, type IncomeReport, type List } from '../income/types.ts';
import type { PortalIncome } from './types.ts';

/** This month and the three before it, newest first: the months a resident can report income over. */
function recentMonths(): string[] {
  const [y, m] = today().split('-').map(Number);
  return [0, 1, 2, 3].map((back) => {
    const d = new Date(Date.UTC(y, m - 1 - back, 1));
    return d.toISOString().slice(0, 7);
  });
}

/** Mijn inkomsten: report a month's income and a new housemate; see what was reported and whether it was processed. */
export function MyIncomePage() {
  const overview = useApi<PortalIncome>('/portal/income');
  const income = useApi<List<IncomeReport>>('/benefit-income-reports');
  const household = useApi<List<HouseholdReport>>('/benefit-household-reports');
  const reload = () => { income.reload(); household.reload(); };
  const benefit = overview.data?.benefit;
  return (
    <Page title="Mijn inkomsten">
      <h1 className="utrecht-heading-1">Mijn inkomsten en wijzigingen</h1>
      {overview.error && <ErrorMessage error={overview.error} />}
      {!overview.data && !overview.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {overview.data && (!benefit || benefit.status === 'ended') && <p className="utrecht-paragraph">U heeft geen lopende bijstand. Wijzigingen doorgeven kan als u bijstand ontvangt.</p>}
      {benefit && benefit.status !== 'ended' && (
        <>
          <p className="utrecht-paragraph">Inlichtingenplicht: geef elke maand door wat u verdiende of kreeg, en geef een nieuwe huisgenoot meteen door. Uw consulent inkomen rekent uw bijstand dan opnieuw uit.</p>
          <IncomeForm hasPartner={benefit.hasPartner} onSaved={reload} />
          <HousemateForm onSaved={reload} />
        </>
      )}
      <section aria-labelledby="doorgegeven">
        <h2 className="utrecht-heading-2" id="doorgegeven">Wat u heeft doorgegeven</h2>
        {income.data && household.data && income.data.items.length + household.data.items.length === 0 && <p className="utrecht-paragraph">Nog niets.</p>}
        <ul className="timeline">
          {income.data?.items.map((r) => (
            <li key={r.id} data-testid="my-income-report">Inkomsten {formatMonth(r.month)}: werk {euros(r.earningsApplicantCents ?? 0)}
              {(r.earningsPartnerCents ?? 0) > 0 && `, partner ${euros(r.earningsPartnerCents ?? 0)}`}, ander inkomen {euros(r.otherIncomeCents ?? 0)}, giften {euros(r.giftsCents ?? 0)} — {r.statusLabel}</li>
          ))}
          {household.data?.items.map((r) => <li key={r.id}>Huisgenoot {r.givenNames} sinds {formatDate(r.effectiveDate)} — {r.statusLabel}</li>)}
        </ul>
      </section>
    </Page>
  );
}

function useSend(onSaved: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function send(path: string, json: object, message: string) {
    setBusy(true); setError(null); setDone(null);
    try { await api(path, { method: 'POST', json }); setDone(message); onSaved(); } catch (e) { setError(e instanceof ApiError ? e.detail : 'Versturen lukt nu niet.'); } finally { setBusy(false); }
  }
  return { error, done, busy, send, setError };
}

function IncomeForm({ hasPartner, onSaved }: { hasPartner: boolean; onSaved: () => void }) {
  const months = recentMonths();
  const [month, setMonth] = useState(months[1]);
  const [amounts, setAmounts] = useState({ earnings: '0', partner: '0', other: '0', gifts: '0' });
  const [note, setNote] = useState('');
  const { error, done, busy, send, setError } = useSend(onSaved);
  const field = (key: keyof typeof amounts, id: string, label: string, hint?: string) => (
    <Field id={id} label={label} hint={hint}>
      <input id={id} className="utrecht-textbox money-input" inputMode="decimal" aria-describedby={hint ? `${id}-hint` : undefined} value={amounts[key]}
        onChange={(e) => setAmounts({ ...amounts, [key]: e.target.value })} />
    </Field>
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const cents = { earnings: parseEuros(amounts.earnings), partner: parseEuros(amounts.partner), other: parseEuros(amounts.other), gifts: parseEuros(amounts.gifts) };
    if (Object.values(cents).some((c) => c === null)) { setError('Vul bedragen in euro in, bijvoorbeeld 250,00. Vul 0 in als u niets kreeg.'); return; }
    void send('/benefit-income-reports', {
      month, earningsApplicantCents: cents.earnings, earningsPartnerCents: hasPartner ? cents.partner : 0, otherIncomeCents: cents.other, giftsCents: cents.gifts, note,
    }, `Uw inkomsten over ${formatMonth(month)} zijn doorgegeven.`);
  }
  return (
    <section aria-labelledby="inkomsten">
      <h2 className="utrecht-heading-2" id="inkomsten">Inkomsten van een maand doorgeven</h2>
      <form className="trajectory-form" onSubmit={submit} aria-labelledby="inkomsten">
        <Field id="inkomsten-maand" label="Maand">
          <select id="inkomsten-maand" className="utrecht-select" value={month} onChange={(e) => setMonth(e.target.value)}>
            {months.map((m) => <option key={m} value={m}>{formatMonth(m)}</option>)}
          </select>
        </Field>
        {field('earnings', 'inkomsten-werk', 'Inkomsten uit werk (netto, in euro)')}
        {hasPartner && field('partner', 'inkomsten-partner', 'Inkomsten uit werk van uw partner (netto, in euro)')}
        {field('other', 'inkomsten-ander', 'Ander inkomen (in euro)', 'Bijvoorbeeld alimentatie of een andere uitkering.')}
        {field('gifts', 'inkomsten-giften', 'Giften (in euro)', 'Geld dat u kreeg van familie, vrienden of een kerk.')}
        <Field id="inkomsten-toelichting" label="Toelichting (optioneel)">
          <textarea id="inkomsten-toelichting" className="utrecht-textarea" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>Inkomsten doorgeven</button>
        <Feedback error={error} done={done} />
      </form>
    </section>
  );
}

function HousemateForm({ onSaved }: { onSaved: () => void }) {
  const [form, setForm] = useState({ effectiveDate: today(), givenNames: '', birthDate: '', sharesCosts: true });
  const { error, done, busy, send } = useSend(onSaved);
  const submit = (e: FormEvent) => { e.preventDefault(); void send('/benefit-household-reports', form, 'De nieuwe huisgenoot is doorgegeven.'); };
  return (
    <section aria-labelledby="huisgenoot">
      <h2 className="utrecht-heading-2" id="huisgenoot">Nieuwe huisgenoot doorgeven</h2>
      <form className="trajectory-form" onSubmit={submit} aria-labelledby="huisgenoot">
        <Field id="huisgenoot-sinds" label="Woont bij u sinds">
          <input id="huisgenoot-sinds" type="date" className="utrecht-textbox" value={form.effectiveDate} onChange={(e) => setForm({ ...form, effectiveDate: e.target.value })} />
        </Field>
        <Field id="huisgenoot-naam" label="Voornaam">
          <input id="huisgenoot-naam" className="utrecht-textbox" value={form.givenNames} onChange={(e) => setForm({ ...form, givenNames: e.target.value })} />
        </Field>
        <Field id="huisgenoot-geboren" label="Geboortedatum">
          <input id="huisgenoot-geboren" type="date" className="utrecht-textbox" max={today()} value={form.birthDate} onChange={(e) => setForm({ ...form, birthDate: e.target.value })} />
        </Field>
        <div className="checkbox-field">
          <input id="huisgenoot-deelt" type="checkbox" className="utrecht-checkbox" aria-describedby="huisgenoot-deelt-uitleg" checked={form.sharesCosts} onChange={(e) => setForm({ ...form, sharesCosts: e.target.checked })} />
          <label className="utrecht-form-label" htmlFor="huisgenoot-deelt">Wij delen de kosten van het huis</label>
        </div>
        <p className="utrecht-form-field-description" id="huisgenoot-deelt-uitleg">Niet aankruisen als uw huisgenoot student is met studiefinanciering, of kamerhuur betaalt aan u (commerciële huur).</p>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>Huisgenoot doorgeven</button>
        <Feedback error={error} done={done} />
      </form>
    </section>
  );
}
