import { Alert, Badge, Modal, Stack, Table, Text } from '@mantine/core';
import type { ExportDeliveryStatus } from '@spoor/domain';
import { useTranslation } from 'react-i18next';
import { usePrivacyRequestManifestQuery, type PrivacyRequest } from '../../api/usePrivacyRequests';
import { apiErrorText } from '../../components/apiMessages';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';

const STATUS_COLOURS: Record<ExportDeliveryStatus, string> = {
  awaiting_account: 'orange',
  available: 'blue',
  downloaded: 'teal',
  expired: 'gray',
};

/** Bytes as a short, readable size (kB and MB in steps of 1024). */
export function formatBytes(bytes: number, language: string): string {
  const number = (value: number) =>
    new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} kB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}

interface Props {
  request: PrivacyRequest | null;
  onClose: () => void;
}

/**
 * The officer's view of an access or portability request's export: its sections, counts and sizes, and where
 * the delivery to the person stands. The content itself goes to the person's portal, never here.
 */
export function ExportManifestModal({ request, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const manifest = usePrivacyRequestManifestQuery(request?.id ?? null);
  const data = manifest.data;
  const delivery = data?.delivery ?? null;
  return (
    <Modal
      opened={request !== null}
      onClose={onClose}
      title={t('privacy.requests.exportManifest.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('privacy.requests.exportManifest.intro')}</Text>
        {manifest.isPending && request && <Loading />}
        {manifest.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(manifest.error, t)}
          </Alert>
        )}
        {data && (
          <>
            {!data.personHasAccount && (
              <Alert color="orange" role="status">
                {t('privacy.requests.exportManifest.noAccount')}
              </Alert>
            )}
            {!delivery && request?.status !== 'completed' && (
              <Text size="sm" c="dimmed">
                {t('privacy.requests.exportManifest.preview')}
              </Text>
            )}
            {!delivery && request?.status === 'completed' && (
              <Text size="sm" c="dimmed">
                {t('privacy.requests.exportManifest.refused')}
              </Text>
            )}
            {delivery && (
              <Table aria-label={t('privacy.requests.exportManifest.delivery')} variant="vertical" withTableBorder>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={200}>{t('privacy.requests.exportManifest.status')}</Table.Th>
                    <Table.Td>
                      <Badge color={STATUS_COLOURS[delivery.status]} variant="light" tt="none">
                        {t(`privacy.requests.exportManifest.statuses.${delivery.status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                  {(
                    [
                      ['preparedAt', delivery.preparedAt],
                      ['availableAt', delivery.availableAt],
                      ['expiresAt', delivery.expiresAt],
                      ['downloadedAt', delivery.downloadedAt],
                    ] as const
                  ).map(([label, value]) => (
                    <Table.Tr key={label}>
                      <Table.Th>{t(`privacy.requests.exportManifest.${label}`)}</Table.Th>
                      <Table.Td>{formatDateTime(value, i18n.language)}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr>
                    <Table.Th>{t('privacy.requests.exportManifest.downloadCount')}</Table.Th>
                    <Table.Td>{delivery.downloadCount}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            )}
            {data.sections.length > 0 && (
              <>
                <Table aria-label={t('privacy.requests.manifest')} striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('privacy.requests.exportManifest.section')}</Table.Th>
                      <Table.Th ta="right">{t('privacy.requests.exportManifest.items')}</Table.Th>
                      <Table.Th ta="right">{t('privacy.requests.exportManifest.size')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.sections.map((entry) => (
                      <Table.Tr key={entry.section}>
                        <Table.Td>{t(`privacy.requests.exportManifest.sections.${entry.section}`)}</Table.Td>
                        <Table.Td ta="right">{entry.items}</Table.Td>
                        <Table.Td ta="right">{formatBytes(entry.bytes, i18n.language)}</Table.Td>
                      </Table.Tr>
                    ))}
                    <Table.Tr>
                      <Table.Th>{t('privacy.requests.exportManifest.total')}</Table.Th>
                      <Table.Td />
                      <Table.Th ta="right">{formatBytes(data.totalBytes, i18n.language)}</Table.Th>
                    </Table.Tr>
                  </Table.Tbody>
                </Table>
                <Text size="xs" c="dimmed">
                  {t('privacy.requests.exportManifest.countedAt', {
                    date: formatDateTime(data.countedAt, i18n.language),
                  })}
                </Text>
              </>
            )}
            <Text size="xs" c="dimmed">
              {t('privacy.requests.exportManifest.packageNote')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('privacy.requests.exportManifest.contentHidden')}
            </Text>
          </>
        )}
      </Stack>
    </Modal>
  );
}
