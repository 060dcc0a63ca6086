import { AppShell, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import type { SessionUser } from '@spoor/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useLogoutMutation } from '../api/useAuth';
import { Can, useAbility } from '../auth/ability';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of every page after login: header with the user, navigation by what the role may do. */
export function AppLayout({ user, children }: { user: SessionUser; children: ReactNode }) {
  const { t } = useTranslation();
  const logout = useLogoutMutation();
  const location = useLocation();
  const ability = useAbility();
  const hasWorklist = ability.can('write_process_file', 'Case') || ability.can('write_special_file', 'Case');
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={1} size="h3">
            {t('app.name')}
          </Title>
          <Group gap="sm">
            <Stack gap={0} align="flex-end" visibleFrom="sm">
              <Text size="sm" fw={500}>
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`roles.${user.role}`)}
              </Text>
            </Stack>
            <LanguageSwitch />
            <Button variant="subtle" onClick={() => logout.mutate()} loading={logout.isPending}>
              {t('home.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="navigation">
        <NavLink component={Link} to="/" label={t('nav.home')} active={location.pathname === '/'} />
        {hasWorklist && (
          <NavLink component={Link} to="/worklist" label={t('nav.worklist')} active={location.pathname.startsWith('/worklist')} />
        )}
        <Can I="read" a="Case">
          <NavLink component={Link} to="/cases" label={t('nav.cases')} active={location.pathname.startsWith('/cases')} />
        </Can>
        <Can I="manage" a="User">
          <NavLink
            component={Link}
            to="/admin/users"
            label={t('nav.users')}
            active={location.pathname.startsWith('/admin/users')}
          />
        </Can>
        <Can I="manage" a="Organisation">
          <NavLink
            component={Link}
            to="/admin/organisations"
            label={t('nav.organisations')}
            active={location.pathname.startsWith('/admin/organisations')}
          />
        </Can>
        <Can I="read" a="AccessLog">
          <NavLink component={Link} to="/privacy/access-log" label={t('privacy.nav.accessLog')} active={location.pathname.startsWith('/privacy/access-log')} />
          <NavLink component={Link} to="/privacy/anomalies" label={t('privacy.nav.anomalies')} active={location.pathname.startsWith('/privacy/anomalies')} />
        </Can>
        <Can I="manage" a="PrivacyRequest">
          <NavLink component={Link} to="/privacy/requests" label={t('privacy.nav.requests')} active={location.pathname.startsWith('/privacy/requests')} />
        </Can>
        <Can I="manage" a="Breach">
          <NavLink component={Link} to="/privacy/breaches" label={t('privacy.nav.breaches')} active={location.pathname.startsWith('/privacy/breaches')} />
        </Can>
        <Can I="manage" a="Retention">
          <NavLink component={Link} to="/privacy/cases" label={t('privacy.nav.cases')} active={location.pathname.startsWith('/privacy/cases')} />
          <NavLink component={Link} to="/privacy/retention" label={t('privacy.nav.retention')} active={location.pathname.startsWith('/privacy/retention')} />
        </Can>
        <Can I="read" a="OwnAccessLog">
          <NavLink component={Link} to="/me/access-log" label={t('privacy.nav.myAccessLog')} active={location.pathname.startsWith('/me/access-log')} />
        </Can>
        <Can I="read" a="OwnPrivacyRequest">
          <NavLink component={Link} to="/me/requests" label={t('privacy.nav.myRequests')} active={location.pathname.startsWith('/me/requests')} />
        </Can>
        <Can I="read" a="OwnData">
          <NavLink component={Link} to="/me/consents" label={t('privacy.nav.myConsents')} active={location.pathname.startsWith('/me/consents')} />
        </Can>
        <Can I="export" a="OwnData">
          <NavLink component={Link} to="/me/export" label={t('privacy.nav.myData')} active={location.pathname.startsWith('/me/export')} />
        </Can>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
