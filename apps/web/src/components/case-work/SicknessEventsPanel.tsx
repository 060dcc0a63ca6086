import { Alert, Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { amsterdamToday } from '@spoor/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  useRecordSicknessEventMutation,
  useRetractSicknessEventMutation,
  useSicknessEventsQuery,
  type SicknessEventKind,
  type SicknessEventView,
} from '../../api/useMilestones';
import { apiErrorText } from '../apiMessages';
import { formatDateTime, formatDay } from '../format';
import { DayInput } from '../forms/DayInput';
import { useValidatedForm } from '../forms/useValidatedForm';
import { Loading } from '../Loading';
import { isFilled, rule } from '../validation';
import { WithdrawReasonModal } from './WithdrawReasonModal';

/** The events in the order the API takes them; kept here so the web bundles no Poortwachter rules. */
export const SICKNESS_EVENT_KINDS: readonly SicknessEventKind[] = ['sick', 'partial_recovery', 'recovery'];

interface SicknessValues {
  kind: SicknessEventKind;
  date: string | null;
}

/**
 * "Ziekte en herstel": the sick reports and (partial) recoveries the timeline is computed from. Dates only,
 * never a diagnosis; for the assigned coach and labour expert.
 */
export function SicknessEventsPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const query = useSicknessEventsQuery(caseId);
  const mutation = useRecordSicknessEventMutation(caseId);
  const retraction = useRetractSicknessEventMutation(caseId);
  const [saved, setSaved] = useState(false);
  const [retracting, setRetracting] = useState<SicknessEventView | null>(null);
  const headingId = useId();
  const today = amsterdamToday(new Date());
  const form = useValidatedForm<SicknessValues>(
    {
      initialValues: { kind: 'sick', date: today },
      validate: { date: rule(isFilled, 'poortwachter.sickness.dateRequired') },
    },
    { apiError: mutation.error },
  );

  if (query.error instanceof ApiError && (query.error.statusCode === 403 || query.error.statusCode === 404))
    return null;
  const items = [...(query.data?.items ?? [])].sort(
    (a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt),
  );

  const submit = ({ kind, date }: SicknessValues) => {
    if (!date) return;
    setSaved(false);
    mutation.mutate({ kind, date }, { onSuccess: () => setSaved(true) });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('poortwachter.sickness.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('poortwachter.sickness.intro')}
        </Text>
        {query.isPending && <Loading size="sm" label={t('caseWork.loading')} />}
        {query.isError && (
          <Alert color="red" role="alert">
            {t('caseWork.loadError')}
          </Alert>
        )}
        {query.data && items.length === 0 && <Text c="dimmed">{t('poortwachter.sickness.empty')}</Text>}
        {items.length > 0 && (
          <Table striped aria-label={t('poortwachter.sickness.title')}>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{formatDay(item.date)}</Table.Td>
                  <Table.Td>{t(`poortwachter.sickness.kinds.${item.kind}`)}</Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {t('poortwachter.sickness.recordedAt', { date: formatDateTime(item.recordedAt, i18n.language) })}
                    </Text>
                    {item.retractedAt && (
                      <Text size="xs" c="red">
                        {t('poortwachter.sickness.retracted', { reason: item.retractReason ?? '' })}
                      </Text>
                    )}
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      {!item.retractedAt && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          aria-label={`${t('poortwachter.withdraw.action')}: ${t(`poortwachter.sickness.kinds.${item.kind}`)} ${formatDay(item.date)}`}
                          onClick={() => {
                            retraction.reset();
                            setRetracting(item);
                          }}
                        >
                          {t('poortwachter.withdraw.action')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {retracting && (
          <WithdrawReasonModal
            title={t('poortwachter.withdraw.titleEvent', {
              kind: t(`poortwachter.sickness.kinds.${retracting.kind}`),
              date: formatDay(retracting.date),
            })}
            text={t('poortwachter.withdraw.textEvent')}
            pending={retraction.isPending}
            error={retraction.error}
            onClose={() => setRetracting(null)}
            onWithdraw={(reason) =>
              retraction.mutate({ eventId: retracting.id, reason }, { onSuccess: () => setRetracting(null) })
            }
          />
        )}
        {canWrite && (
          <form noValidate onSubmit={form.onSubmit(submit)}>
            <Stack gap="sm">
              <Group grow align="flex-start">
                <NativeSelect
                  label={t('poortwachter.sickness.kind')}
                  data={SICKNESS_EVENT_KINDS.map((value) => ({
                    value,
                    label: t(`poortwachter.sickness.kinds.${value}`),
                  }))}
                  {...form.getInputProps('kind')}
                />
                <DayInput
                  label={t('poortwachter.sickness.date')}
                  required
                  maxDate={today}
                  {...form.getInputProps('date')}
                />
              </Group>
              {mutation.isError && (
                <Alert color="red" role="alert">
                  {apiErrorText(form.alertError, t)}
                </Alert>
              )}
              {saved && !mutation.isError && (
                <Alert color="teal" role="status">
                  {t('poortwachter.sickness.saved')}
                </Alert>
              )}
              <Group>
                <Button type="submit" loading={mutation.isPending}>
                  {t('poortwachter.sickness.add')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
