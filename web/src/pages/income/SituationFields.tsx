import { centsToInput, parseEuros } from '../../money.ts';
import { CheckedField, described, type FieldErrors } from './checked.tsx';
import type { Situation } from './types.ts';

// The household situation a benefit is calculated on, as a form: partner, children at home, cost-sharers and the
// monthly earnings. What the form does not show (release months used, gifts, informal care) stays as it was.

export interface SituationDraft {
  applicantEarnings: string; partner: boolean; partnerBirthDate: string; partnerEarnings: string;
  children: string[]; costSharers: string[]; otherIncome: string;
}

export const draftOf = (s: Situation): SituationDraft => ({
  applicantEarnings: centsToInput(s.applicant.earningsCents), partner: s.partner !== null, partnerBirthDate: s.partner?.birthDate ?? '',
  partnerEarnings: centsToInput(s.partner?.earningsCents ?? 0), children: s.children.map((c) => c.birthDate),
  costSharers: s.costSharers.map((c) => c.birthDate), otherIncome: centsToInput(s.otherIncomeCents),
});

const moneyProblem = 'Vul een bedrag in euro in, bijvoorbeeld 250,00 (0 als er geen inkomsten zijn).';

/** The situation to send, or the messages per field id (ids made with `prefix`). */
export function situationOf(base: Situation, d: SituationDraft, prefix: string): { situation: Situation | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const money = (text: string, id: string) => { const c = parseEuros(text.trim() || '0'); if (c === null) errors[`${prefix}-${id}`] = moneyProblem; return c ?? 0; };
  const applicantEarnings = money(d.applicantEarnings, 'inkomsten');
  const otherIncome = money(d.otherIncome, 'overig');
  const partnerEarnings = d.partner ? money(d.partnerEarnings, 'partner-inkomsten') : 0;
  if (d.partner && !d.partnerBirthDate) errors[`${prefix}-partner-geboren`] = 'Vul de geboortedatum van de partner in.';
  d.children.forEach((b, i) => { if (!b) errors[`${prefix}-kind-${i}`] = `Vul de geboortedatum van kind ${i + 1} in.`; });
  d.costSharers.forEach((b, i) => { if (!b) errors[`${prefix}-kostendeler-${i}`] = `Vul de geboortedatum van kostendeler ${i + 1} in.`; });
  if (Object.keys(errors).length) return { situation: null, errors };
  return {
    errors,
    situation: {
      ...base,
      applicant: { ...base.applicant, earningsCents: applicantEarnings },
      partner: d.partner ? { birthDate: d.partnerBirthDate, earningsCents: partnerEarnings, generalReleaseMonthsUsed: base.partner?.generalReleaseMonthsUsed ?? 0 } : null,
      children: d.children.map((birthDate) => ({ birthDate })),
      costSharers: d.costSharers.map((birthDate) => ({ birthDate })),
      otherIncomeCents: otherIncome,
    },
  };
}

/** Where a server message about `situation.…` belongs in this form. */
export function situationFieldOf(path: string, prefix: string): string | null {
  const p = path.replace(/^situation\./, '');
  const item = /^(children|costSharers)\.(\d+)/.exec(p);
  if (item) return `${prefix}-${item[1] === 'children' ? 'kind' : 'kostendeler'}-${item[2]}`;
  if (p.startsWith('applicant.earnings')) return `${prefix}-inkomsten`;
  if (p.startsWith('partner.birthDate')) return `${prefix}-partner-geboren`;
  if (p.startsWith('partner.')) return `${prefix}-partner-inkomsten`;
  if (p.startsWith('otherIncome')) return `${prefix}-overig`;
  return null;
}

export function SituationFields({ prefix, draft, onChange, errors }: { prefix: string; draft: SituationDraft; onChange: (d: SituationDraft) => void; errors: FieldErrors }) {
  const set = (patch: Partial<SituationDraft>) => onChange({ ...draft, ...patch });
  const money = (key: 'applicantEarnings' | 'partnerEarnings' | 'otherIncome', id: string, label: string) => {
    const fid = `${prefix}-${id}`;
    return (
      <CheckedField id={fid} label={label} error={errors[fid]}>
        <input id={fid} className="utrecht-textbox money-input" inputMode="decimal" {...described(fid, false, errors[fid])}
          value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />
      </CheckedField>
    );
  };
  return (
    <fieldset>
      <legend className="utrecht-form-label">Nieuwe gezinssituatie</legend>
      {money('applicantEarnings', 'inkomsten', 'Inkomsten uit werk van de inwoner per maand (netto, in euro)')}
      <div className="checkbox-field">
        <input id={`${prefix}-partner`} type="checkbox" className="utrecht-checkbox" checked={draft.partner} onChange={(e) => set({ partner: e.target.checked })} />
        <label className="utrecht-form-label" htmlFor={`${prefix}-partner`}>Heeft een partner (gehuwd of gezamenlijke huishouding)</label>
      </div>
      {draft.partner && (
        <>
          <CheckedField id={`${prefix}-partner-geboren`} label="Geboortedatum partner" error={errors[`${prefix}-partner-geboren`]}>
            <input id={`${prefix}-partner-geboren`} type="date" className="utrecht-textbox" {...described(`${prefix}-partner-geboren`, false, errors[`${prefix}-partner-geboren`])}
              value={draft.partnerBirthDate} onChange={(e) => set({ partnerBirthDate: e.target.value })} />
          </CheckedField>
          {money('partnerEarnings', 'partner-inkomsten', 'Inkomsten uit werk van de partner per maand (netto, in euro)')}
        </>
      )}
      <People prefix={`${prefix}-kind`} noun="kind" legend="Kinderen thuis" dates={draft.children} errors={errors} onChange={(children) => set({ children })} />
      <People prefix={`${prefix}-kostendeler`} noun="kostendeler" legend="Kostendelers (huisgenoten die kosten delen; geen studenten of commerciële huurders)"
        dates={draft.costSharers} errors={errors} onChange={(costSharers) => set({ costSharers })} />
      {money('otherIncome', 'overig', 'Overig inkomen per maand (netto, in euro)')}
    </fieldset>
  );
}

/** A list of people by birth date, with add and remove buttons. */
function People({ prefix, noun, legend, dates, errors, onChange }: { prefix: string; noun: string; legend: string; dates: string[]; errors: FieldErrors; onChange: (d: string[]) => void }) {
  return (
    <fieldset>
      <legend className="utrecht-form-label">{legend}</legend>
      {dates.length === 0 && <p className="utrecht-paragraph">Geen.</p>}
      {dates.map((birthDate, i) => {
        const id = `${prefix}-${i}`;
        return (
          <div className="inline-form" key={i}>
            <CheckedField id={id} label={`Geboortedatum ${noun} ${i + 1}`} error={errors[id]}>
              <input id={id} type="date" className="utrecht-textbox" {...described(id, false, errors[id])} value={birthDate}
                onChange={(e) => onChange(dates.map((d, j) => (j === i ? e.target.value : d)))} />
            </CheckedField>
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => onChange(dates.filter((_, j) => j !== i))}>
              {noun[0].toUpperCase() + noun.slice(1)} {i + 1} verwijderen
            </button>
          </div>
        );
      })}
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => onChange([...dates, ''])}>
        {noun[0].toUpperCase() + noun.slice(1)} toevoegen
      </button>
    </fieldset>
  );
}
