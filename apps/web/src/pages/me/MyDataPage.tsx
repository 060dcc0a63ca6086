import { useState } from 'react';
import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  exportDeliveryHref,
  OWN_EXPORT_JSON_HREF,
  OWN_EXPORT_PACKAGE_HREF,
  useMeExportDeliveriesQuery,
  useRefreshExportDeliveriesSoon,
  type OwnExportDelivery,
} from '../../api/useMePrivacy';
import { apiErrorText } from '../../components/apiMessages';
import { formatDate } from '../../components/format';

/**
 * One export prepared in answer to the participant's request: download it, or see that it was or expired. The
 * download is a plain link: the browser streams the ZIP to disk (a package with all documents can be large).
 */
function DeliveryCard({ delivery }: { delivery: OwnExportDelivery }) {
  const { t, i18n } = useTranslation();
  const refreshSoon = useRefreshExportDeliveriesSoon();
  const [started, setStarted] = useState(false);
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
            <Button
              component="a"
              href={exportDeliveryHref(delivery.id)}
              onClick={() => {
                setStarted(true);
                refreshSoon();
              }}
            >
              {t('privacy.me.deliveryDownload')}
            </Button>
          </Group>
        )}
        {started && (
          <Alert color="teal" role="status">
            {t('privacy.me.deliveryDone')}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

/**
 * Art. 15/20 AVG: all of the participant's data as one package (ZIP: the data as JSON, the documents themselves,
 * a readable summary in Dutch), at any time; and the exports the privacy officer prepared in answer to their
 * requests ("Uw gegevens staan klaar"), downloaded here and only here.
 */
export function MyDataPage() {
  const { t } = useTranslation();
  const [started, setStarted] = useState(false);
  const deliveries = useMeExportDeliveriesQuery();
  const items = deliveries.data?.items ?? [];
  return (
    <Stack gap="md" maw={720}>
      {deliveries.isError && (
        <Alert color="red" role="alert">
          {apiErrorText(deliveries.error, t)}
        </Alert>
      )}
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
      <Group>
        <Button component="a" href={OWN_EXPORT_PACKAGE_HREF} onClick={() => setStarted(true)}>
          {t('privacy.me.exportButton')}
        </Button>
        <Anchor href={OWN_EXPORT_JSON_HREF}>{t('privacy.me.exportJson')}</Anchor>
      </Group>
      {started && (
        <Alert color="teal" role="status">
          {t('privacy.me.exportStarted')}
        </Alert>
      )}
    </Stack>
  );
}
