import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationsQuery, type Organisation } from '../api/useAdminUsers';
import { Loading } from '../components/Loading';
import { OrganisationModal } from '../components/OrganisationModal';

type Editing = { organisation: Organisation | null } | null;

/** The client organisations: name, KvK number and contact person; the admin creates and edits them. */
export function AdminOrganisationsPage() {
  const { t } = useTranslation();
  const organisations = useOrganisationsQuery();
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const items = organisations.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('organisations.title')}</Title>
          {organisations.data && (
            <Text c="dimmed">{t('organisations.total', { count: organisations.data.total })}</Text>
          )}
        </Group>
        <Button
          onClick={() => {
            setSaved(null);
            setEditing({ organisation: null });
          }}
        >
          {t('organisations.new')}
        </Button>
      </Group>
      {saved && (
        <Alert
          color="teal"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setSaved(null)}
        >
          {saved}
        </Alert>
      )}
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
              <Table.Th>{t('organisations.contact')}</Table.Th>
              <Table.Th>{t('organisations.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((organisation) => (
              <Table.Tr key={organisation.id}>
                <Table.Td>{organisation.name}</Table.Td>
                <Table.Td>{organisation.kvkNumber ?? t('common.none')}</Table.Td>
                <Table.Td>
                  <ContactCell organisation={organisation} />
                </Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    size="xs"
                    aria-label={t('organisations.editFor', { name: organisation.name })}
                    onClick={() => {
                      setSaved(null);
                      setEditing({ organisation });
                    }}
                  >
                    {t('organisations.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <OrganisationModal
        organisation={editing?.organisation ?? null}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={(organisation, created) => {
          setEditing(null);
          setSaved(t(created ? 'organisations.created' : 'organisations.saved', { name: organisation.name }));
        }}
      />
    </Stack>
  );
}

function ContactCell({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const lines = [organisation.contactName, organisation.contactEmail, organisation.contactPhone].filter(Boolean);
  if (lines.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('organisations.noContact')}
      </Text>
    );
  return (
    <Stack gap={0}>
      {lines.map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
    </Stack>
  );
}
