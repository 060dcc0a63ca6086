import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { PRIVACY_REQUEST_STATUSES, type PrivacyRequestStatus } from '@spoor/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrivacyRequestsQuery, type PrivacyRequest } from '../../api/usePrivacyRequests';
import { ExportManifestModal } from './ExportManifestModal';
import { CompleteRequestModal, ExtendRequestModal } from './RequestModals';
import { RectificationModal } from './RectificationModal';
import { RegisterRequestModal } from './RegisterRequestModal';
import { RequestsTable } from './RequestsTable';
import { Loading } from '../../components/Loading';

/** Data subject requests with their one-month deadline; extend once, or complete. */
export function RequestsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<PrivacyRequestStatus | ''>('');
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  const requests = usePrivacyRequestsQuery({ status: status || undefined, overdue: onlyOverdue ? true : undefined });
  const [extending, setExtending] = useState<PrivacyRequest | null>(null);
  const [completing, setCompleting] = useState<PrivacyRequest | null>(null);
  const [rectifying, setRectifying] = useState<PrivacyRequest | null>(null);
  const [manifestOf, setManifestOf] = useState<PrivacyRequest | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('privacy.requests.title')}</Title>
          {requests.data && <Text c="dimmed">{t('privacy.requests.total', { count: requests.data.total })}</Text>}
        </Group>
        <Button
          onClick={() => {
            setDone(null);
            setRegistering(true);
          }}
        >
          {t('privacy.requests.register')}
        </Button>
      </Group>
      <Group align="flex-end">
        <NativeSelect
          label={t('privacy.requests.filterStatus')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as PrivacyRequestStatus | '')}
          data={[
            { value: '', label: t('privacy.common.all') },
            ...PRIVACY_REQUEST_STATUSES.map((value) => ({ value, label: t(`privacy.requests.statuses.${value}`) })),
          ]}
        />
        <Checkbox
          mb={8}
          label={t('privacy.requests.onlyOverdue')}
          checked={onlyOverdue}
          onChange={(e) => setOnlyOverdue(e.currentTarget.checked)}
        />
      </Group>
      {done && (
        <Alert
          color="teal"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setDone(null)}
        >
          {done}
        </Alert>
      )}
      {requests.isPending && <Loading />}
      {requests.isError && (
        <Alert color="red" role="alert">
          {t('privacy.common.loadError')}
        </Alert>
      )}
      {requests.data && requests.data.items.length === 0 && <Text c="dimmed">{t('privacy.requests.empty')}</Text>}
      {requests.data && requests.data.items.length > 0 && (
        <RequestsTable
          items={requests.data.items}
          onExtend={(request) => {
            setDone(null);
            setExtending(request);
          }}
          onComplete={(request) => {
            setDone(null);
            // Rectification is completed on its own screen: correct the personalia first, or say why not.
            if (request.type === 'rectification') setRectifying(request);
            else setCompleting(request);
          }}
          onManifest={setManifestOf}
        />
      )}
      <ExtendRequestModal request={extending} onClose={() => setExtending(null)} onDone={setDone} />
      <RegisterRequestModal
        opened={registering}
        onClose={() => setRegistering(false)}
        onDone={(message) => {
          setRegistering(false);
          setDone(message);
        }}
      />
      <CompleteRequestModal request={completing} onClose={() => setCompleting(null)} onDone={setDone} />
      <RectificationModal request={rectifying} onClose={() => setRectifying(null)} onDone={setDone} />
      <ExportManifestModal request={manifestOf} onClose={() => setManifestOf(null)} />
    </Stack>
  );
}
