import { ErrorMessage, Page } from '../../layout/Layout.tsx';
import { useSession } from '../../session.tsx';
import { useApi } from '../../useApi.ts';
import { ChangesSection } from './ChangesSection.tsx';
import { DecisionList } from './DecisionList.tsx';
import type { Decision, List } from './types.ts';

/** Besluiten: proposals waiting for the caller as second person, reported changes to process, and recent decisions. */
export function DecisionsPage() {
  const { user } = useSession();
  const awaiting = useApi<List<Decision>>('/benefit-decisions?awaitingMyReview=true');
  const recent = useApi<List<Decision>>('/benefit-decisions');
  const reload = () => { awaiting.reload(); recent.reload(); };
  return (
    <Page title="Besluiten bijstand">
      <h1 className="utrecht-heading-1">Besluiten bijstand</h1>
      <section aria-labelledby="wacht">
        <h2 className="utrecht-heading-2" id="wacht">Wacht op uw goedkeuring</h2>
        <p className="utrecht-paragraph">
          Vier ogen: een terugvordering boven het grensbedrag van de gemeente en een toekenning met voorschot worden pas vastgesteld als een teamleider
          of een andere consulent inkomen dan wie het voorstelde, het goedkeurt.
        </p>
        {awaiting.error && <ErrorMessage error={awaiting.error} />}
        {!awaiting.data && !awaiting.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {awaiting.data && awaiting.data.items.length === 0 && <p className="utrecht-paragraph">Er wachten geen besluiten op uw goedkeuring.</p>}
        {awaiting.data && awaiting.data.items.length > 0 && <DecisionList items={awaiting.data.items} onReviewed={reload} showResident />}
      </section>
      {user?.role === 'income_consultant' && <ChangesSection onDecided={reload} />}
      <section aria-labelledby="recent">
        <h2 className="utrecht-heading-2" id="recent">Recente besluiten</h2>
        {recent.error && <ErrorMessage error={recent.error} />}
        {recent.data && <DecisionList items={recent.data.items.filter((d) => !d.mayReview).slice(0, 20)} onReviewed={reload} showResident />}
      </section>
    </Page>
  );
}
