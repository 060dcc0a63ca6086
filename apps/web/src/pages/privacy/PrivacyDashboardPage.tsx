import { Alert, Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { SessionUser } from '@spoor/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAccessLogAnomaliesQuery } from '../../api/useAccessLog';
import { useBreachesQuery } from '../../api/useBreaches';
import { usePrivacyRequestsQuery } from '../../api/usePrivacyRequests';
import { breachClock, dueState } from './privacyFormat';
import { VerifyCard } from './VerifyCard';
import { Loading } from '../../components/Loading';

interface Counter {
  isPending: boolean;
  isError: boolean;
  value: number | undefined;
}

function Tile({ label, counter, to, alarm, extra }: { label: string; counter: Counter; to: string; alarm: 'red' | 'orange'; extra?: ReactNode }) {
  const { t } = useTranslation();
  let content: ReactNode;
  if (counter.isPending) content = <Loading size="sm" />;
  else if (counter.isError || counter.value === undefined) content = <Text c="red" size="sm">{t('privacy.common.loadError')}</Text>;
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

/** The privacy officer's start page: what needs attention now. */
export function PrivacyDashboardPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const requests = usePrivacyRequestsQuery();
  const breaches = useBreachesQuery();
  const anomalies = useAccessLogAnomaliesQuery();
  const now = new Date();
  const states = requests.data?.items.map((request) => dueState(request, now));
  const count = (state: string) => states?.filter((s) => s === state).length;
  const openBreaches = breaches.data?.items.filter((breach) => breachClock(breach, now).kind === 'left').length;
  const lateBreaches = breaches.data?.items.filter((breach) => breachClock(breach, now).kind === 'late').length;

  return (
    <Stack gap="md">
      <Title order={2}>{t('privacy.dashboard.title')}</Title>
      <Text c="dimmed">{t('privacy.dashboard.welcome', { name: user.displayName })}</Text>
      {(requests.isError || breaches.isError || anomalies.isError) && (
        <Alert color="red" role="alert">
          {t('privacy.common.loadError')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Tile
          label={t('privacy.dashboard.requestsOverdue')}
          counter={{ ...requests, value: count('overdue') }}
          to="/privacy/requests"
          alarm="red"
        />
        <Tile
          label={t('privacy.dashboard.requestsDueSoon')}
          counter={{ ...requests, value: count('dueSoon') }}
          to="/privacy/requests"
          alarm="orange"
        />
        <Tile
          label={t('privacy.dashboard.breachesOpen')}
          counter={{ ...breaches, value: openBreaches }}
          to="/privacy/breaches"
          alarm="orange"
          extra={
            lateBreaches ? (
              <Text size="sm" c="red.7" fw={500}>
                {t('privacy.dashboard.breachesLate', { count: lateBreaches })}
              </Text>
            ) : undefined
          }
        />
        <Tile
          label={t('privacy.dashboard.breakGlass')}
          counter={{ ...anomalies, value: anomalies.data?.breakGlassAwaitingReview.length }}
          to="/privacy/anomalies"
          alarm="orange"
        />
      </SimpleGrid>
      <VerifyCard />
    </Stack>
  );
}
