import { Alert, Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { SessionUser } from '@spoor/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useRemindersQuery } from '../../api/useReminders';
import { VerifyCard } from './VerifyCard';
import { Loading } from '../../components/Loading';

interface Counter {
  isPending: boolean;
  isError: boolean;
  value: number | undefined;
}

function Tile({
  label,
  counter,
  to,
  alarm,
  extra,
}: {
  label: string;
  counter: Counter;
  to: string;
  alarm: 'red' | 'orange';
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  let content: ReactNode;
  if (counter.isPending) content = <Loading size="sm" />;
  else if (counter.isError || counter.value === undefined)
    content = (
      <Text c="red" size="sm">
        {t('privacy.common.loadError')}
      </Text>
    );
  else
    content = (
      <Text fz={32} fw={700} c={counter.value > 0 ? `${alarm}.7` : undefined} aria-label={`${label}: ${counter.value}`}>
        {counter.value}
      </Text>
    );
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        {content}
        {extra}
        <Anchor component={Link} to={to} size="sm">
          {t('privacy.dashboard.open')}
        </Anchor>
      </Stack>
    </Paper>
  );
}

/**
 * The privacy officer's start page: what needs attention now. The counts come from `GET /api/me/reminders`,
 * the same figures as the daily e-mail; counting needs no personal data, so opening the dashboard reads none.
 */
export function PrivacyDashboardPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const reminders = useRemindersQuery();
  const counter = (value: number | undefined): Counter => ({
    isPending: reminders.isPending,
    isError: reminders.isError,
    value,
  });
  const lateBreaches = reminders.data?.breachesOverdue;

  return (
    <Stack gap="md">
      <Title order={2}>{t('privacy.dashboard.title')}</Title>
      <Text c="dimmed">{t('privacy.dashboard.welcome', { name: user.displayName })}</Text>
      {reminders.isError && (
        <Alert color="red" role="alert">
          {t('privacy.common.loadError')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Tile
          label={t('privacy.dashboard.requestsOverdue')}
          counter={counter(reminders.data?.requestsOverdue)}
          to="/privacy/requests"
          alarm="red"
        />
        <Tile
          label={t('privacy.dashboard.requestsDueSoon')}
          counter={counter(reminders.data?.requestsDueSoon)}
          to="/privacy/requests"
          alarm="orange"
        />
        <Tile
          label={t('privacy.dashboard.breachesOpen')}
          counter={counter(reminders.data?.breachesToNotify)}
          to="/privacy/breaches"
          alarm="orange"
          extra={
            lateBreaches ? (
              <Text size="sm" c="red.9" fw={500}>
                {t('privacy.dashboard.breachesLate', { count: lateBreaches })}
              </Text>
            ) : undefined
          }
        />
        <Tile
          label={t('privacy.dashboard.breakGlass')}
          counter={counter(reminders.data?.breakGlassToReview)}
          to="/privacy/anomalies"
          alarm="orange"
          extra={
            reminders.data?.breakGlassFollowUps ? (
              <Text size="sm" c="red.9" fw={500}>
                {t('breakGlass.followUps.dashboard', { count: reminders.data.breakGlassFollowUps })}
              </Text>
            ) : undefined
          }
        />
      </SimpleGrid>
      <VerifyCard />
    </Stack>
  );
}
