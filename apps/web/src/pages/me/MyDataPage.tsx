import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  useMeExportDeliveriesQuery,
  useMeExportDeliveryDownloadMutation,
  useMeExportMutation,
  type OwnExportDelivery,
} from '../../api/useMePrivacy';
import { apiErrorText } from '../../components/apiMessages';
import { formatDate } from '../../components/format';

/** One export prepared in answer to the participant's request: download it, or see that it was or expired. */
function DeliveryCard({ delivery }: { delivery: OwnExportDelivery }) {
  const { t, i18n } = useTranslation();
  const download = useMeExportDeliveryDownloadMutation();
  const type = t(`privacy.requests.types.${delivery.requestType}`).toLowerCase();
  const expires = formatDate(delivery.expiresAt, i18n.language);
  const text =
    delivery.status === 'expired'
      ? t('privacy.me.deliveryExpired', { type })
      : delivery.status === 'downloaded'
        ? t('privacy.me.deliveryDownloaded', { date: formatDate(delivery.downloadedAt, i18n.language), expires })
        : t('privacy.me.deliveryReady', { type, date: expires });
  return (
    <Card withBorder padding="md" data-delivery={delivery.status}>
      <Stack gap="xs">
        <Text>{text}</Text>
        {delivery.status !== 'expired' && (
          <Group>
            <Button onClick={() => download.mutate(delivery.id)} loading={download.isPending}>
              {t('privacy.me.deliveryDownload')}
            </Button>
          </Group>
        )}
        {download.isSuccess && (
          <Alert color="teal" role="status">
            {t('privacy.me.deliveryDone')}
          </Alert>
        )}
        {download.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(download.error, t)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

/**
 * Art. 15/20 AVG: all of the participant's data as one JSON file, at any time; and the exports the privacy
 * officer prepared in answer to their requests ("Uw gegevens staan klaar"), downloaded here and only here.
 */
export function MyDataPage() {
  const { t } = useTranslation();
  const download = useMeExportMutation();
  const deliveries = useMeExportDeliveriesQuery();
  const items = deliveries.data?.items ?? [];
  return (
    <Stack gap="md" maw={720}>
      {items.length > 0 && (
        <section aria-label={t('privacy.me.deliveriesTitle')}>
          <Stack gap="sm">
            <Title order={2}>{t('privacy.me.deliveriesTitle')}</Title>
            {items.map((delivery) => (
              <DeliveryCard key={delivery.id} delivery={delivery} />
            ))}
          </Stack>
        </section>
      )}
      <Title order={2}>{t('privacy.me.exportTitle')}</Title>
      <Text>{t('privacy.me.exportIntro')}</Text>
      <div>
        <Button onClick={() => download.mutate()} loading={download.isPending}>
          {t('privacy.me.exportButton')}
        </Button>
      </div>
      {download.isSuccess && (
        <Alert color="teal" role="status">
          {t('privacy.me.exportDone')}
        </Alert>
      )}
      {download.isError && (
        <Alert color="red" role="alert">
          {apiErrorText(download.error, t)}
        </Alert>
      )}
    </Stack>
  );
}
