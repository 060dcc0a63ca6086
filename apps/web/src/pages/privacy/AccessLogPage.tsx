import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { LabelledPagination } from '../../components/LabelledPagination';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessLogExportUrl, useAccessLogQuery, type AccessLogFilters } from '../../api/useAccessLog';
import { Can } from '../../auth/ability';
import { formatDateTime } from '../../components/format';
import { DayInput } from '../../components/forms/DayInput';
import { useValidatedForm } from '../../components/forms/useValidatedForm';
import { isCalendarDay, isUuid, optional, rule } from '../../components/validation';
import { labelOf } from './privacyFormat';
import { VerifyCard } from './VerifyCard';
import { Loading } from '../../components/Loading';

const PAGE_SIZE = 50;

interface Draft {
  personId: string;
  caseId: string;
  actorId: string;
  /** Days as `YYYY-MM-DD`: from the start of `from` to the end of `to`, local time. */
  from: string | null;
  to: string | null;
  outcome: '' | 'allowed' | 'denied';
  breakGlass: '' | 'true' | 'false';
}

const EMPTY: Draft = { personId: '', caseId: '', actorId: '', from: null, to: null, outcome: '', breakGlass: '' };

/** One message for the whole filter form: an id that is not a UUID (a day picker holds only real days). */
const INVALID = 'privacy.accessLog.invalidFilter';

/** The (validated) form's values as API filters. */
function filtersOf(draft: Draft): AccessLogFilters {
  const filters: AccessLogFilters = {};
  for (const key of ['personId', 'caseId', 'actorId'] as const) {
    const value = draft[key].trim();
    if (value) filters[key] = value;
  }
  if (draft.from) filters.from = new Date(`${draft.from}T00:00:00`).toISOString();
  if (draft.to) filters.to = new Date(`${draft.to}T23:59:59.999`).toISOString();
  if (draft.outcome) filters.outcome = draft.outcome;
  if (draft.breakGlass) filters.breakGlass = draft.breakGlass === 'true';
  return filters;
}

/** The privacy officer's view of every access event: filters, paging, CSV export and the seal status. */
export function AccessLogPage() {
  const { t, i18n } = useTranslation();
  const form = useValidatedForm<Draft>(
    {
      initialValues: EMPTY,
      validate: {
        personId: rule(optional(isUuid), INVALID),
        caseId: rule(optional(isUuid), INVALID),
        actorId: rule(optional(isUuid), INVALID),
        from: rule(optional(isCalendarDay), INVALID),
        to: rule(optional(isCalendarDay), INVALID),
      },
    },
    { liveAfterSubmit: false },
  );
  const [filters, setFilters] = useState<AccessLogFilters>({});
  const [page, setPage] = useState(1);
  const log = useAccessLogQuery(filters, page, PAGE_SIZE);

  const apply = form.onSubmit((draft) => {
    setFilters(filtersOf(draft));
    setPage(1);
  });
  const field = (key: keyof Draft) => form.getInputProps(key, { withError: false });
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
          <TextInput label={t('privacy.accessLog.personId')} {...field('personId')} />
          <TextInput label={t('privacy.accessLog.caseId')} {...field('caseId')} />
          <TextInput label={t('privacy.accessLog.actorId')} {...field('actorId')} />
          <NativeSelect
            label={t('privacy.accessLog.outcome')}
            {...field('outcome')}
            data={[
              { value: '', label: t('privacy.common.all') },
              { value: 'allowed', label: t('privacy.accessLog.outcomes.allowed') },
              { value: 'denied', label: t('privacy.accessLog.outcomes.denied') },
            ]}
          />
          <DayInput label={t('privacy.accessLog.from')} {...field('from')} />
          <DayInput label={t('privacy.accessLog.to')} {...field('to')} />
          <NativeSelect
            label={t('privacy.accessLog.breakGlass')}
            {...field('breakGlass')}
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
                form.reset();
                setFilters({});
                setPage(1);
              }}
            >
              {t('privacy.accessLog.reset')}
            </Button>
          </Group>
        </SimpleGrid>
        {form.hasErrors && (
          <Text c="red" size="sm" mt="xs" role="alert">
            {t(INVALID)}
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
