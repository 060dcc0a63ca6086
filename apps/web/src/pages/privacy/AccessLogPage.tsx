import { Alert, Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { LabelledPagination } from '../../components/LabelledPagination';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accessLogExportUrl, useAccessLogQuery, type AccessLogFilters } from '../../api/useAccessLog';
import { Can } from '../../auth/ability';
import { formatDateTime } from '../../components/format';
import { labelOf } from './privacyFormat';
import { VerifyCard } from './VerifyCard';
import { Loading } from '../../components/Loading';

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Draft {
  personId: string;
  caseId: string;
  actorId: string;
  from: string;
  to: string;
  outcome: '' | 'allowed' | 'denied';
  breakGlass: '' | 'true' | 'false';
}

const EMPTY: Draft = { personId: '', caseId: '', actorId: '', from: '', to: '', outcome: '', breakGlass: '' };

/** The form's values as API filters; null when one of them cannot be sent. */
function filtersOf(draft: Draft): AccessLogFilters | null {
  const filters: AccessLogFilters = {};
  for (const key of ['personId', 'caseId', 'actorId'] as const) {
    const value = draft[key].trim();
    if (!value) continue;
    if (!UUID.test(value)) return null;
    filters[key] = value;
  }
  if (draft.from) {
    if (!DATE.test(draft.from)) return null;
    filters.from = new Date(`${draft.from}T00:00:00`).toISOString();
  }
  if (draft.to) {
    if (!DATE.test(draft.to)) return null;
    filters.to = new Date(`${draft.to}T23:59:59.999`).toISOString();
  }
  if (draft.outcome) filters.outcome = draft.outcome;
  if (draft.breakGlass) filters.breakGlass = draft.breakGlass === 'true';
  return filters;
}

/** The privacy officer's view of every access event: filters, paging, CSV export and the seal status. */
export function AccessLogPage() {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [filters, setFilters] = useState<AccessLogFilters>({});
  const [invalid, setInvalid] = useState(false);
  const [page, setPage] = useState(1);
  const log = useAccessLogQuery(filters, page, PAGE_SIZE);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = filtersOf(draft);
    setInvalid(next === null);
    if (next) {
      setFilters(next);
      setPage(1);
    }
  };

  const set = (key: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const pages = log.data ? Math.max(1, Math.ceil(log.data.total / PAGE_SIZE)) : 1;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('privacy.accessLog.title')}</Title>
          {log.data && <Text c="dimmed">{t('privacy.accessLog.total', { count: log.data.total })}</Text>}
        </Group>
        <Can I="export" a="AccessLog">
          <Button component="a" href={accessLogExportUrl(filters)} variant="default" download>
            {t('privacy.accessLog.export')}
          </Button>
        </Can>
      </Group>
      <Can I="verify" a="AccessLog">
        <VerifyCard />
      </Can>
      <Paper withBorder p="sm" component="form" onSubmit={apply} aria-label={t('privacy.accessLog.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <TextInput label={t('privacy.accessLog.personId')} value={draft.personId} onChange={(e) => set('personId')(e.currentTarget.value)} />
          <TextInput label={t('privacy.accessLog.caseId')} value={draft.caseId} onChange={(e) => set('caseId')(e.currentTarget.value)} />
          <TextInput label={t('privacy.accessLog.actorId')} value={draft.actorId} onChange={(e) => set('actorId')(e.currentTarget.value)} />
          <NativeSelect
            label={t('privacy.accessLog.outcome')}
            value={draft.outcome}
            onChange={(e) => set('outcome')(e.currentTarget.value)}
            data={[
              { value: '', label: t('privacy.common.all') },
              { value: 'allowed', label: t('privacy.accessLog.outcomes.allowed') },
              { value: 'denied', label: t('privacy.accessLog.outcomes.denied') },
            ]}
          />
          <TextInput type="date" label={t('privacy.accessLog.from')} value={draft.from} onChange={(e) => set('from')(e.currentTarget.value)} />
          <TextInput type="date" label={t('privacy.accessLog.to')} value={draft.to} onChange={(e) => set('to')(e.currentTarget.value)} />
          <NativeSelect
            label={t('privacy.accessLog.breakGlass')}
            value={draft.breakGlass}
            onChange={(e) => set('breakGlass')(e.currentTarget.value)}
            data={[
              { value: '', label: t('privacy.common.all') },
              { value: 'true', label: t('privacy.common.yes') },
              { value: 'false', label: t('privacy.common.no') },
            ]}
          />
          <Group align="flex-end" gap="xs">
            <Button type="submit">{t('privacy.accessLog.apply')}</Button>
            <Button
              variant="subtle"
              onClick={() => {
                setDraft(EMPTY);
                setFilters({});
                setInvalid(false);
                setPage(1);
              }}
            >
              {t('privacy.accessLog.reset')}
            </Button>
          </Group>
        </SimpleGrid>
        {invalid && (
          <Text c="red" size="sm" mt="xs" role="alert">
            {t('privacy.accessLog.invalidFilter')}
          </Text>
        )}
      </Paper>
      {log.isPending && <Loading />}
      {log.isError && (
        <Alert color="red" role="alert">
          {t('privacy.common.loadError')}
        </Alert>
      )}
      {log.data && log.data.items.length === 0 && <Text c="dimmed">{t('privacy.accessLog.empty')}</Text>}
      {log.data && log.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped verticalSpacing="xs" aria-label={t('privacy.accessLog.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.accessLog.at')}</Table.Th>
                <Table.Th>{t('privacy.accessLog.actor')}</Table.Th>
                <Table.Th>{t('privacy.accessLog.action')}</Table.Th>
                <Table.Th>{t('privacy.accessLog.resource')}</Table.Th>
                <Table.Th>{t('privacy.accessLog.case')}</Table.Th>
                <Table.Th>{t('privacy.accessLog.purpose')}</Table.Th>
                <Table.Th>{t('privacy.accessLog.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.items.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.at, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{event.actorName ?? t('privacy.accessLog.unknownActor')}</Text>
                    <Text size="xs" c="dimmed">
                      {labelOf(t, 'roles', event.actorRole)}
                      {event.actorOrganisation ? ` · ${event.actorOrganisation}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {labelOf(t, 'privacy.accessLog.actions', event.action)}
                    {event.breakGlass && (
                      <Badge color="red" variant="filled" ml="xs" tt="none">
                        {t('privacy.accessLog.breakGlassBadge')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{labelOf(t, 'privacy.accessLog.resources', event.resource)}</Text>
                    {event.fields.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {event.fields.join(', ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{event.caseReference ?? '—'}</Table.Td>
                  <Table.Td>{labelOf(t, 'privacy.purposes', event.purpose)}</Table.Td>
                  <Table.Td>
                    <Badge color={event.outcome === 'allowed' ? 'teal' : 'red'} variant="light" tt="none">
                      {labelOf(t, 'privacy.accessLog.outcomes', event.outcome)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {log.data && pages > 1 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('privacy.common.page', { page, pages })}
          </Text>
          <LabelledPagination total={pages} value={page} onChange={setPage} />
        </Group>
      )}
    </Stack>
  );
}
