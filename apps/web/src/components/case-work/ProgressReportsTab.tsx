import { Alert, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core';
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
import { Loading } from '../Loading';

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
      {audience === 'author' && draft && <ReportEditor caseId={caseId} initial={draft} onClose={() => setDraft(null)} />}
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
      {t('caseWork.reports.periodValue', { start: formatDate(report.periodStart, i18n.language), end: formatDate(report.periodEnd, i18n.language) })}
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
                {correctsTitle ? t('caseWork.reports.correctionOf', { title: correctsTitle }) : t('caseWork.reports.isCorrection')}
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
            report.finalisedAt ? t('caseWork.reports.finalisedOn', { date: formatDate(report.finalisedAt, i18n.language) }) : null,
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
                      { id: report.id, patch: { version: report.version, releasedToClient: event.currentTarget.checked } },
                      { onError: () => void queryClient.invalidateQueries({ queryKey: queryKeys.caseWork.reports(caseId) }) },
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

interface StaleState {
  mine: Draft;
  current: ProgressReportView | undefined;
}

function ReportEditor({ caseId, initial, onClose }: { caseId: string; initial: Draft; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(initial);
  const [missing, setMissing] = useState(false);
  const [confirmFinal, setConfirmFinal] = useState(false);
  const [stale, setStale] = useState<StaleState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const create = useCreateProgressReportMutation(caseId);
  const update = useUpdateProgressReportMutation(caseId);
  const busy = create.isPending || update.isPending;

  const set = (field: keyof Draft) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDraft((previous) => ({ ...previous, [field]: value }));
  };

  const content = () => ({
    title: draft.title.trim(),
    body: draft.body,
    clientSummary: draft.clientSummary.trim() ? draft.clientSummary : undefined,
  });

  const onFailure = async (failure: unknown) => {
    if (failure instanceof ApiError && failure.code === 'REPORT_VERSION_STALE' && draft.reportId) {
      const fresh = await queryClient.fetchQuery({
        queryKey: queryKeys.caseWork.reports(caseId),
        queryFn: () => fetchProgressReports(caseId),
        staleTime: 0,
      }).catch(() => undefined);
      setStale({ mine: draft, current: fresh?.items.find((item) => item.id === draft.reportId) });
      return;
    }
    setError(apiErrorText(failure, t, { REPORT_FINAL: 'caseWork.reports.finalLocked' }));
  };

  const save = async (finalise: boolean) => {
    setError(null);
    if (!draft.title.trim() || !draft.body.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    try {
      if (draft.reportId && draft.version !== undefined) {
        await update.mutateAsync({ id: draft.reportId, patch: { version: draft.version, ...content(), ...(finalise ? { status: 'final' as const } : {}) } });
      } else {
        const created = await create.mutateAsync({
          ...content(),
          periodStart: draft.periodStart || undefined,
          periodEnd: draft.periodEnd || undefined,
          correctsReportId: draft.correctsReportId,
        });
        if (finalise && created.version !== undefined) {
          await update.mutateAsync({ id: created.id, patch: { version: created.version, status: 'final' } });
        }
      }
      onClose();
    } catch (failure) {
      await onFailure(failure);
    }
  };

  return (
    <Paper withBorder p="md" shadow="xs">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {draft.reportId ? t('caseWork.reports.editorEdit') : t('caseWork.reports.editorNew')}
        </Title>
        {draft.correctsReportId && (
          <Text size="sm" c="orange">
            {t('caseWork.reports.correctionOf', { title: draft.correctsTitle ?? '' })}
          </Text>
        )}
        <TextInput label={t('caseWork.reports.fields.title')} value={draft.title} onChange={set('title')} required maxLength={200} />
        {!draft.reportId && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DayInput label={t('caseWork.reports.fields.periodStart')} value={draft.periodStart || null} onChange={(day) => setDraft((previous) => ({ ...previous, periodStart: day ?? '' }))} />
            <DayInput label={t('caseWork.reports.fields.periodEnd')} value={draft.periodEnd || null} onChange={(day) => setDraft((previous) => ({ ...previous, periodEnd: day ?? '' }))} />
          </SimpleGrid>
        )}
        <Textarea label={t('caseWork.reports.fields.body')} value={draft.body} onChange={set('body')} required autosize minRows={5} maxLength={20000} />
        <Textarea label={t('caseWork.reports.fields.clientSummary')} value={draft.clientSummary} onChange={set('clientSummary')} autosize minRows={2} maxLength={2000} />
        {missing && (
          <Alert color="yellow" role="alert">
            {t('caseWork.reports.required')}
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          <Button loading={busy} onClick={() => void save(false)}>
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
                void save(true);
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
                    if (current)
                      setDraft((previous) => ({
                        ...previous,
                        version: current.version,
                        title: current.title ?? '',
                        body: current.body ?? '',
                        clientSummary: current.clientSummary ?? '',
                      }));
                    setStale(null);
                  }}
                >
                  {t('caseWork.reports.loadCurrent')}
                </Button>
              )}
              <Button
                onClick={() => {
                  const current = stale.current;
                  if (current?.version !== undefined && current.status !== 'final') setDraft((previous) => ({ ...previous, version: current.version }));
                  setStale(null);
                }}
              >
                {t('caseWork.reports.keepEditing')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
