import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout, NotFound } from './layout/Layout.tsx';
import { CaseloadPage } from './pages/caseload/CaseloadPage.tsx';
import { CbsPage } from './pages/dashboards/CbsPage.tsx';
import { DashboardPage } from './pages/dashboards/DashboardPage.tsx';
import { DossierLayout } from './pages/dossier/DossierLayout.tsx';
import { dossierSections } from './pages/dossier/sections/index.ts';
import { AssessmentPage } from './pages/assessment/AssessmentPage.tsx';
import { BudgetPage } from './pages/budget/BudgetPage.tsx';
import { CataloguePage } from './pages/catalogue/CataloguePage.tsx';
import { EmployersPage } from './pages/employers/EmployersPage.tsx';
import { FinancePage } from './pages/finance/FinancePage.tsx';
import { ForecastsPage } from './pages/forecasts/ForecastsPage.tsx';
import { MatchingPage } from './pages/matching/MatchingPage.tsx';
import { PlacementsPage } from './pages/placements/PlacementsPage.tsx';
import { ReportEditPage } from './pages/reports/ReportEditPage.tsx';
import { ReportPage } from './pages/reports/ReportPage.tsx';
import { ReportsPage } from './pages/reports/ReportsPage.tsx';
import { ShelteredWorkPage } from './pages/sheltered/ShelteredWorkPage.tsx';
import { ChecksPage } from './pages/payments/ChecksPage.tsx';
import { PaymentsPage } from './pages/payments/PaymentsPage.tsx';
import { ApplicationDetailPage } from './pages/income/ApplicationDetailPage.tsx';
import { ApplicationsPage } from './pages/income/ApplicationsPage.tsx';
import { BenefitPage } from './pages/income/BenefitPage.tsx';
import { BenefitsPage } from './pages/income/BenefitsPage.tsx';
import { DecisionsPage } from './pages/income/DecisionsPage.tsx';
import { MyApplicationPage } from './pages/portal/MyApplicationPage.tsx';
import { MyDecisionsPage } from './pages/portal/MyDecisionsPage.tsx';
import { MyIncomePage } from './pages/portal/MyIncomePage.tsx';
import { PartnerPage } from './pages/partner/PartnerPage.tsx';
import { SupplyNeedPage } from './pages/supply/SupplyNeedPage.tsx';
import { TrajectoriesPage } from './pages/trajectories/TrajectoriesPage.tsx';
import { ImportPage } from './pages/import/index.ts';
import { LoginPage } from './pages/login/LoginPage.tsx';
import { SessionProvider } from './session.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="/inloggen" element={<LoginPage />} />
          <Route path="/" element={<Layout><CaseloadPage /></Layout>} />
          <Route path="/inwoners/:id" element={<Layout><DossierLayout /></Layout>}>
            {dossierSections.map(({ path, Component }) => (
              path ? <Route key={path} path={path} element={<Component />} /> : <Route key="overzicht" index element={<Component />} />
            ))}
          </Route>
          <Route path="/beheer/import" element={<Layout><ImportPage /></Layout>} />
          <Route path="/afwegingskaders" element={<Layout><AssessmentPage /></Layout>} />
          <Route path="/catalogus" element={<Layout><CataloguePage /></Layout>} />
          <Route path="/trajecten" element={<Layout><TrajectoriesPage /></Layout>} />
          <Route path="/partner" element={<Layout><PartnerPage /></Layout>} />
          <Route path="/budget" element={<Layout><BudgetPage /></Layout>} />
          <Route path="/aanbod-en-behoefte" element={<Layout><SupplyNeedPage /></Layout>} />
          <Route path="/werkgevers/*" element={<Layout><EmployersPage /></Layout>} />
          <Route path="/kandidaten/*" element={<Layout><MatchingPage /></Layout>} />
          <Route path="/plaatsingen/*" element={<Layout><PlacementsPage /></Layout>} />
          <Route path="/beschut-werk" element={<Layout><ShelteredWorkPage /></Layout>} />
          <Route path="/inkomen/betalingen/*" element={<Layout><PaymentsPage /></Layout>} />
          <Route path="/inkomen/controles" element={<Layout><ChecksPage /></Layout>} />
          <Route path="/inkomen/aanvragen" element={<Layout><ApplicationsPage /></Layout>} />
          <Route path="/inkomen/aanvragen/:id" element={<Layout><ApplicationDetailPage /></Layout>} />
          <Route path="/inkomen/besluiten" element={<Layout><DecisionsPage /></Layout>} />
          <Route path="/inkomen/uitkeringen" element={<Layout><BenefitsPage /></Layout>} />
          <Route path="/inkomen/uitkeringen/:residentId" element={<Layout><BenefitPage /></Layout>} />
          <Route path="/mijn/aanvraag" element={<Layout><MyApplicationPage /></Layout>} />
          <Route path="/mijn/besluiten" element={<Layout><MyDecisionsPage /></Layout>} />
          <Route path="/mijn/inkomsten" element={<Layout><MyIncomePage /></Layout>} />
          <Route path="/financien" element={<Layout><FinancePage /></Layout>} />
          <Route path="/prognoses" element={<Layout><ForecastsPage /></Layout>} />
          <Route path="/dashboard" element={<Layout><DashboardPage /></Layout>} />
          <Route path="/cbs" element={<Layout><CbsPage /></Layout>} />
          <Route path="/raadsrapportages" element={<Layout><ReportsPage /></Layout>} />
          <Route path="/raadsrapportages/:id" element={<Layout><ReportPage /></Layout>} />
          <Route path="/raadsrapportages/:id/bewerken" element={<Layout><ReportEditPage /></Layout>} />
          <Route path="*" element={<Layout><NotFound /></Layout>} />
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  </StrictMode>,
);
