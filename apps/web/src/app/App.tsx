import { Alert, Center } from '@mantine/core';
import type { SessionUser } from '@spoor/domain';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useMeQuery } from '../api/useAuth';
import { AbilityProvider, useAbility } from '../auth/ability';
import { AppLayout } from '../components/AppLayout';
import { Loading } from '../components/Loading';
import { LoginPage } from '../pages/LoginPage';
import { PUBLIC_ROUTES, sessionRoutes } from './routes';

/**
 * The public pages render whatever the session; otherwise, without a session every route shows the login
 * page, and with one the persona's pages.
 */
export function App() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMeQuery();
  const PublicPage = PUBLIC_ROUTES.find((route) => matchPath(route.path, location.pathname))?.page;
  if (PublicPage) {
    return (
      <Suspense
        fallback={
          <Center mih="100vh">
            <Loading />
          </Center>
        }
      >
        <PublicPage />
      </Suspense>
    );
  }
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
  return (
    <Routes>
      {sessionRoutes(ability).map(({ path, page: Page, redirect }) => (
        <Route
          key={path}
          path={path}
          element={Page ? <Page user={user} /> : <Navigate to={redirect ?? '/'} replace />}
        />
      ))}
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
