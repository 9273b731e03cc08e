import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';
import { today } from '../../forms.tsx';
import { euros, parseEuros } from '../../money.ts';
import { CheckedField, described, reasoningProblem, useDecide, type FieldErrors } from './checked.tsx';
import { draftOf, situationFieldOf, situationOf, SituationFields } from './SituationFields.tsx';
import { CalculationTable } from './parts.tsx';
import { formatDate, type Benefit, type BenefitList, type Calculation, type Decision, type Situation } from './types.ts';

// Wijzigen, beëindigen en terugvorderen bij een uitkering (POST /benefit-decisions, kind change/end/recover).

interface FormProps { b: Benefit; onDecided: (d: Decision) => void }

/** Motivering and the optional legal ground, the same in every decision form. */
function Motivation({ prefix, reasoning, setReasoning, legalGround, setLegalGround, errors, groundHint }: {
  prefix: string; reasoning: string; setReasoning: (v: string) => void; legalGround: string; setLegalGround: (v: string) => void; errors: FieldErrors; groundHint: string;
}) {
  return (
    <>
      <CheckedField id={`${prefix}-grondslag`} label="Wettelijke grondslag (optioneel)" hint={groundHint} error={errors[`${prefix}-grondslag`]}>
        <input id={`${prefix}-grondslag`} className="utrecht-textbox wide-input" {...described(`${prefix}-grondslag`, true, errors[`${prefix}-grondslag`])}
          value={legalGround} onChange={(e) => setLegalGround(e.target.value)} />
      </CheckedField>
      <CheckedField id={`${prefix}-motivering`} label="Motivering" hint="Minstens 20 tekens; komt in de brief onder 'Waarom dit besluit'." error={errors[`${prefix}-motivering`]}>
        <textarea id={`${prefix}-motivering`} className="utrecht-textarea" maxLength={5000} aria-required="true" {...described(`${prefix}-motivering`, true, errors[`${prefix}-motivering`])}
          value={reasoning} onChange={(e) => setReasoning(e.target.value)} />
      </CheckedField>
    </>
  );
}

/** Fields every decision shares, as the server names them. */
const commonField = (prefix: string) => (path: string) => (path === 'reasoning' ? `${prefix}-motivering` : path === 'legalGround' ? `${prefix}-grondslag` : null);
const ground = (legalGround: string) => (legalGround.trim() ? { legalGround: legalGround.trim() } : {});

export function ChangeForm({ b, thresholdCents, onDecided }: FormProps & { thresholdCents: number | null }) {
  const p = 'wijzigen';
  const [effectiveDate, setEffectiveDate] = useState(today() < b.startDate ? b.startDate : today());
  const [draft, setDraft] = useState(() => draftOf(b.situation!));
  const [preview, setPreview] = useState<Preview | null>(null);
  const [reasoning, setReasoning] = useState('');
  const [legalGround, setLegalGround] = useState('');
  const fieldOf = (path: string) => commonField(p)(path) ?? (path === 'effectiveDate' ? `${p}-ingang` : path.startsWith('situation') ? situationFieldOf(path, p) : null);
  const { errors, general, busy, send } = useDecide(fieldOf, [[/ingangsdatum/i, `${p}-ingang`]], onDecided);
  function submit(e: FormEvent) {
    e.preventDefault();
    const { situation, errors: local } = situationOf(b.situation!, draft, p);
    if (!effectiveDate) local[`${p}-ingang`] = 'Vul de ingangsdatum van de nieuwe situatie in.';
    else if (effectiveDate < b.startDate) local[`${p}-ingang`] = `De wijziging ligt vóór de ingangsdatum van de uitkering (${formatDate(b.startDate)}).`;
    const why = reasoningProblem(reasoning);
    if (why) local[`${p}-motivering`] = why;
    void send({ kind: 'change', benefitId: b.id, effectiveDate, situation, reasoning: reasoning.trim(), ...ground(legalGround) }, ordered(local, p));
  }
  return (
    <form className="trajectory-form" onSubmit={submit} aria-labelledby={`${p}-titel`} noValidate>
      <h3 className="utrecht-heading-3" id={`${p}-titel`}>Uitkering wijzigen</h3>
      <p className="utrecht-paragraph">Een nieuwe situatie vanaf een datum (bijvoorbeeld een partner, een kind of werk erbij). De bijstand wordt op de normtabel van die maand opnieuw berekend.</p>
      <p className="utrecht-paragraph" data-testid="change-four-eyes">
        {thresholdCents === null
          ? 'Vier ogen: uw gemeente heeft geen grensbedrag vastgelegd, dus elk besluit wacht op een tweede persoon (een teamleider of een andere consulent inkomen).'
          : `Vier ogen: is het nieuwe bedrag per maand hoger dan ${euros(thresholdCents)}, dan wacht het besluit op een tweede persoon (een teamleider of een andere consulent inkomen); anders wordt het direct vastgesteld.`}
      </p>
      <CheckedField id={`${p}-ingang`} label="Ingangsdatum van de nieuwe situatie" error={errors[`${p}-ingang`]}>
        <input id={`${p}-ingang`} type="date" className="utrecht-textbox" min={b.startDate} aria-required="true" {...described(`${p}-ingang`, false, errors[`${p}-ingang`])}
          value={effectiveDate} onChange={(e) => { setEffectiveDate(e.target.value); setPreview(null); }} />
      </CheckedField>
      <SituationFields prefix={p} draft={draft} onChange={(d) => { setDraft(d); setPreview(null); }} errors={errors} />
      <button type="button" className="utrecht-button utrecht-button--secondary-action"
        onClick={() => void calculate(b.situation!, situationOf(b.situation!, draft, p).situation, effectiveDate.slice(0, 7)).then(setPreview)}>Proefberekening</button>
      <div aria-live="polite" data-testid="change-preview">{preview && <PreviewText preview={preview} thresholdCents={thresholdCents} />}</div>
      <Motivation prefix={p} reasoning={reasoning} setReasoning={setReasoning} legalGround={legalGround} setLegalGround={setLegalGround} errors={errors}
        groundHint="Leeg: art. 43 lid 1 Participatiewet (vaststelling van de bijstand)." />
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>Wijzigingsbesluit vastleggen</button>
      <General text={general} />
    </form>
  );
}

type Preview = { now: Calculation; next: Calculation } | { problem: string };

/** A preview of the month the change starts in, the standing and the new situation side by side; nothing is stored. */
async function calculate(now: Situation, next: Situation | null, month: string): Promise<Preview> {
  if (!next || !/^\d{4}-\d{2}$/.test(month)) return { problem: 'Vul eerst de ingangsdatum en de gezinssituatie volledig in.' };
  const post = (s: Situation) => api<Calculation>('/benefit-calculations', { method: 'POST', json: { ...s, month } });
  try {
    const [a, b] = await Promise.all([post(now), post(next)]);
    return { now: a, next: b };
  } catch (e) {
    return { problem: e instanceof ApiError ? e.detail : 'Berekenen lukt nu niet.' };
  }
}

function PreviewText({ preview, thresholdCents }: { preview: Preview; thresholdCents: number | null }) {
  if ('problem' in preview) return <p className="utrecht-paragraph notice">{preview.problem}</p>;
  const second = thresholdCents === null || preview.next.payableCents > thresholdCents;
  return (
    <>
      <p className="utrecht-paragraph">Nu {euros(preview.now.payableCents)}, na de wijziging {euros(preview.next.payableCents)} per maand.
        {second ? ' Dit besluit vraagt een tweede persoon: na het vastleggen wacht het op goedkeuring.' : ''}</p>
      <CalculationTable calculation={preview.next} id="wijzigen-proefberekening" />
    </>
  );
}

export function EndForm({ b, endReasons, onDecided }: FormProps & { endReasons: BenefitList['endReasons'] }) {
  const p = 'beeindigen';
  const [lastDay, setLastDay] = useState('');
  const [reason, setReason] = useState('');
  const [reasoning, setReasoning] = useState('');
  const [legalGround, setLegalGround] = useState('');
  const fieldOf = (path: string) => commonField(p)(path) ?? (path === 'effectiveDate' ? `${p}-datum` : path === 'endReason' ? `${p}-reden` : null);
  const { errors, general, busy, send } = useDecide(fieldOf, [[/laatste dag/i, `${p}-datum`]], onDecided);
  function submit(e: FormEvent) {
    e.preventDefault();
    const local: FieldErrors = {};
    if (!lastDay) local[`${p}-datum`] = 'Vul de laatste dag met bijstand in.';
    else if (lastDay < b.startDate) local[`${p}-datum`] = `De laatste dag ligt vóór de ingangsdatum van de uitkering (${formatDate(b.startDate)}).`;
    if (!reason) local[`${p}-reden`] = 'Kies de reden van beëindigen.';
    const why = reasoningProblem(reasoning);
    if (why) local[`${p}-motivering`] = why;
    void send({ kind: 'end', benefitId: b.id, effectiveDate: lastDay, endReason: reason, reasoning: reasoning.trim(), ...ground(legalGround) }, local);
  }
  return (
    <form className="trajectory-form" onSubmit={submit} aria-labelledby={`${p}-titel`} noValidate>
      <h3 className="utrecht-heading-3" id={`${p}-titel`}>Uitkering beëindigen</h3>
      <p className="utrecht-paragraph">Het besluit wordt direct vastgesteld; na de laatste dag betaalt de betaalrun deze uitkering niet meer.</p>
      <CheckedField id={`${p}-datum`} label="Laatste dag met bijstand" error={errors[`${p}-datum`]}>
        <input id={`${p}-datum`} type="date" className="utrecht-textbox" min={b.startDate} aria-required="true" {...described(`${p}-datum`, false, errors[`${p}-datum`])}
          value={lastDay} onChange={(e) => setLastDay(e.target.value)} />
      </CheckedField>
      <CheckedField id={`${p}-reden`} label="Reden" error={errors[`${p}-reden`]}>
        <select id={`${p}-reden`} className="utrecht-select" aria-required="true" {...described(`${p}-reden`, false, errors[`${p}-reden`])} value={reason} onChange={(e) => setReason(e.target.value)}>
          <option value="">Kies een reden</option>
          {endReasons.map((r) => <option key={r.code} value={r.code}>{r.label}</option>)}
        </select>
      </CheckedField>
      <Motivation prefix={p} reasoning={reasoning} setReasoning={setReasoning} legalGround={legalGround} setLegalGround={setLegalGround} errors={errors}
        groundHint="Leeg: art. 11 Participatiewet (geen recht meer op bijstand)." />
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>Beëindiging vastleggen</button>
      <General text={general} />
    </form>
  );
}

export function RecoverForm({ b, thresholdCents, onDecided }: FormProps & { thresholdCents: number | null }) {
  const p = 'terugvorderen';
  const [amount, setAmount] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reasoning, setReasoning] = useState('');
  const [legalGround, setLegalGround] = useState('');
  const fieldOf = (path: string) => commonField(p)(path)
    ?? ({ recoveryCents: `${p}-bedrag`, recoveryFrom: `${p}-van`, recoveryTo: `${p}-tot` } as Record<string, string>)[path] ?? null;
  const { errors, general, busy, send } = useDecide(fieldOf, [[/einde van de periode/i, `${p}-tot`]], onDecided);
  const cents = parseEuros(amount);
  const secondPerson = thresholdCents === null || (cents !== null && cents > thresholdCents);
  function submit(e: FormEvent) {
    e.preventDefault();
    const local: FieldErrors = {};
    if (!cents) local[`${p}-bedrag`] = 'Vul het terug te vorderen bedrag in euro in, bijvoorbeeld 1.250,00.';
    if (!from) local[`${p}-van`] = 'Vul de eerste dag van de periode in.';
    if (!to) local[`${p}-tot`] = 'Vul de laatste dag van de periode in.';
    else if (from && to < from) local[`${p}-tot`] = 'Het einde van de periode ligt vóór het begin.';
    const why = reasoningProblem(reasoning);
    if (why) local[`${p}-motivering`] = why;
    void send({ kind: 'recover', benefitId: b.id, recoveryCents: cents ?? 0, recoveryFrom: from, recoveryTo: to, reasoning: reasoning.trim(), ...ground(legalGround) }, local);
  }
  return (
    <form className="trajectory-form" onSubmit={submit} aria-labelledby={`${p}-titel`} noValidate>
      <h3 className="utrecht-heading-3" id={`${p}-titel`}>Terugvorderen</h3>
      <p className="utrecht-paragraph" id={`${p}-vier-ogen`}>
        {thresholdCents === null
          ? 'Vier ogen: uw gemeente heeft geen grensbedrag vastgelegd, dus elke terugvordering wacht op een tweede persoon (een teamleider of een andere consulent inkomen).'
          : `Vier ogen: een terugvordering boven ${euros(thresholdCents)} wacht op een tweede persoon (een teamleider of een andere consulent inkomen) en werkt pas na diens goedkeuring door.`}
      </p>
      <CheckedField id={`${p}-bedrag`} label="Terug te vorderen bedrag in euro" hint="Bijvoorbeeld 1.250,00." error={errors[`${p}-bedrag`]}>
        <input id={`${p}-bedrag`} className="utrecht-textbox money-input" inputMode="decimal" aria-required="true" {...described(`${p}-bedrag`, true, errors[`${p}-bedrag`])}
          value={amount} onChange={(e) => setAmount(e.target.value)} />
      </CheckedField>
      <p className="utrecht-paragraph" aria-live="polite" data-testid="recovery-four-eyes">
        {cents !== null && cents > 0 && (secondPerson
          ? <strong>Dit bedrag vraagt een tweede persoon: na het vastleggen wacht de terugvordering op goedkeuring.</strong>
          : 'Dit bedrag is niet hoger dan het grensbedrag: de terugvordering wordt direct vastgesteld.')}
      </p>
      <div className="inline-form">
        <CheckedField id={`${p}-van`} label="Periode van" error={errors[`${p}-van`]}>
          <input id={`${p}-van`} type="date" className="utrecht-textbox" aria-required="true" {...described(`${p}-van`, false, errors[`${p}-van`])} value={from} onChange={(e) => setFrom(e.target.value)} />
        </CheckedField>
        <CheckedField id={`${p}-tot`} label="Periode tot en met" error={errors[`${p}-tot`]}>
          <input id={`${p}-tot`} type="date" className="utrecht-textbox" min={from || undefined} aria-required="true" {...described(`${p}-tot`, false, errors[`${p}-tot`])} value={to} onChange={(e) => setTo(e.target.value)} />
        </CheckedField>
      </div>
      <Motivation prefix={p} reasoning={reasoning} setReasoning={setReasoning} legalGround={legalGround} setLegalGround={setLegalGround} errors={errors}
        groundHint="Leeg: art. 58 Participatiewet (terugvordering)." />
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>Terugvordering vastleggen</button>
      <General text={general} />
    </form>
  );
}

/** Field messages in the order the fields appear: the date first, the situation, then the motivation. */
function ordered(errors: FieldErrors, p: string): FieldErrors {
  const rank = (id: string) => (id === `${p}-ingang` ? 0 : id === `${p}-motivering` ? 2 : 1);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

function General({ text }: { text: string | null }) {
  return (
    <div aria-live="polite">
      {text && <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{text}</p></div>}
    </div>
  );
}
