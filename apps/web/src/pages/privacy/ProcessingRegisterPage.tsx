import { Alert, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ProcessingActivity } from '@spoor/domain';
import { useState } from 'react';
import i18next, { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useProcessingRegisterQuery } from '../../api/useProcessingRegister';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { registerMarkdown, type RegisterHeadings } from './registerMarkdown';

/** Hands a text to the browser as a file download (no server round trip: the page already holds the register). */
function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The art. 30 register for the privacy officer: read it here, download it as Markdown. */
export function ProcessingRegisterPage() {
  const { t, i18n } = useTranslation();
  const register = useProcessingRegisterQuery();
  const [downloaded, setDownloaded] = useState<string | null>(null);
  // The local calendar day (sv-SE writes YYYY-MM-DD), as the file name and the heading say it.
  const today = new Date().toLocaleDateString('sv-SE');
  const generatedOn = t('processingRegister.generatedOn', { date: formatDate(today, i18n.language) });

  const download = () => {
    if (!register.data) return;
    const key = (name: keyof RegisterHeadings) => t(`processingRegister.${name}`);
    const headings: RegisterHeadings = {
      title: key('title'),
      generatedOn,
      controller: key('controller'),
      activities: key('activities'),
      purposes: key('purposes'),
      legalBasis: key('legalBasis'),
      dataSubjects: key('dataSubjects'),
      dataCategories: key('dataCategories'),
      recipients: key('recipients'),
      noRecipients: key('noRecipients'),
      retention: key('retention'),
      allDataCategories: key('allDataCategories'),
      securityMeasures: key('securityMeasures'),
    };
    const file = `verwerkingsregister-${today}.md`;
    downloadText(
      registerMarkdown({ ...register.data, activities: inWords(t, register.data.activities) }, headings),
      file,
      'text/markdown;charset=utf-8',
    );
    setDownloaded(t('processingRegister.downloaded', { file }));
  };

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{t('processingRegister.title')}</Title>
        <Button onClick={download} disabled={!register.data}>
          {t('processingRegister.download')}
        </Button>
      </Group>
      <Text>{t('processingRegister.intro')}</Text>
      {downloaded && (
        <Alert
          color="teal"
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setDownloaded(null)}
        >
          {downloaded}
        </Alert>
      )}
      {register.isPending && <Loading />}
      {register.isError && (
        <Alert color="red" role="alert">
          {t('processingRegister.loadError')}
        </Alert>
      )}
      {register.data && (
        <>
          <Text size="sm" c="dimmed">
            {generatedOn}
          </Text>
          <Text>
            <Text span fw={600}>
              {t('processingRegister.controller')}:
            </Text>{' '}
            {register.data.controller}
          </Text>
          <Title order={3}>{t('processingRegister.activities')}</Title>
          <Stack
            gap="sm"
            component="ol"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('processingRegister.activities')}
          >
            {register.data.activities.map((activity) => (
              <ActivityCard key={activity.name} activity={activity} />
            ))}
          </Stack>
          <Title order={3}>{t('processingRegister.allDataCategories')}</Title>
          <List size="sm" aria-label={t('processingRegister.allDataCategories')}>
            {register.data.dataCategories.map((category) => (
              <List.Item key={category}>{category}</List.Item>
            ))}
          </List>
          <Title order={3}>{t('processingRegister.securityMeasures')}</Title>
          <List size="sm" aria-label={t('processingRegister.securityMeasures')}>
            {register.data.securityMeasures.map((measure) => (
              <List.Item key={measure}>{measure}</List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

/** A purpose code of the register (the access log's and the privacy operations') in words. */
function purposeText(t: TFunction, code: string): string {
  const key = `privacy.purposes.${code}`;
  return i18next.exists(key) ? t(key) : code;
}

/** The register with its purposes said in words, for the page and the Markdown file alike. */
function inWords(t: TFunction, activities: ProcessingActivity[]): ProcessingActivity[] {
  return activities.map((activity) => ({ ...activity, purposes: activity.purposes.map((p) => purposeText(t, p)) }));
}

function ActivityCard({ activity }: { activity: ProcessingActivity }) {
  const { t } = useTranslation();
  const joined = (items: string[]) => (items.length ? items.join('; ') : t('processingRegister.noRecipients'));
  const rows: Array<[string, string]> = [
    [t('processingRegister.purposes'), joined(activity.purposes.map((code) => purposeText(t, code)))],
    [t('processingRegister.legalBasis'), activity.legalBasis],
    [t('processingRegister.dataSubjects'), joined(activity.dataSubjects)],
    [t('processingRegister.dataCategories'), joined(activity.dataCategories)],
    [t('processingRegister.recipients'), joined(activity.recipients)],
    [t('processingRegister.retention'), activity.retention],
  ];
  return (
    <Card component="li" withBorder radius="md" p="sm" aria-label={activity.name}>
      <Title order={4} size="h5" mb="xs">
        {activity.name}
      </Title>
      <Table verticalSpacing={4} withRowBorders={false}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={200} fw={500} scope="row">
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
