import { Alert, Center } from '@mantine/core';
import type { SessionUser } from '@spoor/domain';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useMeQuery } from '../api/useAuth';
import { AbilityProvider, useAbility } from '../auth/ability';
import { AppLayout } from '../components/AppLayout';
import { HomePage } from '../pages/HomePage';
import { InvitationPage } from '../pages/InvitationPage';
import { LoginPage } from '../pages/LoginPage';
import { PasswordResetPage } from '../pages/PasswordResetPage';
import { Loading } from '../components/Loading';

// Route-level code splitting: each persona downloads the pages it opens.
const AdminOrganisationsPage = lazy(() =>
  import('../pages/AdminOrganisationsPage').then((m) => ({ default: m.AdminOrganisationsPage })),
);
const AdminUsersPage = lazy(() => import('../pages/AdminUsersPage').then((m) => ({ default: m.AdminUsersPage })));
const CaseDetailPage = lazy(() => import('../pages/CaseDetailPage').then((m) => ({ default: m.CaseDetailPage })));
const CasesPage = lazy(() => import('../pages/CasesPage').then((m) => ({ default: m.CasesPage })));
const MyWorkPage = lazy(() => import('../pages/MyWorkPage').then((m) => ({ default: m.MyWorkPage })));
const MyAccessLogPage = lazy(() => import('../pages/me/MyAccessLogPage').then((m) => ({ default: m.MyAccessLogPage })));
const MyConsentsPage = lazy(() => import('../pages/me/MyConsentsPage').then((m) => ({ default: m.MyConsentsPage })));
const MyDataPage = lazy(() => import('../pages/me/MyDataPage').then((m) => ({ default: m.MyDataPage })));
const MyRequestsPage = lazy(() => import('../pages/me/MyRequestsPage').then((m) => ({ default: m.MyRequestsPage })));
const AccessLogPage = lazy(() => import('../pages/privacy/AccessLogPage').then((m) => ({ default: m.AccessLogPage })));
const AnomaliesPage = lazy(() => import('../pages/privacy/AnomaliesPage').then((m) => ({ default: m.AnomaliesPage })));
const BreachesPage = lazy(() => import('../pages/privacy/BreachesPage').then((m) => ({ default: m.BreachesPage })));
const PrivacyCasePage = lazy(() => import('../pages/privacy/PrivacyCasePage').then((m) => ({ default: m.PrivacyCasePage })));
const PrivacyCasesPage = lazy(() => import('../pages/privacy/PrivacyCasesPage').then((m) => ({ default: m.PrivacyCasesPage })));
const PrivacyDashboardPage = lazy(() => import('../pages/privacy/PrivacyDashboardPage').then((m) => ({ default: m.PrivacyDashboardPage })));
const RequestsPage = lazy(() => import('../pages/privacy/RequestsPage').then((m) => ({ default: m.RequestsPage })));
const RetentionPage = lazy(() => import('../pages/privacy/RetentionPage').then((m) => ({ default: m.RetentionPage })));

/** Pages that work without a session: someone following an e-mailed link, or who forgot their password. */
const PUBLIC_PAGES: Record<string, ComponentType> = {
  '/invitation': InvitationPage,
  '/password-reset': PasswordResetPage,
};

/**
 * The public pages render whatever the session; otherwise, without a session every route shows the login
 * page, and with one the persona's pages.
 */
export function App() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMeQuery();
  const PublicPage = PUBLIC_PAGES[location.pathname.replace(/\/+$/, '')];
  if (PublicPage) return <PublicPage />;
  if (me.isPending) {
    return (
      <Center mih="100vh">
        <Loading />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <Center mih="100vh">
        <Alert color="red" role="alert">
          {t('login.unavailable')}
        </Alert>
      </Center>
    );
  }
  if (!me.data) return <LoginPage />;
  const user = me.data;
  return (
    <AbilityProvider user={user}>
      <AppLayout user={user}>
        <Suspense fallback={<Loading />}>
          <SessionRoutes user={user} />
        </Suspense>
      </AppLayout>
    </AbilityProvider>
  );
}

function SessionRoutes({ user }: { user: SessionUser }) {
  const ability = useAbility();
  const readsCases = user.role !== 'privacy_officer';
  // "Mijn werk": for whoever does case work (coaches, labour experts), across their own caseload.
  const hasWorklist = ability.can('write_process_file', 'Case') || ability.can('write_special_file', 'Case');
  const home = ability.can('read', 'AccessLog') ? <PrivacyDashboardPage user={user} /> : <HomePage user={user} />;
  return (
    <Routes>
      <Route path="/" element={readsCases ? <Navigate to="/cases" replace /> : home} />
      {readsCases && <Route path="/cases" element={<CasesPage />} />}
      {readsCases && <Route path="/cases/:id" element={<CaseDetailPage />} />}
      {hasWorklist && <Route path="/worklist" element={<MyWorkPage />} />}
      {ability.can('manage', 'User') && <Route path="/admin/users" element={<AdminUsersPage />} />}
      {ability.can('manage', 'Organisation') && <Route path="/admin/organisations" element={<AdminOrganisationsPage />} />}
      {ability.can('read', 'AccessLog') && <Route path="/privacy/access-log" element={<AccessLogPage />} />}
      {ability.can('read', 'AccessLog') && <Route path="/privacy/anomalies" element={<AnomaliesPage />} />}
      {ability.can('manage', 'PrivacyRequest') && <Route path="/privacy/requests" element={<RequestsPage />} />}
      {ability.can('manage', 'Breach') && <Route path="/privacy/breaches" element={<BreachesPage />} />}
      {ability.can('manage', 'Retention') && <Route path="/privacy/retention" element={<RetentionPage />} />}
      {ability.can('manage', 'Retention') && <Route path="/privacy/cases" element={<PrivacyCasesPage />} />}
      {ability.can('manage', 'Retention') && <Route path="/privacy/cases/:id" element={<PrivacyCasePage />} />}
      {ability.can('read', 'OwnAccessLog') && <Route path="/me/access-log" element={<MyAccessLogPage />} />}
      {ability.can('read', 'OwnPrivacyRequest') && <Route path="/me/requests" element={<MyRequestsPage />} />}
      {ability.can('read', 'OwnData') && <Route path="/me/consents" element={<MyConsentsPage />} />}
      {ability.can('export', 'OwnData') && <Route path="/me/export" element={<MyDataPage />} />}
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
