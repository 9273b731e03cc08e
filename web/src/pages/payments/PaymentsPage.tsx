import { Route, Routes } from 'react-router';
import { useSession } from '../../session.tsx';
import { MyPayslipsPage, PayslipPage } from './Payslips.tsx';
import { RunDetailPage } from './RunDetail.tsx';
import { RunsPage } from './RunsPage.tsx';

/**
 * Inkomen › Betalingen: /inkomen/betalingen (staff: the runs; a resident: their own payslips),
 * /inkomen/betalingen/runs/{id} (one run), /inkomen/betalingen/specificatie/{id} (one payslip).
 */
export function PaymentsPage() {
  const { user } = useSession();
  return (
    <Routes>
      <Route index element={user?.role === 'resident' ? <MyPayslipsPage /> : <RunsPage />} />
      <Route path="runs/:runId" element={<RunDetailPage />} />
      <Route path="specificatie/:paymentId" element={<PayslipPage />} />
    </Routes>
  );
}
