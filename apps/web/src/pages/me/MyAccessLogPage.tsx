import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { LabelledPagination } from '../../components/LabelledPagination';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeAccessLogQuery, useMeDisclosuresQuery } from '../../api/useMePrivacy';
import { formatDate, formatDateTime } from '../../components/format';
import { accessSentence } from './accessSentence';
import { Loading } from '../../components/Loading';

const PAGE_SIZE = 50;

function Disclosures() {
  const { t, i18n } = useTranslation();
  const disclosures = useMeDisclosuresQuery();
  return (
    <Stack gap="sm" component="section" aria-label={t('privacy.me.disclosuresTitle')}>
      <Title order={3} size="h4">
        {t('privacy.me.disclosuresTitle')}
      </Title>
      {disclosures.isPending && <Loading size="sm" />}
      {disclosures.isError && (
        <Alert color="red" role="alert">
          {t('privacy.common.loadError')}
        </Alert>
      )}
      {disclosures.data && disclosures.data.items.length === 0 && (
        <Text c="dimmed">{t('privacy.me.disclosuresEmpty')}</Text>
      )}
      {disclosures.data?.items.map((item, index) => (
        <Paper key={item.id ?? index} withBorder p="sm" radius="md">
          <Text fw={500}>
            {t('privacy.me.disclosure', {
              recipient: item.recipient,
              date: formatDate(item.disclosedAt, i18n.language),
            })}
          </Text>
          <Text size="sm">
            {t('privacy.me.disclosureFields', {
              fields: item.fields
                .map((field) =>
                  i18n.exists(`privacy.me.disclosedFields.${field}`) ? t(`privacy.me.disclosedFields.${field}`) : field,
                )
                .join(', '),
            })}
          </Text>
          <Text size="sm">{t('privacy.me.disclosureBasis', { basis: item.legalBasis })}</Text>
          {item.caseReference && (
            <Text size="xs" c="dimmed">
              {t('privacy.me.caseReference', { reference: item.caseReference })}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

/** The participant's own access log in plain sentences, and to whom their data was given. */
export function MyAccessLogPage() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const log = useMeAccessLogQuery(page, PAGE_SIZE);
  const pages = log.data ? Math.max(1, Math.ceil(log.data.total / PAGE_SIZE)) : 1;
  return (
    <Stack gap="md" maw={900}>
      <Title order={2}>{t('privacy.me.accessLogTitle')}</Title>
      <Text>{t('privacy.me.accessLogIntro')}</Text>
      {log.isPending && <Loading />}
      {log.isError && (
        <Alert color="red" role="alert">
          {t('privacy.common.loadError')}
        </Alert>
      )}
      {log.data && log.data.items.length === 0 && <Text c="dimmed">{t('privacy.me.accessLogEmpty')}</Text>}
      {log.data && log.data.items.length > 0 && (
        <Stack
          gap={6}
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('privacy.me.accessLogTitle')}
        >
          {log.data.items.map((event, index) => (
            <Paper
              component="li"
              key={`${event.at}-${index}`}
              withBorder
              p="sm"
              radius="md"
              style={event.breakGlass ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
            >
              <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                <Text size="sm">{accessSentence(event, t, i18n.language)}</Text>
                {event.breakGlass && (
                  <Badge color="red" variant="filled" tt="none" miw="max-content">
                    {t('privacy.me.breakGlass')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {formatDateTime(event.at, i18n.language)}
                {event.caseReference ? ` · ${t('privacy.me.caseReference', { reference: event.caseReference })}` : ''}
              </Text>
              {event.breakGlass && (
                <Text size="xs" c="red.8">
                  {t('privacy.me.breakGlassHelp')}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      {log.data && pages > 1 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('privacy.common.page', { page, pages })}
          </Text>
          <LabelledPagination total={pages} value={page} onChange={setPage} />
        </Group>
      )}
      <Disclosures />
    </Stack>
  );
}
