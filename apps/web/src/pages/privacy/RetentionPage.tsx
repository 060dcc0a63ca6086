import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrivacyRetentionMutation, type RetentionResult } from '../../api/usePrivacyRetention';
import { apiErrorText } from '../../components/apiMessages';

function Row({ label, value }: { label: string; value: string | number }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
}

function ResultView({ result }: { result: RetentionResult }) {
  const { t } = useTranslation();
  const { programme, fiscal, accessLog } = result.categories;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t(result.dryRun ? 'privacy.retention.resultDry' : 'privacy.retention.resultRun')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Paper withBorder p="sm" aria-label={t('privacy.retention.programme')}>
          <Text fw={600}>{t('privacy.retention.programme')}</Text>
          <Table>
            <Table.Tbody>
              <Row label={t('privacy.retention.rule')} value={programme.rule} />
              <Row label={t('privacy.retention.people')} value={programme.people} />
              <Row label={t('privacy.retention.cases')} value={programme.cases} />
              <Row label={t('privacy.retention.erased')} value={programme.erased} />
              <Row label={t('privacy.retention.keptForLegalHold')} value={programme.keptForLegalHold} />
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="sm" aria-label={t('privacy.retention.fiscal')}>
          <Text fw={600}>{t('privacy.retention.fiscal')}</Text>
          <Table>
            <Table.Tbody>
              <Row label={t('privacy.retention.rule')} value={fiscal.rule} />
              <Row label={t('privacy.retention.people')} value={fiscal.people} />
              <Row label={t('privacy.retention.note')} value={fiscal.note} />
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="sm" aria-label={t('privacy.retention.accessLog')}>
          <Text fw={600}>{t('privacy.retention.accessLog')}</Text>
          <Table>
            <Table.Tbody>
              <Row label={t('privacy.retention.rule')} value={accessLog.rule} />
              <Row label={t('privacy.retention.note')} value={accessLog.note} />
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}

/** Retention: a dry run shows what would be erased; only then can the run itself be started, after confirmation. */
export function RetentionPage() {
  const { t } = useTranslation();
  const retention = usePrivacyRetentionMutation();
  const [result, setResult] = useState<RetentionResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = (dryRun: boolean) => {
    setError(null);
    setConfirming(false);
    retention.mutate(dryRun, { onSuccess: setResult, onError: (e) => setError(apiErrorText(e, t)) });
  };
  const dryDone = result?.dryRun === true;
  return (
    <Stack gap="md">
      <Title order={2}>{t('privacy.retention.title')}</Title>
      <Text maw={720}>{t('privacy.retention.intro')}</Text>
      <Group>
        <Button
          variant="default"
          onClick={() => start(true)}
          loading={retention.isPending && retention.variables === true}
        >
          {t('privacy.retention.dryRun')}
        </Button>
        <Button
          color="red"
          disabled={!dryDone}
          onClick={() => setConfirming(true)}
          loading={retention.isPending && retention.variables === false}
        >
          {t('privacy.retention.run')}
        </Button>
        {!dryDone && (
          <Text size="sm" c="dimmed">
            {t('privacy.retention.needDryRun')}
          </Text>
        )}
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {result && <ResultView result={result} />}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('privacy.retention.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text size="sm">
            {t('privacy.retention.confirmText', { people: result?.categories.programme.people ?? 0 })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('privacy.common.cancel')}
            </Button>
            <Button color="red" onClick={() => start(false)}>
              {t('privacy.retention.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
