import { AppShell, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import type { SessionUser } from '@spoor/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useLogoutMutation } from '../api/useAuth';
import { navigation } from '../app/routes';
import { useAbility } from '../auth/ability';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of every page after login: header with the user, navigation by what the role may do. */
export function AppLayout({ user, children }: { user: SessionUser; children: ReactNode }) {
  const { t } = useTranslation();
  const logout = useLogoutMutation();
  const location = useLocation();
  const ability = useAbility();
  // Home is marked on "/" only; every other link also on the pages below it (a case under the case list).
  const isActive = (path: string) => (path === '/' ? location.pathname === '/' : location.pathname.startsWith(path));
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
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {navigation(ability).map((route) => (
          <NavLink
            key={route.path}
            component={Link}
            to={route.path}
            label={t(route.navLabel)}
            active={isActive(route.path)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
