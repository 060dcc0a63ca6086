import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import {
  fetchProgressReports,
  useCreateProgressReportMutation,
  useProgressReportsQuery,
  useUpdateProgressReportMutation,
  type ProgressReportView,
} from '../../api/useCaseWork';
import { apiErrorText } from '../apiMessages';
import { formatDate } from '../format';
import { DayInput } from '../forms/DayInput';
import { useValidatedForm } from '../forms/useValidatedForm';
import { Loading } from '../Loading';
import { isFilled, rule } from '../validation';

export type ReportAudience = 'author' | 'reader' | 'client';

interface Draft {
  reportId?: string;
  version?: number;
  correctsReportId?: string;
  correctsTitle?: string;
  title: string;
  body: string;
  clientSummary: string;
  periodStart: string;
  periodEnd: string;
}

const EMPTY: Draft = { title: '', body: '', clientSummary: '', periodStart: '', periodEnd: '' };

/** Progress reports: the assigned coach writes them; others read what the API returns for their role. */
export function ProgressReportsTab({ caseId, audience }: { caseId: string; audience: ReportAudience }) {
  const { t } = useTranslation();
  const query = useProgressReportsQuery(caseId);
  const [draft, setDraft] = useState<Draft | null>(null);

  if (query.isPending) return <Loading label={t('caseWork.loading')} />;
  if (query.isError) {
    return (
      <Alert color="red" role="alert">
        {t('caseWork.loadError')}
      </Alert>
    );
  }
  const items = query.data.items;

  if (audience === 'client') {
    if (items.length === 0) return <Text c="dimmed">{t('caseWork.reports.clientEmpty')}</Text>;
    return (
      <Stack>
        {items.map((item) => (
          <ClientSummary key={item.id} report={item} />
        ))}
      </Stack>
    );
  }

  return (
    <Stack>
      {audience === 'author' && !draft && (
        <Group>
          <Button onClick={() => setDraft({ ...EMPTY })}>{t('caseWork.reports.new')}</Button>
        </Group>
      )}
      {audience === 'author' && draft && (
        // Keyed by the report it edits: "Bewerken" on another report opens that one, not the form of the last.
        <ReportEditor
          key={draft.reportId ?? (draft.correctsReportId ? `corrects-${draft.correctsReportId}` : 'new')}
          caseId={caseId}
          initial={draft}
          onClose={() => setDraft(null)}
        />
      )}
      {items.length === 0 && <Text c="dimmed">{t('caseWork.reports.empty')}</Text>}
      {items.map((item) => (
        <ReportCard
          key={item.id}
          caseId={caseId}
          report={item}
          correctsTitle={items.find((other) => other.id === item.correctsReportId)?.title}
          author={audience === 'author'}
          onEdit={() =>
            setDraft({
              reportId: item.id,
              version: item.version,
              title: item.title ?? '',
              body: item.body ?? '',
              clientSummary: item.clientSummary ?? '',
              periodStart: item.periodStart ?? '',
              periodEnd: item.periodEnd ?? '',
            })
          }
          onCorrect={() =>
            setDraft({
              correctsReportId: item.id,
              correctsTitle: item.title,
              title: t('caseWork.reports.correctionTitle', { title: item.title ?? '' }),
              body: item.body ?? '',
              clientSummary: item.clientSummary ?? '',
              periodStart: item.periodStart ?? '',
              periodEnd: item.periodEnd ?? '',
            })
          }
        />
      ))}
    </Stack>
  );
}

function Period({ report }: { report: ProgressReportView }) {
  const { t, i18n } = useTranslation();
  if (!report.periodStart && !report.periodEnd) return null;
  return (
    <Text size="sm" c="dimmed">
      {t('caseWork.reports.period')}:{' '}
      {t('caseWork.reports.periodValue', {
        start: formatDate(report.periodStart, i18n.language),
        end: formatDate(report.periodEnd, i18n.language),
      })}
    </Text>
  );
}

function ClientSummary({ report }: { report: ProgressReportView }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack gap={4}>
        <Period report={report} />
        {report.finalisedAt && (
          <Text size="sm" c="dimmed">
            {t('caseWork.reports.finalisedOn', { date: formatDate(report.finalisedAt, i18n.language) })}
          </Text>
        )}
        <Text style={{ whiteSpace: 'pre-wrap' }}>{report.clientSummary}</Text>
      </Stack>
    </Paper>
  );
}

function ReportCard({
  caseId,
  report,
  correctsTitle,
  author,
  onEdit,
  onCorrect,
}: {
  caseId: string;
  report: ProgressReportView;
  correctsTitle?: string;
  author: boolean;
  onEdit: () => void;
  onCorrect: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateProgressReportMutation(caseId);
  const final = report.status === 'final';
  return (
    <Paper withBorder p="md" aria-label={report.title}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4">
              {report.title}
            </Title>
            <Period report={report} />
            {report.correctsReportId && (
              <Text size="sm" c="orange">
                {correctsTitle
                  ? t('caseWork.reports.correctionOf', { title: correctsTitle })
                  : t('caseWork.reports.isCorrection')}
              </Text>
            )}
          </div>
          <Group gap="xs">
            {report.status && (
              <Badge color={final ? 'teal' : 'gray'} variant="light">
                {t(`caseWork.reports.${report.status}`)}
              </Badge>
            )}
            {report.releasedToClient && (
              <Badge color="blue" variant="light">
                {t('caseWork.reports.released')}
              </Badge>
            )}
          </Group>
        </Group>
        {report.body && <Text style={{ whiteSpace: 'pre-wrap' }}>{report.body}</Text>}
        {report.clientSummary !== undefined && (
          <Paper bg="gray.0" p="sm">
            <Text size="xs" c="dimmed">
              {t('caseWork.reports.summary')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {report.clientSummary || t('caseWork.reports.noSummary')}
            </Text>
          </Paper>
        )}
        <Text size="xs" c="dimmed">
          {[
            report.authorName ? t('caseWork.reports.author', { name: report.authorName }) : null,
            report.finalisedAt
              ? t('caseWork.reports.finalisedOn', { date: formatDate(report.finalisedAt, i18n.language) })
              : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {author && (
          <Group>
            {!final && (
              <Button variant="light" onClick={onEdit}>
                {t('caseWork.reports.edit')}
              </Button>
            )}
            {final && (
              <>
                <Switch
                  label={t('caseWork.reports.release')}
                  checked={report.releasedToClient ?? false}
                  disabled={update.isPending || report.version === undefined}
                  onChange={(event) => {
                    if (report.version === undefined) return;
                    update.mutate(
                      {
                        id: report.id,
                        patch: { version: report.version, releasedToClient: event.currentTarget.checked },
                      },
                      {
                        onError: () =>
                          void queryClient.invalidateQueries({ queryKey: queryKeys.caseWork.reports(caseId) }),
                      },
                    );
                  }}
                />
                <Button variant="light" color="orange" onClick={onCorrect}>
                  {t('caseWork.reports.correct')}
                </Button>
              </>
            )}
          </Group>
        )}
        {update.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(update.error, t, { REPORT_VERSION_STALE: 'caseWork.status.stale' })}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

interface ReportValues {
  title: string;
  body: string;
  clientSummary: string;
  periodStart: string | null;
  periodEnd: string | null;
}

interface StaleState {
  mine: ReportValues;
  current: ProgressReportView | undefined;
}

/** The one message for a report that misses its title or text. */
const required = rule(isFilled, 'caseWork.reports.required');

function ReportEditor({ caseId, initial, onClose }: { caseId: string; initial: Draft; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The version the next save is based on: a stale save may move it on to the current one.
  const [version, setVersion] = useState(initial.version);
  // A new report once it has been created: a retry after a failed finalise updates it instead of creating another.
  const [reportId, setReportId] = useState(initial.reportId);
  const [confirmFinal, setConfirmFinal] = useState(false);
  const [stale, setStale] = useState<StaleState | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const create = useCreateProgressReportMutation(caseId);
  const update = useUpdateProgressReportMutation(caseId);
  const busy = create.isPending || update.isPending;
  const form = useValidatedForm<ReportValues>(
    {
      initialValues: {
        title: initial.title,
        body: initial.body,
        clientSummary: initial.clientSummary,
        periodStart: initial.periodStart || null,
        periodEnd: initial.periodEnd || null,
      },
      validate: { title: required, body: required },
    },
    { liveAfterSubmit: false, apiError: failure },
  );
  const field = (path: keyof ReportValues) => form.getInputProps(path, { withError: false });

  const onFailure = async (error: unknown, mine: ReportValues) => {
    if (error instanceof ApiError && error.code === 'REPORT_VERSION_STALE' && reportId) {
      const fresh = await queryClient
        .fetchQuery({
          queryKey: queryKeys.caseWork.reports(caseId),
          queryFn: () => fetchProgressReports(caseId),
          staleTime: 0,
        })
        .catch(() => undefined);
      setStale({ mine, current: fresh?.items.find((item) => item.id === reportId) });
      return;
    }
    setFailure(error);
  };

  const persist = async (values: ReportValues, finalise: boolean) => {
    setFailure(null);
    const content = {
      title: values.title.trim(),
      body: values.body,
      clientSummary: values.clientSummary.trim() ? values.clientSummary : undefined,
    };
    try {
      if (reportId && version !== undefined) {
        await update.mutateAsync({
          id: reportId,
          patch: { version, ...content, ...(finalise ? { status: 'final' as const } : {}) },
        });
      } else {
        const created = await create.mutateAsync({
          ...content,
          periodStart: values.periodStart || undefined,
          periodEnd: values.periodEnd || undefined,
          correctsReportId: initial.correctsReportId,
        });
        setReportId(created.id);
        setVersion(created.version);
        if (finalise && created.version !== undefined) {
          await update.mutateAsync({ id: created.id, patch: { version: created.version, status: 'final' } });
        }
      }
      onClose();
    } catch (error) {
      await onFailure(error, values);
    }
  };
  // A save that misses a required field also takes away the previous save's failure, as a new attempt.
  const save = (finalise: boolean) =>
    form.onSubmit(
      (values) => void persist(values, finalise),
      () => setFailure(null),
    );
  const heading = initial.reportId ? t('caseWork.reports.editorEdit') : t('caseWork.reports.editorNew');

  return (
    <>
      <Paper withBorder p="md" shadow="xs" component="form" noValidate aria-label={heading} onSubmit={save(false)}>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {heading}
          </Title>
          {initial.correctsReportId && (
            <Text size="sm" c="orange">
              {t('caseWork.reports.correctionOf', { title: initial.correctsTitle ?? '' })}
            </Text>
          )}
          <TextInput label={t('caseWork.reports.fields.title')} {...field('title')} required maxLength={200} />
          {!initial.reportId && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DayInput label={t('caseWork.reports.fields.periodStart')} {...field('periodStart')} />
              <DayInput label={t('caseWork.reports.fields.periodEnd')} {...field('periodEnd')} />
            </SimpleGrid>
          )}
          <Textarea
            label={t('caseWork.reports.fields.body')}
            {...field('body')}
            required
            autosize
            minRows={5}
            maxLength={20000}
          />
          <Textarea
            label={t('caseWork.reports.fields.clientSummary')}
            {...field('clientSummary')}
            autosize
            minRows={2}
            maxLength={2000}
          />
          {form.hasErrors && (
            <Alert color="yellow" role="alert">
              {t('caseWork.reports.required')}
            </Alert>
          )}
          {failure !== null && (
            <Alert color="red" role="alert">
              {apiErrorText(form.alertError, t, { REPORT_FINAL: 'caseWork.reports.finalLocked' })}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={busy}>
              {t('caseWork.reports.saveDraft')}
            </Button>
            <Button variant="outline" color="teal" disabled={busy} onClick={() => setConfirmFinal(true)}>
              {t('caseWork.reports.finalise')}
            </Button>
            <Button variant="subtle" color="gray" disabled={busy} onClick={onClose}>
              {t('caseWork.cancel')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Modal opened={confirmFinal} onClose={() => setConfirmFinal(false)} title={t('caseWork.reports.finaliseTitle')}>
        <Stack>
          <Text>{t('caseWork.reports.finaliseText')}</Text>
          <Group justify="flex-end">
            <Button variant="subtle" color="gray" onClick={() => setConfirmFinal(false)}>
              {t('caseWork.cancel')}
            </Button>
            <Button
              color="teal"
              onClick={() => {
                setConfirmFinal(false);
                save(true)();
              }}
            >
              {t('caseWork.reports.finaliseConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={stale !== null} onClose={() => setStale(null)} title={t('caseWork.reports.staleTitle')} size="xl">
        {stale && (
          <Stack>
            <Text>{stale.current ? t('caseWork.reports.staleText') : t('caseWork.reports.currentGone')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Paper withBorder p="sm" aria-label={t('caseWork.reports.yourVersion')}>
                <Text fw={600}>{t('caseWork.reports.yourVersion')}</Text>
                <Text size="sm" fw={500}>
                  {stale.mine.title}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {stale.mine.body}
                </Text>
              </Paper>
              <Paper withBorder p="sm" aria-label={t('caseWork.reports.currentVersion')}>
                <Text fw={600}>{t('caseWork.reports.currentVersion')}</Text>
                {stale.current && (
                  <>
                    <Text size="sm" fw={500}>
                      {stale.current.title}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {stale.current.body}
                    </Text>
                  </>
                )}
              </Paper>
            </SimpleGrid>
            <Group justify="flex-end">
              {stale.current && (
                <Button
                  variant="light"
                  onClick={() => {
                    const current = stale.current;
                    if (current?.status === 'final') {
                      setStale(null);
                      onClose();
                      return;
                    }
                    if (current) {
                      setVersion(current.version);
                      form.setValues({
                        title: current.title ?? '',
                        body: current.body ?? '',
                        clientSummary: current.clientSummary ?? '',
                      });
                    }
                    setStale(null);
                  }}
                >
                  {t('caseWork.reports.loadCurrent')}
                </Button>
              )}
              <Button
                onClick={() => {
                  const current = stale.current;
                  if (current?.version !== undefined && current.status !== 'final') setVersion(current.version);
                  setStale(null);
                }}
              >
                {t('caseWork.reports.keepEditing')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
