import { Route, Routes } from 'react-router';
import { EmployerDetailPage } from './EmployerDetailPage.tsx';
import { EmployerListPage } from './EmployerListPage.tsx';
import { OpportunitiesPage } from './OpportunitiesPage.tsx';

/** Werkgevers en kansen: /werkgevers (list), /werkgevers/kansen (open opportunities), /werkgevers/{id} (one employer). */
export function EmployersPage() {
  return (
    <Routes>
      <Route index element={<EmployerListPage />} />
      <Route path="kansen" element={<OpportunitiesPage />} />
      <Route path=":employerId" element={<EmployerDetailPage />} />
    </Routes>
  );
}

