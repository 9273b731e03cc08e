import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../api.ts';
import { Feedback, Field, today } from '../../forms.tsx';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useApi } from '../../useApi.ts';
import { formatDate, type Application, type List } from '../income/types.ts';
import { weeksText, type PortalIncome } from './types.ts';

const steps: [Application['status'], string][] = [['received', 'Ontvangen'], ['in_treatment', 'In behandeling'], ['repair_period', 'Aanvullen (hersteltermijn)'], ['decided', 'Besluit genomen']];

/** Mijn aanvraag: apply for bijstand, then follow the application step by step. */
export function MyApplicationPage() {
  const overview = useApi<PortalIncome>('/portal/income');
  const applications = useApi<List<Application>>('/benefit-applications?status=all');
  const reload = () => { overview.reload(); applications.reload(); };
  const open = applications.data?.items.find((a) => a.status !== 'decided');
  const decided = applications.data?.items.filter((a) => a.status === 'decided') ?? [];
  const benefit = overview.data?.benefit;
  return (
    <Page title="Mijn aanvraag">
      <h1 className="utrecht-heading-1">Mijn aanvraag bijstand</h1>
      {(overview.error || applications.error) && <ErrorMessage error={(overview.error ?? applications.error)!} />}
      {(!overview.data || !applications.data) && !overview.error && !applications.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {overview.data && applications.data && (
        <>
          {open && <FollowApplication a={open} terms={overview.data.legalTerms} />}
          {!open && benefit && benefit.status !== 'ended' && (
            <p className="utrecht-paragraph">
              U ontvangt bijstand sinds {formatDate(benefit.startDate)}. Verandert er iets in uw inkomen of huishouden?
              Geef het door bij <Link className="utrecht-link" to="/mijn/inkomsten">Mijn inkomsten</Link>.
            </p>
          )}
          {!open && (!benefit || benefit.status === 'ended') && <ApplyForm overview={overview.data} onApplied={reload} />}
          {decided.length > 0 && (
            <section aria-labelledby="eerder">
              <h2 className="utrecht-heading-2" id="eerder">Eerdere aanvragen</h2>
              <ul className="timeline">
                {decided.map((a) => <li key={a.id}>Ontvangen op {formatDate(a.receivedOn)}, besloten op {a.decidedOn ? formatDate(a.decidedOn) : '—'}. </li>)}
              </ul>
              <p className="utrecht-paragraph">De besluiten en brieven staan bij <Link className="utrecht-link" to="/mijn/besluiten">Mijn besluiten</Link>.</p>
            </section>
          )}
        </>
      )}
    </Page>
  );
}

function FollowApplication({ a, terms }: { a: Application; terms: PortalIncome['legalTerms'] }) {
  const reached = new Set(a.events.map((e) => e.status));
  return (
    <section aria-labelledby="volgen">
      <h2 className="utrecht-heading-2" id="volgen">Uw aanvraag van {formatDate(a.receivedOn)}</h2>
      <p className="utrecht-paragraph">Status: <strong data-testid="my-application-status">{a.statusLabel}</strong></p>
      <ol className="timeline" aria-label="Stappen van uw aanvraag">
        {steps.map(([code, label]) => (
          <li key={code}>{label}{a.status === code ? ' — hier bent u nu' : reached.has(code) ? ' — gedaan' : ''}</li>
        ))}
      </ol>
      {a.repair && (
        <div className="notice" role="note">
          <p className="utrecht-paragraph"><strong>Wij missen nog:</strong> {a.repair.missing}</p>
          <p className="utrecht-paragraph">Stuur dit uiterlijk {formatDate(a.repair.deadline)}. Tot die tijd staat de termijn voor het besluit stil.</p>
        </div>
      )}
      <p className="utrecht-paragraph">
        {a.decisionTerm.state === 'suspended'
          ? `U krijgt een besluit binnen ${weeksText(terms.decisionTerm)} na ontvangst, plus de tijd die u nodig heeft om de ontbrekende stukken te sturen.`
          : `U krijgt uiterlijk ${formatDate(a.decisionTerm.deadline)} een besluit.`}
        {a.advanceRequested && (a.advancePaidOn ? ` Uw voorschot is verstrekt op ${formatDate(a.advancePaidOn)}.` : a.advanceTerm ? ` U heeft een voorschot gevraagd; dat krijgt u uiterlijk ${formatDate(a.advanceTerm.deadline)} als er dan nog geen besluit is.` : '')}
      </p>
      <h3 className="utrecht-heading-3">Uw bewijsstukken</h3>
      <ul className="timeline">
        {a.documents.map((d) => <li key={d.code}>{d.label}: {d.received ? 'ontvangen' : 'nog niet ontvangen'}</li>)}
      </ul>
    </section>
  );
}

function ApplyForm({ overview, onApplied }: { overview: PortalIncome; onApplied: () => void }) {
  const [form, setForm] = useState({ iban: '', accountHolder: overview.residentName, requestedStartDate: today(), advanceRequested: false });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const h = overview.household;
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true); setError(null);
    try {
      await api('/benefit-applications', { method: 'POST', json: form });
      onApplied();
    } catch (err) {
      setError(err instanceof ApiError ? err.detail : 'Versturen lukt nu niet. Probeer het later opnieuw.');
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="aanvragen">
      <h2 className="utrecht-heading-2" id="aanvragen">Bijstand aanvragen</h2>
      <p className="utrecht-paragraph">Wij gebruiken de gegevens over uw huishouden die wij al hebben. Klopt iets niet? Zeg het tegen uw consulent.</p>
      <dl className="facts">
        <dt>Partner</dt><dd>{h.partner ? `${h.partner.name}, geboren ${formatDate(h.partner.birthDate)}` : 'Geen'}</dd>
        <dt>Kinderen thuis</dt><dd>{h.children.length ? h.children.map((c) => `${c.givenNames} (${formatDate(c.birthDate)})`).join(', ') : 'Geen'}</dd>
        <dt>Huisgenoten</dt><dd>{h.housemates.length ? h.housemates.map((m) => `${m.givenNames} (${formatDate(m.birthDate)})`).join(', ') : 'Geen'}</dd>
      </dl>
      <form className="trajectory-form" onSubmit={(e) => void submit(e)} aria-labelledby="aanvragen">
        <Field id="aanvraag-iban" label="Uw IBAN (rekeningnummer)" hint="Bijvoorbeeld NL91 ABNA 0417 1643 00. Hierop betalen wij de bijstand.">
          <input id="aanvraag-iban" className="utrecht-textbox" autoComplete="off" aria-describedby="aanvraag-iban-hint" value={form.iban} onChange={(e) => setForm({ ...form, iban: e.target.value })} />
        </Field>
        <Field id="aanvraag-houder" label="Naam van de rekeninghouder">
          <input id="aanvraag-houder" className="utrecht-textbox" autoComplete="name" value={form.accountHolder} onChange={(e) => setForm({ ...form, accountHolder: e.target.value })} />
        </Field>
        <Field id="aanvraag-start" label="Vanaf wanneer heeft u bijstand nodig?">
          <input id="aanvraag-start" type="date" className="utrecht-textbox" value={form.requestedStartDate} onChange={(e) => setForm({ ...form, requestedStartDate: e.target.value })} />
        </Field>
        <div className="checkbox-field">
          <input id="aanvraag-voorschot" type="checkbox" className="utrecht-checkbox" aria-describedby="aanvraag-voorschot-uitleg" checked={form.advanceRequested} onChange={(e) => setForm({ ...form, advanceRequested: e.target.checked })} />
          <label className="utrecht-form-label" htmlFor="aanvraag-voorschot">Ik vraag een voorschot</label>
        </div>
        <p className="utrecht-form-field-description" id="aanvraag-voorschot-uitleg">Heeft u geen geld om van te leven tot het besluit? Dan krijgt u binnen {weeksText(overview.legalTerms.advancePaymentTerm)} een voorschot.</p>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>Aanvraag versturen</button>
        <Feedback error={error} done={null} />
      </form>
    </section>
  );
}
