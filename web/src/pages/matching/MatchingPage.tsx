import { Route, Routes } from 'react-router';
import { BatchPage } from './BatchPage.tsx';
import { CandidatesPage } from './CandidatesPage.tsx';
import { MatchingHome } from './MatchingHome.tsx';
import { ResidentOpportunitiesPage } from './ResidentOpportunitiesPage.tsx';
import { RevealRequestsPage } from './RevealRequestsPage.tsx';

/**
 * Matching: /kandidaten (open opportunities), /kandidaten/kans/{id} (candidates), /kandidaten/verzoeken (reveal requests
 * for a consultant), /kandidaten/inwoner/{id} (opportunities for a resident), /kandidaten/batch (assignment proposal).
 */
export function MatchingPage() {
  return (
    <Routes>
      <Route index element={<MatchingHome />} />
      <Route path="kans/:opportunityId" element={<CandidatesPage />} />
      <Route path="verzoeken" element={<RevealRequestsPage />} />
      <Route path="inwoner/:residentId" element={<ResidentOpportunitiesPage />} />
      <Route path="batch" element={<BatchPage />} />
    </Routes>
  );
}
