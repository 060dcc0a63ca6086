import { Alert, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNewsletterRecipientsQuery } from '../api/useNewsletterRecipients';
import { formatDate } from '../components/format';
import { Loading } from '../components/Loading';

/** The newsletter's mailing list: who consented and is on it now. Withdrawing a consent takes someone off at once. */
export function AdminNewsletterPage() {
  const { t, i18n } = useTranslation();
  const recipients = useNewsletterRecipientsQuery();
  const items = recipients.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group gap="sm" align="baseline">
        <Title order={2}>{t('privacy.newsletter.title')}</Title>
        {recipients.data && <Text c="dimmed">{t('privacy.newsletter.total', { count: recipients.data.total })}</Text>}
      </Group>
      <Text>{t('privacy.newsletter.intro')}</Text>
      {recipients.isPending && <Loading />}
      {recipients.isError && (
        <Alert color="red" role="alert">
          {t('privacy.common.loadError')}
        </Alert>
      )}
      {recipients.data && items.length === 0 && <Text c="dimmed">{t('privacy.newsletter.empty')}</Text>}
      {items.length > 0 && (
        <Table striped aria-label={t('privacy.newsletter.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('privacy.newsletter.name')}</Table.Th>
              <Table.Th>{t('privacy.newsletter.email')}</Table.Th>
              <Table.Th>{t('privacy.newsletter.consentGivenAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((recipient) => (
              <Table.Tr key={recipient.personId}>
                <Table.Td>{recipient.name}</Table.Td>
                <Table.Td>{recipient.email}</Table.Td>
                <Table.Td>{formatDate(recipient.consentGivenAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
