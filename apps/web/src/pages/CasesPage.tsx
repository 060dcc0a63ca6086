import { Alert, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { LabelledPagination } from '../components/LabelledPagination';
import { useDebouncedValue } from '@mantine/hooks';
import { CASE_STATUSES, CASE_TYPES, type CaseStatus, type CaseType } from '@spoor/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMeQuery } from '../api/useAuth';
import { useCasesQuery } from '../api/useCases';
import { Can } from '../auth/ability';
import { formatDate, isOverdue } from '../components/format';
import { NewCaseModal } from '../components/NewCaseModal';

const PAGE_SIZE = 20;
export const STATUS_COLOURS: Record<CaseStatus, string> = {
  intake: 'blue',
  active: 'teal',
  on_hold: 'yellow',
  completed: 'gray',
  cancelled: 'red',
};

/** The caseload: only what the API returns for this role. The search term stays out of the page URL. */
export function CasesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [type, setType] = useState<CaseType | undefined>();
  const [status, setStatus] = useState<CaseStatus | undefined>();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const cases = useCasesQuery({ page, pageSize: PAGE_SIZE, q: q || undefined, type, status });
  const items = cases.data?.items ?? [];
  const showPerson = items.some((item) => 'personName' in item);
  const showClientReference = items.some((item) => 'clientReference' in item);
  // The client contact searches its own cases and reads its own reference as "your reference".
  const client = useMeQuery().data?.role === 'client';

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('cases.title')}</Title>
        <Group gap="sm">
          {cases.data && <Text c="dimmed">{t('cases.total', { count: cases.data.total })}</Text>}
          <Can I="assign" a="Case">
            <Button onClick={() => setCreating(true)}>{t('cases.new')}</Button>
          </Can>
        </Group>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('cases.searchLabel')}
          placeholder={t(client ? 'cases.searchClient' : 'cases.search')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          w={320}
        />
        <Select
          label={t('cases.type')}
          placeholder={t('cases.all')}
          clearable
          value={type ?? null}
          onChange={(value) => {
            setType((value as CaseType) ?? undefined);
            setPage(1);
          }}
          data={CASE_TYPES.map((value) => ({ value, label: t(`caseTypes.${value}`) }))}
        />
        <Select
          label={t('cases.status')}
          placeholder={t('cases.all')}
          clearable
          value={status ?? null}
          onChange={(value) => {
            setStatus((value as CaseStatus) ?? undefined);
            setPage(1);
          }}
          data={CASE_STATUSES.map((value) => ({ value, label: t(`caseStatuses.${value}`) }))}
        />
      </Group>
      {cases.isError && (
        <Alert color="red" role="alert">
          {t('cases.loadError')}
        </Alert>
      )}
      <Table highlightOnHover striped aria-label={t('cases.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('caseFields.reference')}</Table.Th>
            {showPerson && <Table.Th>{t('caseFields.personName')}</Table.Th>}
            {showClientReference && (
              <Table.Th>{t(client ? 'cases.ownReference' : 'caseFields.clientReference')}</Table.Th>
            )}
            <Table.Th>{t('caseFields.type')}</Table.Th>
            <Table.Th>{t('caseFields.status')}</Table.Th>
            <Table.Th>{t('caseFields.coachName')}</Table.Th>
            <Table.Th>{t('caseFields.startDate')}</Table.Th>
            <Table.Th>{t('caseFields.nextMilestone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} onClick={() => navigate(`/cases/${item.id}`)} style={{ cursor: 'pointer' }}>
              <Table.Td>
                <a href={`/cases/${item.id}`} onClick={(event) => event.preventDefault()}>
                  {item.reference}
                </a>
              </Table.Td>
              {showPerson && <Table.Td>{item.personName ?? t('common.none')}</Table.Td>}
              {showClientReference && <Table.Td>{item.clientReference ?? t('common.none')}</Table.Td>}
              <Table.Td>{item.type && t(`caseTypes.${item.type}`)}</Table.Td>
              <Table.Td>
                {item.status && (
                  <Badge color={STATUS_COLOURS[item.status]} variant="light" tt="none">
                    {t(`caseStatuses.${item.status}`)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{item.coachName ?? t('common.none')}</Table.Td>
              <Table.Td>{formatDate(item.startDate, i18n.language)}</Table.Td>
              <Table.Td>
                {item.nextMilestone ? (
                  <Text size="sm" c={isOverdue(item.nextMilestone.dueDate) ? 'red' : undefined}>
                    {t(`milestones.${item.nextMilestone.kind}`)} ·{' '}
                    {formatDate(item.nextMilestone.dueDate, i18n.language)}
                  </Text>
                ) : (
                  t('common.none')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {cases.data && cases.data.total === 0 && <Text c="dimmed">{t('cases.empty')}</Text>}
      {cases.data && cases.data.total > PAGE_SIZE && (
        <LabelledPagination total={Math.ceil(cases.data.total / PAGE_SIZE)} value={page} onChange={setPage} />
      )}
      <Can I="assign" a="Case">
        <NewCaseModal
          opened={creating}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            navigate(`/cases/${created.id}`);
          }}
        />
      </Can>
    </Stack>
  );
}
