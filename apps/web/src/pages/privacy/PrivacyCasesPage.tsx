import { Alert, Anchor, Badge, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { usePrivacyCasesQuery, type PrivacyCaseFilters } from '../../api/usePrivacyCases';
import { formatDate } from '../../components/format';
import { LabelledPagination } from '../../components/LabelledPagination';
import { Loading } from '../../components/Loading';
import { UUID_PATTERN } from '../../components/validation';
import { STATUS_COLOURS } from '../CasesPage';

const PAGE_SIZE = 25;
type Show = 'all' | 'legalHold' | 'restricted';

/** What a choice of "show" asks the API for. */
export function showFilter(show: Show): Pick<PrivacyCaseFilters, 'legalHold' | 'restricted'> {
  if (show === 'legalHold') return { legalHold: true };
  if (show === 'restricted') return { restricted: true };
  return {};
}

/**
 * The privacy officer's way to a case for legal holds and restrictions: search by reference or person, or
 * list every case under a hold or a restriction. `?personId=` opens the cases of one person.
 */
export function PrivacyCasesPage() {
  const { t, i18n } = useTranslation();
  const [searchParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [person, setPerson] = useState(searchParams.get('personId') ?? '');
  const [show, setShow] = useState<Show>('all');
  const [page, setPage] = useState(1);
  const personId = person.trim();
  const personValid = personId === '' || UUID_PATTERN.test(personId);
  const cases = usePrivacyCasesQuery({
    page,
    pageSize: PAGE_SIZE,
    q: q || undefined,
    personId: personValid && personId ? personId : undefined,
    ...showFilter(show),
  });
  const items = cases.data?.items ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t('privacy.cases.title')}</Title>
        {cases.data && <Text c="dimmed">{t('privacy.cases.total', { count: cases.data.total })}</Text>}
      </Group>
      <Text maw={760}>{t('privacy.cases.intro')}</Text>
      <Group align="flex-end">
        <TextInput
          label={t('privacy.cases.search')}
          placeholder={t('privacy.cases.searchPlaceholder')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          w={240}
        />
        <TextInput
          label={t('privacy.cases.personId')}
          value={person}
          onChange={(event) => {
            setPerson(event.currentTarget.value);
            setPage(1);
          }}
          error={personValid ? undefined : t('privacy.cases.personIdInvalid')}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          w={340}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="privacy-cases-show">
            {t('privacy.cases.show')}
          </Text>
          <SegmentedControl
            aria-labelledby="privacy-cases-show"
            value={show}
            onChange={(value) => {
              setShow(value as Show);
              setPage(1);
            }}
            data={(['all', 'legalHold', 'restricted'] as const).map((value) => ({
              value,
              label: t(`privacy.cases.filters.${value}`),
            }))}
          />
        </Stack>
      </Group>
      {cases.isPending && <Loading />}
      {cases.isError && (
        <Alert color="red" role="alert">
          {t('privacy.common.loadError')}
        </Alert>
      )}
      {cases.data && cases.data.total === 0 && <Text c="dimmed">{t('privacy.cases.empty')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table striped highlightOnHover aria-label={t('privacy.cases.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.cases.reference')}</Table.Th>
                <Table.Th>{t('privacy.cases.type')}</Table.Th>
                <Table.Th>{t('privacy.cases.status')}</Table.Th>
                <Table.Th>{t('privacy.cases.organisation')}</Table.Th>
                <Table.Th>{t('privacy.cases.startDate')}</Table.Th>
                <Table.Th>{t('privacy.cases.person')}</Table.Th>
                <Table.Th>{t('privacy.cases.legalHold')}</Table.Th>
                <Table.Th>{t('privacy.cases.restricted')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/privacy/cases/${encodeURIComponent(item.id)}`}>
                      {item.reference}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`caseTypes.${item.type}`)}</Table.Td>
                  <Table.Td>
                    {/* Visible overflow: a badge that clips its label gives the table column no minimum width,
                        so a narrow column cut "Geannuleerd" to an ellipsis. */}
                    <Badge
                      color={STATUS_COLOURS[item.status]}
                      variant="light"
                      tt="none"
                      style={{ overflow: 'visible' }}
                      styles={{ label: { overflow: 'visible' } }}
                    >
                      {t(`caseStatuses.${item.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{item.organisationName}</Table.Td>
                  <Table.Td>{formatDate(item.startDate, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {item.personId.slice(0, 8)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {item.legalHold ? (
                      <Badge color="grape" tt="none">
                        {t('privacy.common.yes')}
                      </Badge>
                    ) : (
                      t('privacy.common.no')
                    )}
                  </Table.Td>
                  <Table.Td>
                    {item.processingRestricted ? (
                      <Badge color="orange" tt="none">
                        {t('privacy.common.yes')}
                      </Badge>
                    ) : (
                      t('privacy.common.no')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {cases.data && cases.data.total > PAGE_SIZE && (
        <LabelledPagination total={Math.ceil(cases.data.total / PAGE_SIZE)} value={page} onChange={setPage} />
      )}
    </Stack>
  );
}
