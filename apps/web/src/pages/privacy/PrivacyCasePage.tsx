import { Alert, Anchor, Badge, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { usePrivacyCaseQuery } from '../../api/usePrivacyCases';
import { Can } from '../../auth/ability';
import { formatDate, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { STATUS_COLOURS } from '../CasesPage';
import { LegalHoldControl, RestrictionControl } from './CasePrivacyControls';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/**
 * The privacy officer's case page: administrative facts, the legal hold and the restriction of processing,
 * each control shown only to a role the API lets do it.
 */
export function PrivacyCasePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = usePrivacyCaseQuery(id);
  const back = (
    <Anchor component={Link} to="/privacy/cases" size="sm">
      ← {t('privacy.cases.back')}
    </Anchor>
  );
  if (query.isPending) return <Loading />;
  if (query.isError) {
    const notFound =
      query.error instanceof ApiError && (query.error.statusCode === 404 || query.error.statusCode === 400);
    return (
      <Stack>
        <Alert color={notFound ? 'yellow' : 'red'} role="alert">
          {notFound ? t('privacy.cases.notFound') : t('privacy.common.loadError')}
        </Alert>
        {back}
      </Stack>
    );
  }
  const item = query.data;
  return (
    <Stack gap="md">
      {back}
      <Title order={2}>
        {item.reference}{' '}
        <Badge color={STATUS_COLOURS[item.status]} variant="light" size="lg" tt="none">
          {t(`caseStatuses.${item.status}`)}
        </Badge>
      </Title>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="dl">
          <Fact label={t('privacy.cases.type')}>{t(`caseTypes.${item.type}`)}</Fact>
          <Fact label={t('privacy.cases.organisation')}>{item.organisationName}</Fact>
          <Fact label={t('privacy.cases.startDate')}>{formatDate(item.startDate, i18n.language)}</Fact>
          <Fact label={t('privacy.cases.endDate')}>{formatDate(item.endDate, i18n.language)}</Fact>
          <Fact label={t('privacy.cases.completedAt')}>{formatDateTime(item.completedAt, i18n.language)}</Fact>
          <Fact label={t('privacy.cases.person')}>
            <Text span ff="monospace" size="sm">
              {item.personId}
            </Text>{' '}
            <Anchor component={Link} to={`/privacy/cases?personId=${encodeURIComponent(item.personId)}`} size="sm">
              {t('privacy.cases.personCases')}
            </Anchor>
          </Fact>
        </SimpleGrid>
      </Paper>
      <Can I="manage" a="Retention">
        <LegalHoldControl item={item} />
      </Can>
      <Can I="manage" a="PrivacyRequest">
        <RestrictionControl item={item} />
      </Can>
    </Stack>
  );
}
