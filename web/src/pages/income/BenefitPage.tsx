import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { euros } from '../../money.ts';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { ChangeForm, EndForm, RecoverForm } from './BenefitForms.tsx';
import { decidedText } from './checked.tsx';
import { DecisionList } from './DecisionList.tsx';
import { RecoverySignals } from './RecoverySignals.tsx';
import { formatDate, type Benefit, type BenefitList, type Decision, type List, type Situation } from './types.ts';

const statusLabels: Record<Benefit['status'], string> = { active: 'Lopend', suspended: 'Opgeschort', ended: 'Beëindigd' };
type Action = 'change' | 'end' | 'recover';
const actionLabels: Record<Action, string> = { change: 'Uitkering wijzigen', end: 'Uitkering beëindigen', recover: 'Terugvorderen' };

/** One resident's benefits (the running one first) with the decision forms, and every decision about the resident. */
export function BenefitPage() {
  const { residentId } = useParams();
  const { user } = useSession();
  const benefits = useApi<BenefitList>(`/benefits?residentId=${residentId}`);
  const decisions = useApi<List<Decision>>(`/benefit-decisions?residentId=${residentId}`);
  const reload = () => { benefits.reload(); decisions.reload(); };
  const items = [...(benefits.data?.items ?? [])].sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active') || b.startDate.localeCompare(a.startDate));
  const name = items[0]?.residentName ?? decisions.data?.items[0]?.residentName;
  const consultant = user?.role === 'income_consultant';

  return (
    <Page title={name ? `Uitkering ${name}` : 'Uitkering'}>
      <p className="utrecht-paragraph"><Link className="utrecht-link" to="/inkomen/uitkeringen">Terug naar zoeken</Link></p>
      <h1 className="utrecht-heading-1">{name ? `Uitkering van ${name}` : 'Uitkering'}</h1>
      {benefits.error && <ErrorMessage error={benefits.error} />}
      {!benefits.data && !benefits.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
      {benefits.data && items.length === 0 && (
        <p className="utrecht-paragraph">Deze inwoner heeft geen uitkering. Bijstand begint met een <Link className="utrecht-link" to="/inkomen/aanvragen">aanvraag</Link>.</p>
      )}
      {benefits.data && items.map((b) => (
        <BenefitCard key={b.id} b={b} list={benefits.data!} consultant={consultant} onDecided={reload}
          pending={decisions.data ? decisions.data.items.some((d) => d.benefitId === b.id && d.status === 'proposed') : null} />
      ))}
      <section aria-labelledby="besluiten">
        <h2 className="utrecht-heading-2" id="besluiten">Besluiten</h2>
        {decisions.error && <ErrorMessage error={decisions.error} />}
        {decisions.data && <DecisionList items={decisions.data.items} onReviewed={reload} />}
      </section>
    </Page>
  );
}

function BenefitCard({ b, list, consultant, pending, onDecided }: { b: Benefit; list: BenefitList; consultant: boolean; pending: boolean | null; onDecided: () => void }) {
  const [open, setOpen] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const titleId = `uitkering-${b.id}`;
  const actions: Action[] = b.status === 'active' ? ['change', 'end', 'recover'] : ['recover'];
  const decided = (d: Decision) => { setOpen(null); setDone(decidedText(d)); onDecided(); };
  return (
    <section aria-labelledby={titleId} data-testid="benefit">
      <h2 className="utrecht-heading-2" id={titleId}>
        Bijstand sinds {formatDate(b.startDate)} <span className={`status status--${b.status === 'active' ? 'approved' : 'cancelled'}`}>{statusLabels[b.status]}</span>
      </h2>
      <dl className="facts">
        <dt>Ingangsdatum</dt><dd><time dateTime={b.startDate}>{formatDate(b.startDate)}</time></dd>
        {b.endDate && <><dt>Laatste dag</dt><dd><time dateTime={b.endDate}>{formatDate(b.endDate)}</time>{b.endReasonLabel && ` (${b.endReasonLabel})`}</dd></>}
        {b.situation && <SituationFacts s={b.situation} />}
        {!b.amountsHidden && b.iban && <><dt>IBAN</dt><dd>{b.iban.replace(/(.{4})/g, '$1 ').trim()} ({b.accountHolder})</dd></>}
      </dl>
      {b.amountsHidden && <p className="utrecht-paragraph">Bedragen, gezinssituatie en IBAN zijn niet zichtbaar voor uw rol.</p>}
      {!b.amountsHidden && <RecoverySignals benefitId={b.id} />}
      <div aria-live="polite" data-testid="benefit-feedback">{done && <p className="utrecht-paragraph success">{done}</p>}</div>
      {consultant && pending && <p className="utrecht-paragraph notice">Er wacht een besluit over deze uitkering op een tweede beoordelaar. Een nieuw besluit kan als dat is beoordeeld.</p>}
      {consultant && pending === false && !b.amountsHidden && (
        <>
          <div className="button-row" role="group" aria-label={`Besluit nemen over de bijstand sinds ${formatDate(b.startDate)}`}>
            {actions.map((a) => (
              <button key={a} type="button" className={`utrecht-button utrecht-button--${open === a ? 'primary' : 'secondary'}-action`}
                aria-expanded={open === a} aria-controls={`${titleId}-formulier`} onClick={() => { setDone(null); setOpen(open === a ? null : a); }}>
                {actionLabels[a]}
              </button>
            ))}
          </div>
          <div id={`${titleId}-formulier`}>
            {open === 'change' && <ChangeForm b={b} thresholdCents={list.monthlyFourEyesThresholdCents} onDecided={decided} />}
            {open === 'end' && <EndForm b={b} endReasons={list.endReasons} onDecided={decided} />}
            {open === 'recover' && <RecoverForm b={b} thresholdCents={list.recoveryFourEyesThresholdCents} onDecided={decided} />}
          </div>
        </>
      )}
    </section>
  );
}

/** The household and monthly income the benefit is calculated on. */
function SituationFacts({ s }: { s: Situation }) {
  const count = (n: number, one: string, more: string) => (n === 0 ? 'Geen' : `${n} ${n === 1 ? one : more}`);
  return (
    <>
      <dt>Leefvorm</dt><dd>{s.partner ? `Met partner (geboren ${formatDate(s.partner.birthDate)})` : 'Zonder partner'}</dd>
      <dt>Kinderen thuis</dt><dd>{count(s.children.length, 'kind', 'kinderen')}</dd>
      <dt>Kostendelers</dt><dd>{count(s.costSharers.length, 'kostendeler', 'kostendelers')}</dd>
      <dt>Inkomsten uit werk</dt><dd>{euros(s.applicant.earningsCents)} per maand{s.partner && `; partner ${euros(s.partner.earningsCents)}`}</dd>
      {s.otherIncomeCents > 0 && <><dt>Overig inkomen</dt><dd>{euros(s.otherIncomeCents)} per maand</dd></>}
    </>
  );
}
