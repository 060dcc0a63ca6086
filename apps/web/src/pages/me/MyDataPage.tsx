import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMeExportMutation } from '../../api/useMePrivacy';
import { apiErrorText } from '../../components/apiMessages';

/** Art. 15/20 AVG: all of the participant's data as one JSON file. */
export function MyDataPage() {
  const { t } = useTranslation();
  const download = useMeExportMutation();
  return (
    <Stack gap="md" maw={720}>
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
