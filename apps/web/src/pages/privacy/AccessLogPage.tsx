import {
  Alert,
  Badge,
  Button,
  Collapse,
  Group,
  NativeSelect,
  Select,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { LabelledPagination } from '../../components/LabelledPagination';
import { accessDataKinds, type AccessEventView } from '@spoor/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  accessLogExportUrl,
  useAccessLogActorsQuery,
  useAccessLogQuery,
  type AccessLogFilters,
} from '../../api/useAccessLog';
import { Can } from '../../auth/ability';
import { formatDateTime } from '../../components/format';
import { DayInput } from '../../components/forms/DayInput';
import { useValidatedForm } from '../../components/forms/useValidatedForm';
import { isCalendarDay, optional, rule } from '../../components/validation';
import { labelOf } from './privacyFormat';
import { VerifyCard } from './VerifyCard';
import { Loading } from '../../components/Loading';

const PAGE_SIZE = 50;

interface Draft {
  /** Last name or e-mail address. */
  person: string;
  caseReference: string;
  /** Chosen from the list of users by name, never typed. */
  actorId: string | null;
  /** Days as `YYYY-MM-DD`: from the start of `from` to the end of `to`, local time. */
  from: string | null;
  to: string | null;
  outcome: '' | 'allowed' | 'denied';
  breakGlass: '' | 'true' | 'false';
}

const EMPTY: Draft = {
  person: '',
  caseReference: '',
  actorId: null,
  from: null,
  to: null,
  outcome: '',
  breakGlass: '',
};

/** A case reference as the API takes it (RI-2026-0001); the API matches it whole. */
const isCaseReference = (value: string): boolean => /^[A-Za-z0-9-]{1,40}$/.test(value.trim());
const isPersonText = (value: string): boolean => value.trim().length <= 200;

/** One message for the whole filter form: a reference that is not one (a day picker holds only real days). */
const INVALID = 'privacy.accessLog.invalidFilter';

/** The (validated) form's values as API filters. */
function filtersOf(draft: Draft): AccessLogFilters {
  const filters: AccessLogFilters = {};
  for (const key of ['person', 'caseReference'] as const) {
    const value = draft[key].trim();
    if (value) filters[key] = value;
  }
  if (draft.actorId) filters.actorId = draft.actorId;
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
        person: rule(optional(isPersonText), INVALID),
        caseReference: rule(optional(isCaseReference), INVALID),
        from: rule(optional(isCalendarDay), INVALID),
        to: rule(optional(isCalendarDay), INVALID),
      },
    },
    { liveAfterSubmit: false },
  );
  const [filters, setFilters] = useState<AccessLogFilters>({});
  const [page, setPage] = useState(1);
  const log = useAccessLogQuery(filters, page, PAGE_SIZE);
  const actors = useAccessLogActorsQuery();
  const actorOptions = (actors.data ?? []).map((actor) => ({
    value: actor.id,
    label: [
      actor.name ?? t('privacy.accessLog.unknownActor'),
      [labelOf(t, 'roles', actor.role), actor.organisation].filter(Boolean).join(', '),
    ].join(' — '),
  }));

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
          <TextInput
            label={t('privacy.accessLog.person')}
            description={t('privacy.accessLog.personHint')}
            autoComplete="off"
            {...field('person')}
          />
          <TextInput
            label={t('privacy.accessLog.caseReference')}
            description={t('privacy.accessLog.caseReferenceHint')}
            autoComplete="off"
            {...field('caseReference')}
          />
          <Select
            label={t('privacy.accessLog.actorId')}
            placeholder={t('privacy.accessLog.actorPlaceholder')}
            data={actorOptions}
            searchable
            clearable
            nothingFoundMessage={t('privacy.accessLog.empty')}
            {...field('actorId')}
          />
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
                    <WhatWasTouched event={event} />
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

/** "Dossier: contactgegevens, dossierstatus", with the field names behind a toggle for whoever needs them. */
function WhatWasTouched({ event }: { event: AccessEventView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const kinds = accessDataKinds(event.resource, event.fields).map((kind) => t(`privacy.accessLog.dataKinds.${kind}`));
  return (
    <Stack gap={2}>
      <Text size="sm">{labelOf(t, 'privacy.accessLog.resources', event.resource)}</Text>
      <Text size="xs" c="dimmed" aria-label={t('privacy.accessLog.dataKindsLabel')}>
        {kinds.join(', ')}
      </Text>
      {event.fields.length > 0 && (
        <>
          <Button
            variant="subtle"
            size="compact-xs"
            px={0}
            w="fit-content"
            aria-expanded={open}
            onClick={() => setOpen((value) => !value)}
          >
            {open
              ? t('privacy.accessLog.hideFields')
              : t('privacy.accessLog.showFields', { count: event.fields.length })}
          </Button>
          <Collapse in={open}>
            <Text size="xs" c="dimmed" ff="monospace">
              {event.fields.join(', ')}
            </Text>
          </Collapse>
        </>
      )}
    </Stack>
  );
}
