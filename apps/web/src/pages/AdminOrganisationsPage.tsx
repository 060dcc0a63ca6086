import { Alert, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganisationsQuery } from '../api/useAdminUsers';
import { Loading } from '../components/Loading';

/** The client organisations, read-only: name and KvK number. */
export function AdminOrganisationsPage() {
  const { t } = useTranslation();
  const organisations = useOrganisationsQuery();
  const items = organisations.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group gap="sm" align="baseline">
        <Title order={2}>{t('organisations.title')}</Title>
        {organisations.data && <Text c="dimmed">{t('organisations.total', { count: organisations.data.total })}</Text>}
      </Group>
      {organisations.isPending && <Loading />}
      {organisations.isError && (
        <Alert color="red" role="alert">
          {t('organisations.loadError')}
        </Alert>
      )}
      {organisations.data && items.length === 0 && <Text c="dimmed">{t('organisations.empty')}</Text>}
      {items.length > 0 && (
        <Table striped aria-label={t('organisations.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('organisations.name')}</Table.Th>
              <Table.Th>{t('organisations.kvkNumber')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((organisation) => (
              <Table.Tr key={organisation.id}>
                <Table.Td>{organisation.name}</Table.Td>
                <Table.Td>{organisation.kvkNumber ?? t('common.none')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
