import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { ACTIVITY_KINDS, type ActivityKind } from '@spoor/domain';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivitiesQuery, useCreateActivityMutation } from '../../api/useCaseWork';
import { apiErrorText } from '../apiMessages';
import { formatDate } from '../format';
import { DayInput } from '../forms/DayInput';
import { useValidatedForm } from '../forms/useValidatedForm';
import { Loading } from '../Loading';
import { isFilled, rule } from '../validation';

interface ActivityValues {
  kind: ActivityKind;
  occurredOn: string | null;
  duration: number | string;
  notes: string;
}

/** What happened in the programme, newest first; the assigned coach adds to it. */
export function ActivitiesTab({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const query = useActivitiesQuery(caseId);
  const items = [...(query.data?.items ?? [])].sort(
    (a, b) => b.occurredOn.localeCompare(a.occurredOn) || (b.createdAt ?? '').localeCompare(a.createdAt ?? ''),
  );
  return (
    <Stack>
      {canWrite && <ActivityForm caseId={caseId} />}
      {query.isPending && <Loading label={t('caseWork.loading')} />}
      {query.isError && (
        <Alert color="red" role="alert">
          {t('caseWork.loadError')}
        </Alert>
      )}
      {query.data && items.length === 0 && <Text c="dimmed">{t('caseWork.activities.empty')}</Text>}
      {items.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2} active={items.length}>
          {items.map((item) => (
            <Timeline.Item key={item.id} title={t(`caseWork.activities.kinds.${item.kind}`)}>
              <Text size="sm" c="dimmed">
                {formatDate(item.occurredOn, i18n.language)}
                {item.durationMinutes ? ` · ${t('caseWork.minutes', { count: item.durationMinutes })}` : ''}
              </Text>
              {item.notes && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {item.notes}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}

function ActivityForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const mutation = useCreateActivityMutation(caseId);
  const form = useValidatedForm<ActivityValues>(
    {
      // Today on the local calendar.
      initialValues: { kind: 'coaching_session', occurredOn: dayjs().format('YYYY-MM-DD'), duration: '', notes: '' },
      validate: { occurredOn: rule(isFilled, 'caseWork.activities.dateRequired') },
    },
    { liveAfterSubmit: false, apiError: mutation.error, apiFields: { durationMinutes: 'duration' } },
  );

  const submit = ({ kind, occurredOn, duration, notes }: ActivityValues) => {
    if (!occurredOn) return;
    mutation.mutate(
      {
        kind,
        occurredOn,
        durationMinutes: typeof duration === 'number' ? duration : undefined,
        notes: notes.trim() || undefined,
      },
      {
        onSuccess: () => {
          setOpen(false);
          // Kind and date stay as they were, for the next activity of the same day.
          form.setValues({ notes: '', duration: '' });
        },
      },
    );
  };

  if (!open) {
    return (
      <Group>
        <Button onClick={() => setOpen(true)}>{t('caseWork.activities.add')}</Button>
      </Group>
    );
  }
  // The form's own check only (the API's problems are at their inputs).
  const missing = form.hasErrors ? form.errorText('occurredOn') : undefined;
  return (
    <Paper withBorder p="md" component="form" noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('caseWork.activities.add')}
        </Title>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('caseWork.activities.kind')}
            {...form.getInputProps('kind')}
            data={ACTIVITY_KINDS.map((value) => ({ value, label: t(`caseWork.activities.kinds.${value}`) }))}
          />
          <DayInput
            label={t('caseWork.activities.occurredOn')}
            {...form.getInputProps('occurredOn', { withError: false })}
            required
          />
          <NumberInput
            label={t('caseWork.activities.duration')}
            {...form.getInputProps('duration')}
            min={1}
            max={1440}
            allowDecimal={false}
          />
        </Group>
        <Textarea
          label={t('caseWork.activities.notes')}
          {...form.getInputProps('notes')}
          autosize
          minRows={2}
          maxLength={4000}
        />
        {missing && (
          <Alert color="yellow" role="alert">
            {missing}
          </Alert>
        )}
        {mutation.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(form.alertError, t)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('caseWork.activities.submit')}
          </Button>
          <Button variant="subtle" color="gray" onClick={() => setOpen(false)}>
            {t('caseWork.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
