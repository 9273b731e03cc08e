import { NavLink } from 'react-router';
import { useSession } from '../../session.tsx';

/** The menu of matching, under each page's heading; what a role can use. */
export function MatchingNav() {
  const { user } = useSession();
  const consultant = user?.role === 'work_consultant' || user?.role === 'team_lead';
  return (
    <nav aria-label="Matching" className="dossier-nav">
      <ul>
        <li><NavLink className="utrecht-link" to="/kandidaten" end>Kansen</NavLink></li>
        {consultant && <li><NavLink className="utrecht-link" to="/kandidaten/verzoeken">Verzoeken om kennismaking</NavLink></li>}
        <li><NavLink className="utrecht-link" to="/kandidaten/batch">Plaatsingsvoorstel</NavLink></li>
      </ul>
    </nav>
  );
}
