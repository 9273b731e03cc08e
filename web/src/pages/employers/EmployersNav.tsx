import { NavLink } from 'react-router';

/** The menu between the employer list and the opportunities, under each page's heading. */
export function EmployersNav() {
  return (
    <nav aria-label="Werkgevers en kansen" className="dossier-nav">
      <ul>
        <li><NavLink className="utrecht-link" to="/werkgevers" end>Werkgevers</NavLink></li>
        <li><NavLink className="utrecht-link" to="/werkgevers/kansen">Kansen</NavLink></li>
      </ul>
    </nav>
  );
}
