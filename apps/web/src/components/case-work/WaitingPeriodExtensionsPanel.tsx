import { Alert, Button, Group, NativeSelect, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { WAITING_PERIOD_EXTENSION_KINDS, amsterdamToday } from '@spoor/domain';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  useRecordExtensionMutation,
  useWaitingPeriodExtensionsQuery,
  useWithdrawExtensionMutation,
  type NewWaitingPeriodExtension,
  type WaitingPeriodExtensionKind,
  type WaitingPeriodExtensionView,
} from '../../api/useMilestones';
import { apiErrorText } from '../apiMessages';
import { formatDay } from '../format';
import { DayInput } from '../forms/DayInput';
import { useValidatedForm } from '../forms/useValidatedForm';
import { Loading } from '../Loading';
import { isFilled } from '../validation';
import { WithdrawReasonModal } from './WithdrawReasonModal';

interface ExtensionValues {
  kind: WaitingPeriodExtensionKind;
  weeks: number | string;
  startsOn: string | null;
  agreedEnd: string | null;
  agreedOn: string | null;
  appliedOn: string | null;
  grantedWaitingPeriodEnd: string | null;
}

/** One line on what an extension says, in the reader's language. */
export function describeExtension(t: TFunction, item: WaitingPeriodExtensionView): string {
  const day = (value: string | null) => (value ? formatDay(value) : '');
  switch (item.kind) {
    case 'loonsanctie':
      return item.startsOn
        ? t('poortwachter.extensions.describe.loonsanctie', { count: item.weeks ?? 0, startsOn: day(item.startsOn) })
        : t('poortwachter.extensions.describe.loonsanctieNoStart', { count: item.weeks ?? 0 });
    case 'voluntary_extension':
      return t('poortwachter.extensions.describe.voluntary_extension', {
        agreedEnd: day(item.agreedEnd),
        agreedOn: day(item.agreedOn),
      });
    case 'early_iva':
      return item.grantedWaitingPeriodEnd
        ? t('poortwachter.extensions.describe.early_ivaGranted', {
            appliedOn: day(item.appliedOn),
            granted: day(item.grantedWaitingPeriodEnd),
          })
        : t('poortwachter.extensions.describe.early_iva', { appliedOn: day(item.appliedOn) });
  }
}

/** Only the fields of the chosen kind leave the form; optional dates only when filled in. */
function toRequest(values: ExtensionValues): NewWaitingPeriodExtension | null {
  switch (values.kind) {
    case 'loonsanctie':
      return {
        kind: 'loonsanctie',
        weeks: Number(values.weeks),
        ...(values.startsOn ? { startsOn: values.startsOn } : {}),
      };
    case 'voluntary_extension':
      if (!values.agreedEnd || !values.agreedOn) return null;
      return { kind: 'voluntary_extension', agreedEnd: values.agreedEnd, agreedOn: values.agreedOn };
    case 'early_iva':
      if (!values.appliedOn) return null;
      return {
        kind: 'early_iva',
        appliedOn: values.appliedOn,
        ...(values.grantedWaitingPeriodEnd ? { grantedWaitingPeriodEnd: values.grantedWaitingPeriodEnd } : {}),
      };
  }
}

/**
 * "Verlenging wachttijd": loonsanctie, voluntary extension and early IVA application of the person's waiting
 * period, with the end they make. Dates and weeks only; for the assigned coach and labour expert.
 */
export function WaitingPeriodExtensionsPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const query = useWaitingPeriodExtensionsQuery(caseId);
  const mutation = useRecordExtensionMutation(caseId);
  const withdrawal = useWithdrawExtensionMutation(caseId);
  const [saved, setSaved] = useState(false);
  const [withdrawing, setWithdrawing] = useState<WaitingPeriodExtensionView | null>(null);
  const headingId = useId();
  const today = amsterdamToday(new Date());
  const dateRule = (kind: WaitingPeriodExtensionKind) => (value: string | null, values: ExtensionValues) =>
    values.kind === kind && !isFilled(value) ? 'poortwachter.extensions.dateRequired' : null;
  const form = useValidatedForm<ExtensionValues>(
    {
      initialValues: {
        kind: 'loonsanctie',
        weeks: '',
        startsOn: null,
        agreedEnd: null,
        agreedOn: today,
        appliedOn: today,
        grantedWaitingPeriodEnd: null,
      },
      validate: {
        weeks: (value, values) =>
          values.kind === 'loonsanctie' && (value === '' || !Number.isInteger(Number(value)))
            ? 'poortwachter.extensions.weeksRequired'
            : null,
        agreedEnd: dateRule('voluntary_extension'),
        agreedOn: dateRule('voluntary_extension'),
        appliedOn: dateRule('early_iva'),
      },
    },
    { apiError: mutation.error },
  );

  if (query.error instanceof ApiError && (query.error.statusCode === 403 || query.error.statusCode === 404))
    return null;
  const items = query.data?.items ?? [];
  const end = query.data?.waitingPeriodEnd ?? null;

  const submit = (values: ExtensionValues) => {
    const request = toRequest(values);
    if (!request) return;
    setSaved(false);
    mutation.mutate(request, { onSuccess: () => setSaved(true) });
  };
  const kind = form.values.kind;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('poortwachter.extensions.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('poortwachter.extensions.intro')}
        </Text>
        {query.isPending && <Loading size="sm" label={t('caseWork.loading')} />}
        {query.isError && (
          <Alert color="red" role="alert">
            {t('caseWork.loadError')}
          </Alert>
        )}
        {end && (
          <Text fw={600}>
            {t('poortwachter.extensions.end', { date: formatDay(end.end) })}
            {end.end !== end.regularEnd && (
              <Text span size="sm" c="dimmed" fw={400}>
                {' '}
                ({t('poortwachter.extensions.regularEnd', { date: formatDay(end.regularEnd) })})
              </Text>
            )}
          </Text>
        )}
        {query.data && items.length === 0 && <Text c="dimmed">{t('poortwachter.extensions.empty')}</Text>}
        {items.length > 0 && (
          <Table striped aria-label={t('poortwachter.extensions.title')}>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{t(`poortwachter.extensions.kinds.${item.kind}`)}</Table.Td>
                  <Table.Td>
                    {describeExtension(t, item)}
                    {item.withdrawnAt && (
                      <Text size="xs" c="red">
                        {t('poortwachter.extensions.withdrawn', { reason: item.withdrawReason ?? '' })}
                      </Text>
                    )}
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      {!item.withdrawnAt && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          aria-label={`${t('poortwachter.withdraw.action')}: ${t(`poortwachter.extensions.kinds.${item.kind}`)}`}
                          onClick={() => {
                            withdrawal.reset();
                            setWithdrawing(item);
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
        {withdrawing && (
          <WithdrawReasonModal
            title={t('poortwachter.withdraw.titleExtension', {
              kind: t(`poortwachter.extensions.kinds.${withdrawing.kind}`),
            })}
            text={t('poortwachter.withdraw.textExtension')}
            pending={withdrawal.isPending}
            error={withdrawal.error}
            onClose={() => setWithdrawing(null)}
            onWithdraw={(reason) =>
              withdrawal.mutate({ extensionId: withdrawing.id, reason }, { onSuccess: () => setWithdrawing(null) })
            }
          />
        )}
        {canWrite && (
          <form noValidate onSubmit={form.onSubmit(submit)}>
            <Stack gap="sm">
              <NativeSelect
                label={t('poortwachter.extensions.kind')}
                data={WAITING_PERIOD_EXTENSION_KINDS.map((value) => ({
                  value,
                  label: t(`poortwachter.extensions.kinds.${value}`),
                }))}
                {...form.getInputProps('kind')}
              />
              {kind === 'loonsanctie' && (
                <Group grow align="flex-start">
                  <NumberInput
                    label={t('poortwachter.extensions.weeks')}
                    required
                    min={1}
                    max={52}
                    allowDecimal={false}
                    {...form.getInputProps('weeks')}
                  />
                  <DayInput label={t('poortwachter.extensions.startsOn')} {...form.getInputProps('startsOn')} />
                </Group>
              )}
              {kind === 'voluntary_extension' && (
                <Group grow align="flex-start">
                  <DayInput
                    label={t('poortwachter.extensions.agreedEnd')}
                    required
                    {...form.getInputProps('agreedEnd')}
                  />
                  <DayInput
                    label={t('poortwachter.extensions.agreedOn')}
                    required
                    maxDate={today}
                    {...form.getInputProps('agreedOn')}
                  />
                </Group>
              )}
              {kind === 'early_iva' && (
                <Group grow align="flex-start">
                  <DayInput
                    label={t('poortwachter.extensions.appliedOn')}
                    required
                    maxDate={today}
                    {...form.getInputProps('appliedOn')}
                  />
                  <DayInput
                    label={t('poortwachter.extensions.granted')}
                    {...form.getInputProps('grantedWaitingPeriodEnd')}
                  />
                </Group>
              )}
              {mutation.isError && (
                <Alert color="red" role="alert">
                  {apiErrorText(form.alertError, t)}
                </Alert>
              )}
              {saved && !mutation.isError && (
                <Alert color="teal" role="status">
                  {t('poortwachter.extensions.saved')}
                </Alert>
              )}
              <Group>
                <Button type="submit" loading={mutation.isPending}>
                  {t('poortwachter.extensions.add')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
