import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  useBreakGlassMutation,
  useSpecialFileQuery,
  type OccupationalAssessmentView,
  type SpecialFileFull,
  type SpecialFileView,
  type UwvOpinionView,
} from '../../api/useSpecialFile';
import { apiErrorText } from '../apiMessages';
import { useValidatedForm } from '../forms/useValidatedForm';
import { hasLength, rule } from '../validation';
import { formatDate, formatDateTime } from '../format';
import { AdReportForm } from './AdReportForm';
import { AdReportList, UwvDecisionList } from './AdUwvViews';
import { FmlAssessmentForm } from './FmlAssessmentForm';
import { AdReportCoachPanel, CoachCapacitiesPanel, FmlAssessmentList } from './FmlAssessmentView';
import { DocumentUpload, HealthRecordForm } from './SpecialFileForms';
import { UwvDecisionForm } from './UwvDecisionForm';
import { Loading } from '../Loading';

/**
 * The special file (health data). The API decides the scope: full for the labour expert, the participant and
 * break-the-glass; capacities only for the assigned coach; 404 for someone not assigned, 403 for other roles.
 */
export function SpecialFileTab({
  caseId,
  canWrite,
  canBreakGlass,
}: {
  caseId: string;
  canWrite: boolean;
  canBreakGlass: boolean;
}) {
  const { t, i18n } = useTranslation();
  const query = useSpecialFileQuery(caseId);
  const [grantUntil, setGrantUntil] = useState<string | null>(null);

  let content: ReactNode;
  if (query.isPending) content = <Loading label={t('caseWork.loading')} />;
  else if (query.isError) {
    const status = query.error instanceof ApiError ? query.error.statusCode : 0;
    if (status === 404 && canBreakGlass) content = <BreakGlass caseId={caseId} onOpened={setGrantUntil} />;
    else if (status === 404 || status === 403)
      content = (
        <Alert color="yellow" role="alert">
          {status === 404 ? t('caseWork.specialFile.notAssigned') : t('caseWork.specialFile.forbidden')}
        </Alert>
      );
    else
      content = (
        <Alert color="red" role="alert">
          {t('caseWork.loadError')}
        </Alert>
      );
  } else content = <SpecialFileContent caseId={caseId} file={query.data} canWrite={canWrite} />;

  return (
    <Stack>
      <Alert color="grape" variant="light">
        {t('caseWork.specialFile.logged')}
      </Alert>
      {grantUntil && (
        <Alert color="orange" role="status">
          {t('caseWork.specialFile.breakGlass.opened', { time: formatDateTime(grantUntil, i18n.language) })}
        </Alert>
      )}
      {content}
    </Stack>
  );
}

function BreakGlass({ caseId, onOpened }: { caseId: string; onOpened: (expiresAt: string) => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const form = useValidatedForm<{ reason: string }>({
    initialValues: { reason: '' },
    validate: { reason: rule(hasLength(10), 'caseWork.specialFile.breakGlass.reasonTooShort') },
  });
  const mutation = useBreakGlassMutation(caseId);
  return (
    <Paper withBorder p="md">
      <Stack>
        <Text>{t('caseWork.specialFile.notAssigned')}</Text>
        <Text size="sm" c="dimmed">
          {t('caseWork.specialFile.breakGlass.explain')}
        </Text>
        <Group>
          <Button color="red" variant="outline" onClick={() => setOpened(true)}>
            {t('caseWork.specialFile.breakGlass.button')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('caseWork.specialFile.breakGlass.title')}>
        <form
          onSubmit={form.onSubmit(({ reason }) => {
            mutation.mutate(reason.trim(), {
              onSuccess: (grant) => {
                setOpened(false);
                onOpened(grant.expiresAt);
              },
            });
          })}
        >
          <Stack>
            <Text size="sm">{t('caseWork.specialFile.breakGlass.explain')}</Text>
            <Textarea
              label={t('caseWork.specialFile.breakGlass.reason')}
              description={t('caseWork.specialFile.breakGlass.reasonHint')}
              {...form.getInputProps('reason')}
              minRows={3}
              autosize
              maxLength={1000}
              required
              data-autofocus
            />
            {mutation.isError && (
              <Alert color="red" role="alert">
                {apiErrorText(mutation.error, t, {
                  NOT_FOUND: 'caseWork.specialFile.breakGlass.notFound',
                  FORBIDDEN: 'caseWork.specialFile.forbidden',
                })}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="subtle" color="gray" onClick={() => setOpened(false)}>
                {t('caseWork.cancel')}
              </Button>
              <Button type="submit" color="red" loading={mutation.isPending}>
                {t('caseWork.specialFile.breakGlass.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {title}
          </Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function SpecialFileContent({ caseId, file, canWrite }: { caseId: string; file: SpecialFileView; canWrite: boolean }) {
  const { t } = useTranslation();
  if (file.scope === 'capacities') {
    // The coach's answer: belastbaarheid in plain words and the AD report's coach view; nothing else is read.
    return (
      <Stack>
        <Text size="sm" c="dimmed">
          {t('fml.coach.note')}
        </Text>
        <Section title={t('fml.coach.title')}>
          <CoachCapacitiesPanel capacities={file.capacities ?? null} />
        </Section>
        <Section title={t('fml.ad.title')}>
          <AdReportCoachPanel report={file.adReport ?? null} />
        </Section>
      </Stack>
    );
  }
  return <FullSpecialFile caseId={caseId} file={file} canWrite={canWrite} />;
}

function Toggle({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  return open ? (
    <>{children(() => setOpen(false))}</>
  ) : (
    <Group>
      <Button variant="light" size="xs" onClick={() => setOpen(true)}>
        {label}
      </Button>
    </Group>
  );
}

function FullSpecialFile({ caseId, file, canWrite }: { caseId: string; file: SpecialFileFull; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack>
      <Section title={t('caseWork.specialFile.health')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" spacing="sm">
          <div>
            <Text component="dt" size="xs" c="dimmed">
              {t('caseWork.specialFile.firstSickDay')}
            </Text>
            <Text component="dd" m={0}>
              {formatDate(file.firstSickDay, i18n.language)}
            </Text>
          </div>
          <div>
            <Text component="dt" size="xs" c="dimmed">
              {t('caseWork.specialFile.prognosis')}
            </Text>
            <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
              {file.prognosis || t('common.none')}
            </Text>
          </div>
        </SimpleGrid>
        {canWrite && (
          <Toggle label={t('caseWork.specialFile.editHealth')}>
            {(close) => (
              <HealthRecordForm
                caseId={caseId}
                firstSickDay={file.firstSickDay}
                prognosis={file.prognosis}
                onDone={close}
              />
            )}
          </Toggle>
        )}
      </Section>
      {/* The Poortwachter timeline is on the overview, with the completed milestones; not repeated here. */}
      <Section title={t('fml.title')}>
        <FmlAssessmentList items={file.fmlAssessments ?? []} />
        {canWrite && (
          <Toggle label={t('fml.add')}>{(close) => <FmlAssessmentForm caseId={caseId} onDone={close} />}</Toggle>
        )}
      </Section>
      <Section title={t('fml.ad.section')}>
        <AdReportList items={file.adReports ?? []} />
        {canWrite && (
          <Toggle label={t('fml.ad.add')}>{(close) => <AdReportForm caseId={caseId} onDone={close} />}</Toggle>
        )}
        <LegacyOccupationalList items={file.occupationalAssessments ?? []} />
      </Section>
      <Section title={t('fml.uwv.section')}>
        <UwvDecisionList items={file.uwvDecisions ?? []} documents={file.documents} />
        {canWrite && (
          <Toggle label={t('fml.uwv.add')}>
            {(close) => <UwvDecisionForm caseId={caseId} documents={file.documents} onDone={close} />}
          </Toggle>
        )}
        <LegacyUwvOpinionList items={file.uwvOpinions ?? []} />
      </Section>
      <Section title={t('caseWork.specialFile.documents')}>
        {file.documents.length === 0 ? (
          <Text c="dimmed">{t('caseWork.specialFile.documentsEmpty')}</Text>
        ) : (
          <Table aria-label={t('caseWork.specialFile.documents')}>
            <Table.Tbody>
              {file.documents.map((document) => (
                <Table.Tr key={document.id}>
                  <Table.Td>
                    <Anchor href={document.href} download={document.filename}>
                      {document.filename}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`caseWork.specialFile.documentKinds.${document.kind}`)}</Table.Td>
                  <Table.Td>{formatSize(document.sizeBytes)}</Table.Td>
                  <Table.Td>
                    {t('caseWork.specialFile.uploadedOn', { date: formatDateTime(document.uploadedAt, i18n.language) })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canWrite && <DocumentUpload caseId={caseId} />}
      </Section>
    </Stack>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A sub-heading for entries stored as free text before the structured forms; nothing when there are none. */
function LegacyEntries({ count, children }: { count: number; children: ReactNode }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Stack gap="xs" mt="sm">
      <Title order={4} size="h5">
        {t('caseWork.specialFile.legacyFreeText')}
      </Title>
      {children}
    </Stack>
  );
}

/** AD reports written as free text before the structured AD report: read-only. */
function LegacyOccupationalList({ items }: { items: readonly OccupationalAssessmentView[] }) {
  const { t, i18n } = useTranslation();
  const field = (label: string, value: string | undefined) =>
    value === undefined ? null : (
      <div>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {value}
        </Text>
      </div>
    );
  return (
    <LegacyEntries count={items.length}>
      {items.map((item) => (
        <Paper key={item.id} bg="gray.0" p="sm">
          <Stack gap={6}>
            <Text fw={600}>
              {t('caseWork.specialFile.reportDate')}: {formatDate(item.reportDate, i18n.language)}
            </Text>
            {field(t('caseWork.specialFile.conclusionOwnWork'), item.conclusionOwnWork)}
            {field(t('caseWork.specialFile.suitableWork'), item.suitableWork)}
            {field(t('caseWork.specialFile.advice'), item.advice)}
          </Stack>
        </Paper>
      ))}
    </LegacyEntries>
  );
}

/** UWV opinions written as free text before the structured UWV decisions: read-only. */
function LegacyUwvOpinionList({ items }: { items: readonly UwvOpinionView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <LegacyEntries count={items.length}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('caseWork.specialFile.opinionDate')}</Table.Th>
            <Table.Th>{t('caseWork.specialFile.uwvKind')}</Table.Th>
            <Table.Th>{t('caseWork.specialFile.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((opinion) => (
            <Table.Tr key={opinion.id}>
              <Table.Td>{formatDate(opinion.opinionDate, i18n.language)}</Table.Td>
              <Table.Td>{t(`caseWork.specialFile.uwvKinds.${opinion.kind}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{opinion.outcome}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </LegacyEntries>
  );
}
