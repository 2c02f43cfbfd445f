// The pages of the signed-in app.
import { Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { Link, Navigate, Route, Routes, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OrganizationDetailPage } from '../organizations/OrganizationDetailPage.tsx';
import {
  OrganizationEditPage,
  OrganizationNewPage,
} from '../organizations/OrganizationFormPage.tsx';
import { OrganizationListPage } from '../organizations/OrganizationListPage.tsx';
import { SettingsPage } from '../settings/SettingsPage.tsx';
import { Loading } from '../ui/QueryState.tsx';
import { WorklistPage } from '../worklist/WorklistPage.tsx';
import { api, unwrap } from '../api/client.ts';
import { useSession } from './session.tsx';

// The portfolio pages bring the chart library; it loads when they are first opened.
const PortfolioPage = lazy(() =>
  import('../portfolio/PortfolioPage.tsx').then((module) => ({ default: module.PortfolioPage })),
);
const BridgePage = lazy(() =>
  import('../portfolio/BridgePage.tsx').then((module) => ({ default: module.BridgePage })),
);
const MatrixPage = lazy(() =>
  import('../portfolio/MatrixPage.tsx').then((module) => ({ default: module.MatrixPage })),
);
const ReviewPage = lazy(() =>
  import('../review/ReviewPage.tsx').then((module) => ({ default: module.ReviewPage })),
);
const PlanPage = lazy(() =>
  import('../plan/PlanPage.tsx').then((module) => ({ default: module.PlanPage })),
);
const AcquisitionPage = lazy(() =>
  import('../acquisition/AcquisitionPage.tsx').then((module) => ({
    default: module.AcquisitionPage,
  })),
);
const ScoringMatrixPage = lazy(() =>
  import('../choosing/ScoringMatrixPage.tsx').then((module) => ({
    default: module.ScoringMatrixPage,
  })),
);
const GoalsPage = lazy(() =>
  import('../choosing/GoalsPage.tsx').then((module) => ({ default: module.GoalsPage })),
);
const ProspectProfilePage = lazy(() =>
  import('../choosing/ProspectProfilePage.tsx').then((module) => ({
    default: module.ProspectProfilePage,
  })),
);
const ServiceConceptsPage = lazy(() =>
  import('../servicing/ServiceConceptsPage.tsx').then((module) => ({
    default: module.ServiceConceptsPage,
  })),
);
const ProposalBoardPage = lazy(() =>
  import('../proposals/ProposalBoardPage.tsx').then((module) => ({
    default: module.ProposalBoardPage,
  })),
);
const MyCallBacksPage = lazy(() =>
  import('../call-backs/MyCallBacksPage.tsx').then((module) => ({
    default: module.MyCallBacksPage,
  })),
);
const ComplaintsPage = lazy(() =>
  import('../complaints/ComplaintsPage.tsx').then((module) => ({
    default: module.ComplaintsPage,
  })),
);
const AmbassadorsPage = lazy(() =>
  import('../ambassadors/AmbassadorsPage.tsx').then((module) => ({
    default: module.AmbassadorsPage,
  })),
);
const MarketingPyramidPage = lazy(() =>
  import('../ambassadors/MarketingPyramidPage.tsx').then((module) => ({
    default: module.MarketingPyramidPage,
  })),
);
const GiftRegisterPage = lazy(() =>
  import('../gifts/GiftRegisterPage.tsx').then((module) => ({
    default: module.GiftRegisterPage,
  })),
);
const CompliancePage = lazy(() =>
  import('../compliance/CompliancePage.tsx').then((module) => ({
    default: module.CompliancePage,
  })),
);
const SatisfactionPage = lazy(() =>
  import('../satisfaction/SatisfactionPage.tsx').then((module) => ({
    default: module.SatisfactionPage,
  })),
);
const LostClientsPage = lazy(() =>
  import('../lost-clients/LostClientsPage.tsx').then((module) => ({
    default: module.LostClientsPage,
  })),
);
const ImportPage = lazy(() =>
  import('../imports/ImportPage.tsx').then((module) => ({ default: module.ImportPage })),
);

export function SignedInRoutes() {
  return (
    <Routes>
      <Route index element={<Home />} />
      <Route path="worklist" element={<WorklistPage />} />
      <Route path="organizations" element={<OrganizationListPage />} />
      <Route path="organizations/new" element={<OrganizationNewPage />} />
      <Route path="organizations/:id" element={<OrganizationDetailPage />} />
      <Route path="organizations/:id/edit" element={<OrganizationEditPage />} />
      <Route
        path="portfolio"
        element={
          <Suspense fallback={<Loading />}>
            <PortfolioPage />
          </Suspense>
        }
      />
      <Route
        path="portfolio/bridge"
        element={
          <Suspense fallback={<Loading />}>
            <BridgePage />
          </Suspense>
        }
      />
      <Route
        path="portfolio/matrix"
        element={
          <Suspense fallback={<Loading />}>
            <MatrixPage />
          </Suspense>
        }
      />
      <Route
        path="portfolio/review"
        element={
          <Suspense fallback={<Loading />}>
            <ReviewPage />
          </Suspense>
        }
      />
      <Route
        path="portfolio/plan"
        element={
          <Suspense fallback={<Loading />}>
            <PlanPage />
          </Suspense>
        }
      />
      <Route
        path="portfolio/acquisition"
        element={
          <Suspense fallback={<Loading />}>
            <AcquisitionPage />
          </Suspense>
        }
      />
      <Route
        path="clients/scoring"
        element={
          <Suspense fallback={<Loading />}>
            <ScoringMatrixPage />
          </Suspense>
        }
      />
      <Route
        path="clients/goals"
        element={
          <Suspense fallback={<Loading />}>
            <GoalsPage />
          </Suspense>
        }
      />
      <Route
        path="clients/prospects"
        element={
          <Suspense fallback={<Loading />}>
            <ProspectProfilePage />
          </Suspense>
        }
      />
      <Route
        path="clients/service"
        element={
          <Suspense fallback={<Loading />}>
            <ServiceConceptsPage />
          </Suspense>
        }
      />
      <Route
        path="clients/proposals"
        element={
          <Suspense fallback={<Loading />}>
            <ProposalBoardPage />
          </Suspense>
        }
      />
      <Route
        path="clients/call-backs"
        element={
          <Suspense fallback={<Loading />}>
            <MyCallBacksPage />
          </Suspense>
        }
      />
      <Route
        path="clients/complaints"
        element={
          <Suspense fallback={<Loading />}>
            <ComplaintsPage />
          </Suspense>
        }
      />
      <Route
        path="clients/ambassadors"
        element={
          <Suspense fallback={<Loading />}>
            <AmbassadorsPage />
          </Suspense>
        }
      />
      <Route
        path="clients/pyramid"
        element={
          <Suspense fallback={<Loading />}>
            <MarketingPyramidPage />
          </Suspense>
        }
      />
      <Route
        path="clients/gifts"
        element={
          <Suspense fallback={<Loading />}>
            <GiftRegisterPage />
          </Suspense>
        }
      />
      <Route
        path="clients/compliance"
        element={
          <Suspense fallback={<Loading />}>
            <CompliancePage />
          </Suspense>
        }
      />
      <Route
        path="clients/satisfaction"
        element={
          <Suspense fallback={<Loading />}>
            <SatisfactionPage />
          </Suspense>
        }
      />
      <Route
        path="clients/lost"
        element={
          <Suspense fallback={<Loading />}>
            <LostClientsPage />
          </Suspense>
        }
      />
      <Route
        path="import"
        element={
          <Suspense fallback={<Loading />}>
            <ImportPage />
          </Suspense>
        }
      />
      <Route path="settings/:tab?" element={<SettingsPage />} />
      <Route path="invitation" element={<Navigate to="/organizations" replace />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

/** The first page: the worklist for whom has clients in their care, else the organisations. */
function Home() {
  const { user } = useSession();
  const managed = useQuery({
    queryKey: ['organizations', 'managed', user.id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: { query: { relationshipManagerId: user.id, status: 'client', limit: 1 } },
        }),
      ),
  });
  const navigate = useNavigate();
  const hasClients = (managed.data?.items.length ?? 0) > 0;
  const target = managed.isPending ? undefined : hasClients ? '/worklist' : '/organizations';
  useEffect(() => {
    // Once, and only while the visitor is still on the home address: a link followed while
    // the first page was being chosen wins (a redirect element would send them back).
    if (target && window.location.pathname === '/') void navigate(target, { replace: true });
  }, [target]);
  return <Loading />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Text>{t('app.notFound')}</Text>
      <Button component={Link} to="/organizations" variant="light">
        {t('app.backHome')}
      </Button>
    </Stack>
  );
}
