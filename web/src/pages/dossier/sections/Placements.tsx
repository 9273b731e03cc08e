import { ErrorMessage } from '../../../layout/Layout.tsx';
import { useSession } from '../../../session.tsx';
import { useApi } from '../../../useApi.ts';
import { PlacementCard } from '../../placements/PlacementCard.tsx';
import { PlacementForm } from '../../placements/PlacementForm.tsx';
import type { Placement } from '../../placements/types.ts';
import type { List } from '../../trajectories/types.ts';
import { useDossier } from '../DossierLayout.tsx';

const mayRecord = ['work_consultant', 'team_lead', 'employer_account_manager'];

/** Plaatsingen: where this resident works or worked, with the wage-cost subsidy line by line, and recording a new one. */
export function PlacementsSection() {
  const { resident } = useDossier();
  const { user } = useSession();
  const list = useApi<List<Placement>>(`/residents/${resident.id}/placements`);
  const mayAct = mayRecord.includes(user?.role ?? '');
  return (
    <>
      <section aria-labelledby="plaatsingen-lijst">
        <h2 className="utrecht-heading-2" id="plaatsingen-lijst">Plaatsingen</h2>
        {list.error && <ErrorMessage error={list.error} />}
        {!list.data && !list.error && <p className="utrecht-paragraph" role="status">Laden…</p>}
        {list.data && list.data.items.length === 0 && <p className="utrecht-paragraph">Deze inwoner heeft nog geen plaatsing bij een werkgever.</p>}
        {list.data && list.data.items.length > 0 && (
          <ul className="record-list" aria-labelledby="plaatsingen-lijst">
            {list.data.items.map((p) => <PlacementCard key={p.id} p={p} mayAct={mayAct} residentLink={false} onSaved={list.reload} />)}
          </ul>
        )}
      </section>
      {mayAct && !list.error && (
        <section aria-labelledby="plaatsing-vastleggen">
          <h2 className="utrecht-heading-2" id="plaatsing-vastleggen">Plaatsing vastleggen</h2>
          <PlacementForm residentId={resident.id} onSaved={list.reload} />
        </section>
      )}
    </>
  );
}
