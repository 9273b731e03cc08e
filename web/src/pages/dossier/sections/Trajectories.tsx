import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../../api.ts';
import { Feedback, Field, today, useSubmit } from '../../../forms.tsx';
import { ErrorMessage } from '../../../layout/Layout.tsx';
import { useSession } from '../../../session.tsx';
import { useApi } from '../../../useApi.ts';
import { centsToInput, euros as formatEuros, parseEuros } from '../../../money.ts';
import {
  formatDate, fourEyesText, outcomeLabels, unitCount, unitLabels, type List, type Outcome, type Trajectory, type Unit,
} from '../../trajectories/types.ts';
import { useDossier } from '../DossierLayout.tsx';

// The catalogue as GET /instruments and GET /providers give it (src/modules/provisions/catalogue/schema.ts).
interface Offer { id: string; provider: { id: string; name: string }; unitPriceCents: number; expectedWaitDays: number; active: boolean }
interface Instrument { id: string; name: string; description: string; unit: Unit; unitLabel: string; active: boolean; offers: Offer[] }
interface Provider { id: string; name: string; providerTypeLabel: string }
interface Goal { id: string; title: string; status: string }

/** Trajecten: what was ordered for this resident, with the partner's reports, the next steps, and ordering a new one. */
export function TrajectoriesSection() {
  const { resident } = useDossier();
  const { user } = useSession();
  const list = useApi<List<Trajectory>>(`/residents/${resident.id}/trajectories`);
  const mayOrder = user?.role === 'work_consultant' || user?.role === 'team_lead';
  return (
    <>
      <section aria-labelledby="trajecten-lijst">
        <h2 className="utrecht-heading-2" id="trajecten-lijst">Trajecten</h2>
        {list.error && <ErrorMessage error={list.error} />}
        {!list.data && !list.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {list.data && list.data.items.length === 0 && <p className="utrecht-paragraph">Voor deze inwoner zijn nog geen trajecten besteld.</p>}
        {list.data && list.data.items.length > 0 && (
          <ul className="record-list" aria-labelledby="trajecten-lijst">
            {list.data.items.map((t) => <TrajectoryItem key={t.id} t={t} mayAct={mayOrder} onSaved={list.reload} />)}
          </ul>
        )}
      </section>
      {mayOrder && !list.error && (
        <section aria-labelledby="traject-bestellen">
          <h2 className="utrecht-heading-2" id="traject-bestellen">Traject bestellen</h2>
          <OrderForm residentId={resident.id} onSaved={list.reload} />
        </section>
      )}
    </>
  );
}

function TrajectoryItem({ t, mayAct, onSaved }: { t: Trajectory; mayAct: boolean; onSaved: () => void }) {
  const titleId = `traject-${t.id}`;
  return (
    <li data-testid="trajectory" aria-labelledby={titleId}>
      <div className="record-row">
        <h3 className="utrecht-heading-3" id={titleId}>{t.title}{t.maatwerk && <span className="badge">Maatwerk</span>}</h3>
        <span className={`status status--${t.status}`} data-testid="trajectory-status">{t.statusLabel}</span>
      </div>
      <dl className="facts">
        <dt>Aanbieder</dt><dd>{t.provider.name}</dd>
        <dt>Status</dt><dd>{t.statusLabel}</dd>
        <dt>Gepland</dt><dd><time dateTime={t.plannedStartOn}>{formatDate(t.plannedStartOn)}</time> tot en met <time dateTime={t.plannedEndOn}>{formatDate(t.plannedEndOn)}</time></dd>
        {t.startedOn && <><dt>Gestart op</dt><dd><time dateTime={t.startedOn}>{formatDate(t.startedOn)}</time></dd></>}
        {t.endedOn && <><dt>Beëindigd op</dt><dd><time dateTime={t.endedOn}>{formatDate(t.endedOn)}</time></dd></>}
        <dt>Bedrag</dt><dd>{formatEuros(t.amountCents)} ({unitCount(t.units, t.unit)} × {formatEuros(t.unitPriceCents)} per {t.unitLabel}, budget {t.budgetYear})</dd>
        {t.realisedCents !== null && <><dt>Werkelijke kosten</dt><dd>{formatEuros(t.realisedCents)}</dd></>}
        <dt>Vier ogen</dt><dd data-testid="four-eyes">{fourEyesText(t, formatEuros)}</dd>
        <dt>Voorgesteld door</dt><dd>{t.proposedBy} op {formatDate(t.proposedAt)}</dd>
        {t.decisionNote && <><dt>Toelichting besluit</dt><dd className="note">{t.decisionNote}</dd></>}
        {t.status === 'cancelled' && t.outcomeReason && <><dt>Reden annulering</dt><dd className="note">{t.outcomeReason}</dd></>}
        {t.maatwerk && t.customReason && <><dt>Reden maatwerk</dt><dd className="note">{t.customReason}</dd></>}
        {t.outcomeLabel && <><dt>Uitkomst</dt><dd>{t.outcomeLabel}{t.outcomeReason && ` — ${t.outcomeReason}`}</dd></>}
      </dl>
      <Reports t={t} />
      {mayAct && <Actions t={t} onSaved={onSaved} />}
    </li>
  );
}

function Reports({ t }: { t: Trajectory }) {
  if (t.reports.length === 0) {
    return t.status === 'started' || t.status === 'ended'
      ? <p className="utrecht-paragraph">De aanbieder heeft nog niets gerapporteerd.</p>
      : null;
  }
  return (
    <div className="table-scroll">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">Rapportages van {t.provider.name} over {t.title}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Soort</th>
            <th scope="col" className="utrecht-table__header-cell">Periode</th>
            <th scope="col" className="utrecht-table__header-cell">Aanwezig</th>
            <th scope="col" className="utrecht-table__header-cell">Voortgang en toelichting</th>
            <th scope="col" className="utrecht-table__header-cell">Door</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {t.reports.map((r) => (
            <tr key={r.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">{r.kindLabel}</td>
              <td className="utrecht-table__cell"><time dateTime={r.periodFrom}>{formatDate(r.periodFrom)}</time> – <time dateTime={r.periodTo}>{formatDate(r.periodTo)}</time></td>
              <td className="utrecht-table__cell">{r.hoursAttended !== null ? `${r.hoursAttended} van ${r.hoursPlanned ?? '?'} uur` : '—'}</td>
              <td className="utrecht-table__cell note">{r.summary}</td>
              <td className="utrecht-table__cell">{r.reportedBy}, {formatDate(r.reportedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The next steps a trajectory allows in its status: start (approved), end (started), cancel (proposed or approved). */
function Actions({ t, onSaved }: { t: Trajectory; onSaved: () => void }) {
  const canStart = t.status === 'approved';
  const canEnd = t.status === 'started';
  const canCancel = t.status === 'proposed' || t.status === 'approved';
  if (!canStart && !canEnd && !canCancel) return null;
  return (
    <div className="trajectory-actions trajectory-form">
      {canStart && <StartForm t={t} onSaved={onSaved} />}
      {canEnd && <EndForm t={t} onSaved={onSaved} />}
      {canCancel && <CancelForm t={t} onSaved={onSaved} />}
    </div>
  );
}

const ifMatch = (t: Trajectory) => `"v${t.version}"`;

function StartForm({ t, onSaved }: { t: Trajectory; onSaved: () => void }) {
  const [startedOn, setStartedOn] = useState(t.plannedStartOn < today() ? t.plannedStartOn : today());
  const s = useSubmit(onSaved);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(`/trajectories/${t.id}/start`, { method: 'POST', json: { startedOn }, ifMatch: ifMatch(t) }), 'Start van het traject vastgelegd.');
  };
  return (
    <details>
      <summary>Traject starten</summary>
      <form onSubmit={submit} aria-label={`${t.title} starten`} className="inline-form">
        <Field id={`start-${t.id}`} label="Werkelijke startdatum">
          <input id={`start-${t.id}`} type="date" className="utrecht-textbox" value={startedOn} max={today()} required onChange={(e) => setStartedOn(e.target.value)} />
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Start vastleggen</button>
      </form>
      <Feedback error={s.error} done={s.done} />
    </details>
  );
}

function EndForm({ t, onSaved }: { t: Trajectory; onSaved: () => void }) {
  const [endedOn, setEndedOn] = useState(t.plannedEndOn < today() ? t.plannedEndOn : today());
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [outcomeReason, setOutcomeReason] = useState('');
  const [realised, setRealised] = useState(centsToInput(t.amountCents));
  const [local, setLocal] = useState<string | null>(null);
  const s = useSubmit(onSaved);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const realisedCents = parseEuros(realised);
    if (!outcome) { setLocal('Kies de uitkomst van het traject.'); return; }
    if (realisedCents === null) { setLocal('Vul de werkelijke kosten in euro’s in, bijvoorbeeld 2.750,00.'); return; }
    setLocal(null);
    void s.run(() => api(`/trajectories/${t.id}/end`, {
      method: 'POST', json: { endedOn, outcome, outcomeReason, realisedCents }, ifMatch: ifMatch(t),
    }), 'Beëindiging van het traject vastgelegd.');
  };
  const id = (f: string) => `eind-${f}-${t.id}`;
  return (
    <details>
      <summary>Traject beëindigen</summary>
      <form onSubmit={submit} aria-label={`${t.title} beëindigen`}>
        <Field id={id('datum')} label="Einddatum">
          <input id={id('datum')} type="date" className="utrecht-textbox" value={endedOn} max={today()} min={t.startedOn ?? undefined} required onChange={(e) => setEndedOn(e.target.value)} />
        </Field>
        <Field id={id('uitkomst')} label="Uitkomst">
          <select id={id('uitkomst')} className="utrecht-select" value={outcome} aria-required="true" onChange={(e) => setOutcome(e.target.value as Outcome)}>
            <option value="">Kies een uitkomst</option>
            {Object.entries(outcomeLabels).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </Field>
        <Field id={id('reden')} label="Toelichting op de uitkomst" hint="Verplicht bij voortijdig stoppen (minstens 5 tekens).">
          <textarea id={id('reden')} className="utrecht-textarea" value={outcomeReason} aria-describedby={`${id('reden')}-hint`} maxLength={2000}
            aria-required={outcome === 'dropped_out'} onChange={(e) => setOutcomeReason(e.target.value)} />
        </Field>
        <Field id={id('kosten')} label="Werkelijke kosten in euro’s" hint={`Hoogstens de verplichting van ${formatEuros(t.amountCents)}; de rest valt vrij in het budget.`}>
          <input id={id('kosten')} className="utrecht-textbox money-input" inputMode="decimal" value={realised} aria-describedby={`${id('kosten')}-hint`}
            aria-required="true" onChange={(e) => setRealised(e.target.value)} />
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={s.busy}>Beëindiging vastleggen</button>
      </form>
      <Feedback error={local ?? s.error} done={s.done} />
    </details>
  );
}

function CancelForm({ t, onSaved }: { t: Trajectory; onSaved: () => void }) {
  const [reason, setReason] = useState('');
  const s = useSubmit(onSaved);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(() => api(`/trajectories/${t.id}/cancel`, { method: 'POST', json: { reason }, ifMatch: ifMatch(t) }), 'Traject geannuleerd; het bedrag valt vrij in het budget.');
  };
  return (
    <details>
      <summary>Traject annuleren</summary>
      <form onSubmit={submit} aria-label={`${t.title} annuleren`} className="inline-form">
        <Field id={`annuleer-${t.id}`} label="Reden van annuleren" hint="Minstens 5 tekens.">
          <textarea id={`annuleer-${t.id}`} className="utrecht-textarea" value={reason} aria-required="true" aria-describedby={`annuleer-${t.id}-hint`}
            maxLength={2000} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={s.busy}>Annulering vastleggen</button>
      </form>
      <Feedback error={s.error} done={s.done} />
    </details>
  );
}

/** Whole positive number of units, or null. */
const parseUnits = (s: string) => (/^\s*\d{1,5}\s*$/.test(s) && Number(s) >= 1 ? Number(s) : null);

function OrderForm({ residentId, onSaved }: { residentId: string; onSaved: () => void }) {
  const catalogue = useApi<List<Instrument>>('/instruments');
  const providers = useApi<List<Provider>>('/providers');
  const goals = useApi<List<Goal>>(`/residents/${residentId}/plan-goals`);
  const [mode, setMode] = useState<'catalogue' | 'maatwerk'>('catalogue');
  const [instrumentId, setInstrumentId] = useState('');
  const [offerId, setOfferId] = useState('');
  const [providerId, setProviderId] = useState('');
  const [customTitle, setCustomTitle] = useState('');
  const [customReason, setCustomReason] = useState('');
  const [unit, setUnit] = useState<Unit>('month');
  const [price, setPrice] = useState('');
  const [unitsText, setUnitsText] = useState('1');
  const [plannedStartOn, setPlannedStartOn] = useState(today());
  const [plannedEndOn, setPlannedEndOn] = useState('');
  const [goalId, setGoalId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [overrun, setOverrun] = useState<string | null>(null);

  const instruments = useMemo(() => (catalogue.data?.items ?? []).filter((i) => i.active && i.offers.some((o) => o.active)), [catalogue.data]);
  const instrument = instruments.find((i) => i.id === instrumentId) ?? null;
  const offers = instrument?.offers.filter((o) => o.active) ?? [];
  const offer = offers.find((o) => o.id === offerId) ?? null;
  // One provider for the instrument: choose it straight away.
  useEffect(() => { setOfferId(offers.length === 1 ? offers[0].id : ''); }, [instrumentId]); // eslint-disable-line react-hooks/exhaustive-deps

  const units = parseUnits(unitsText);
  const unitPriceCents = mode === 'catalogue' ? offer?.unitPriceCents ?? null : parseEuros(price);
  const unitLabel = mode === 'catalogue' ? instrument?.unitLabel ?? null : unitLabels[unit];
  const totalCents = units !== null && unitPriceCents !== null ? units * unitPriceCents : null;

  function body(confirmBudgetOverrun: boolean) {
    const common = { units, plannedStartOn, plannedEndOn, goalId: goalId || null, confirmBudgetOverrun };
    return mode === 'catalogue'
      ? { ...common, offerId }
      : { ...common, providerId: providerId || null, customTitle, customReason, unit, unitPriceCents };
  }
  function check(): string | null {
    if (mode === 'catalogue' && !offerId) return instrument ? 'Kies een aanbieder voor dit instrument.' : 'Kies een instrument uit de catalogus.';
    if (mode === 'maatwerk') {
      if (!providerId) return 'Kies een aanbieder.';
      if (customTitle.trim().length < 3) return 'Beschrijf het maatwerk in minstens 3 tekens.';
      if (customReason.trim().length < 10) return 'Geef bij maatwerk een reden van minstens 10 tekens.';
      if (unitPriceCents === null) return 'Vul de prijs per eenheid in euro’s in, bijvoorbeeld 1.250,00.';
    }
    if (units === null) return 'Vul het aantal eenheden in als heel getal van minstens 1.';
    if (!plannedStartOn || !plannedEndOn) return 'Vul de geplande start- en einddatum in.';
    if (plannedEndOn < plannedStartOn) return 'De geplande einddatum ligt vóór de startdatum.';
    return null;
  }
  async function send(confirm: boolean) {
    setError(null); setDone(null); setOverrun(null);
    const problem = check();
    if (problem) { setError(problem); return; }
    setBusy(true);
    try {
      const t = await api<Trajectory>(`/residents/${residentId}/trajectories`, { method: 'POST', json: body(confirm) });
      setDone(t.status === 'proposed'
        ? `${t.title} besteld voor ${formatEuros(t.amountCents)}. Dit is meer dan het grensbedrag van ${formatEuros(t.fourEyesThresholdCents)}: een teamleider moet het voorstel nog goedkeuren.`
        : `${t.title} besteld voor ${formatEuros(t.amountCents)} en direct goedgekeurd.`);
      setInstrumentId(''); setOfferId(''); setCustomTitle(''); setCustomReason(''); setPrice(''); setUnitsText('1'); setPlannedEndOn(''); setGoalId('');
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.title === 'Budget wordt overschreden') setOverrun(e.detail);
      else setError(e instanceof ApiError ? e.detail : 'Bestellen lukt nu niet. Probeer het opnieuw.');
    } finally { setBusy(false); }
  }
  const submit = (e: FormEvent) => { e.preventDefault(); void send(false); };
  const loadError = catalogue.error ?? providers.error;

  return (
    <form onSubmit={submit} aria-labelledby="traject-bestellen" className="trajectory-form" noValidate>
      {loadError && <ErrorMessage error={loadError} />}
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Wat bestelt u?</legend>
        <div className="checkbox-field">
          <input type="radio" id="bestel-catalogus" name="bestelsoort" checked={mode === 'catalogue'} onChange={() => setMode('catalogue')} />
          <label htmlFor="bestel-catalogus" className="utrecht-form-label">Uit de catalogus</label>
        </div>
        <div className="checkbox-field">
          <input type="radio" id="bestel-maatwerk" name="bestelsoort" checked={mode === 'maatwerk'} onChange={() => setMode('maatwerk')} />
          <label htmlFor="bestel-maatwerk" className="utrecht-form-label">Maatwerk buiten de catalogus</label>
        </div>
      </fieldset>

      {mode === 'catalogue' ? (
        <>
          <Field id="bestel-instrument" label="Instrument">
            <select id="bestel-instrument" className="utrecht-select" value={instrumentId} aria-required="true" onChange={(e) => setInstrumentId(e.target.value)}>
              <option value="">{catalogue.data ? 'Kies een instrument' : 'Catalogus laden…'}</option>
              {instruments.map((i) => <option key={i.id} value={i.id}>{i.name} (per {i.unitLabel})</option>)}
            </select>
          </Field>
          {instrument?.description && <p className="utrecht-paragraph source-note">{instrument.description}</p>}
          <Field id="bestel-aanbod" label="Aanbieder en prijs">
            <select id="bestel-aanbod" className="utrecht-select" value={offerId} aria-required="true" disabled={!instrument} onChange={(e) => setOfferId(e.target.value)}>
              <option value="">{instrument ? 'Kies een aanbieder' : 'Kies eerst een instrument'}</option>
              {offers.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.provider.name} — {formatEuros(o.unitPriceCents)} per {instrument!.unitLabel}{o.expectedWaitDays > 0 ? `, wachttijd ongeveer ${o.expectedWaitDays} dagen` : ''}
                </option>
              ))}
            </select>
          </Field>
        </>
      ) : (
        <>
          <Field id="bestel-aanbieder" label="Aanbieder">
            <select id="bestel-aanbieder" className="utrecht-select" value={providerId} aria-required="true" onChange={(e) => setProviderId(e.target.value)}>
              <option value="">{providers.data ? 'Kies een aanbieder' : 'Aanbieders laden…'}</option>
              {(providers.data?.items ?? []).map((p) => <option key={p.id} value={p.id}>{p.name}{p.providerTypeLabel ? ` (${p.providerTypeLabel})` : ''}</option>)}
            </select>
          </Field>
          <Field id="bestel-omschrijving" label="Omschrijving van het maatwerk">
            <input id="bestel-omschrijving" className="utrecht-textbox" value={customTitle} aria-required="true" maxLength={200} onChange={(e) => setCustomTitle(e.target.value)} />
          </Field>
          <Field id="bestel-reden" label="Reden voor maatwerk buiten de catalogus" hint="Verplicht: waarom past geen instrument uit de catalogus? Minstens 10 tekens.">
            <textarea id="bestel-reden" className="utrecht-textarea" value={customReason} aria-required="true" aria-describedby="bestel-reden-hint" maxLength={2000}
              onChange={(e) => setCustomReason(e.target.value)} />
          </Field>
          <Field id="bestel-eenheid" label="Eenheid">
            <select id="bestel-eenheid" className="utrecht-select" value={unit} onChange={(e) => setUnit(e.target.value as Unit)}>
              {Object.entries(unitLabels).map(([code, label]) => <option key={code} value={code}>per {label}</option>)}
            </select>
          </Field>
          <Field id="bestel-prijs" label="Prijs per eenheid in euro’s" hint="Bijvoorbeeld 1.250,00">
            <input id="bestel-prijs" className="utrecht-textbox money-input" inputMode="decimal" value={price} aria-required="true" aria-describedby="bestel-prijs-hint"
              onChange={(e) => setPrice(e.target.value)} />
          </Field>
        </>
      )}

      <Field id="bestel-aantal" label={unitLabel ? `Aantal (${unitLabel})` : 'Aantal eenheden'}>
        <input id="bestel-aantal" className="utrecht-textbox number-input" inputMode="numeric" value={unitsText} aria-required="true" onChange={(e) => setUnitsText(e.target.value)} />
      </Field>
      <p className="utrecht-paragraph order-total" aria-live="polite" data-testid="order-total">
        {unitPriceCents !== null && unitLabel && <>Prijs: {formatEuros(unitPriceCents)} per {unitLabel}. </>}
        {totalCents !== null ? <strong>Totaal: {formatEuros(totalCents)}</strong> : 'Totaal: vul een instrument of prijs en een aantal in.'}
      </p>
      <div className="inline-form">
        <Field id="bestel-start" label="Geplande startdatum">
          <input id="bestel-start" type="date" className="utrecht-textbox" value={plannedStartOn} aria-required="true" onChange={(e) => setPlannedStartOn(e.target.value)} />
        </Field>
        <Field id="bestel-eind" label="Geplande einddatum">
          <input id="bestel-eind" type="date" className="utrecht-textbox" value={plannedEndOn} min={plannedStartOn} aria-required="true" onChange={(e) => setPlannedEndOn(e.target.value)} />
        </Field>
      </div>
      {goals.data && goals.data.items.length > 0 && (
        <Field id="bestel-doel" label="Hoort bij doel uit het plan van aanpak">
          <select id="bestel-doel" className="utrecht-select" value={goalId} onChange={(e) => setGoalId(e.target.value)}>
            <option value="">Geen doel</option>
            {goals.data.items.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
          </select>
        </Field>
      )}
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>Traject bestellen</button>
      {overrun && (
        <div className="utrecht-alert utrecht-alert--warning notice" role="alert">
          <p className="utrecht-paragraph"><strong>Budget wordt overschreden.</strong> {overrun}</p>
          <div className="button-row">
            <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={busy} onClick={() => void send(true)}>Toch bestellen</button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setOverrun(null)}>Niet bestellen</button>
          </div>
        </div>
      )}
      <Feedback error={error} done={done} />
    </form>
  );
}
