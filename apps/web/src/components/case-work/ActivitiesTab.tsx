import { Alert, Button, Group, NativeSelect, NumberInput, Paper, Stack, Text, TextInput, Textarea, Timeline, Title } from '@mantine/core';
import { ACTIVITY_KINDS, type ActivityKind } from '@spoor/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivitiesQuery, useCreateActivityMutation } from '../../api/useCaseWork';
import { apiErrorText } from '../apiMessages';
import { formatDate } from '../format';
import { Loading } from '../Loading';

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** What happened in the programme, newest first; the assigned coach adds to it. */
export function ActivitiesTab({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const query = useActivitiesQuery(caseId);
  const items = [...(query.data?.items ?? [])].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
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
  const [kind, setKind] = useState<ActivityKind>('coaching_session');
  const [occurredOn, setOccurredOn] = useState(today());
  const [duration, setDuration] = useState<number | string>('');
  const [notes, setNotes] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useCreateActivityMutation(caseId);

  if (!open) {
    return (
      <Group>
        <Button onClick={() => setOpen(true)}>{t('caseWork.activities.add')}</Button>
      </Group>
    );
  }
  return (
    <Paper withBorder p="md" component="form" noValidate onSubmit={(event: React.FormEvent) => {
      event.preventDefault();
      if (!occurredOn) {
        setMissing(true);
        return;
      }
      setMissing(false);
      mutation.mutate(
        { kind, occurredOn, durationMinutes: typeof duration === 'number' ? duration : undefined, notes: notes.trim() || undefined },
        {
          onSuccess: () => {
            setOpen(false);
            setNotes('');
            setDuration('');
          },
        },
      );
    }}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('caseWork.activities.add')}
        </Title>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('caseWork.activities.kind')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as ActivityKind)}
            data={ACTIVITY_KINDS.map((value) => ({ value, label: t(`caseWork.activities.kinds.${value}`) }))}
          />
          <TextInput type="date" label={t('caseWork.activities.occurredOn')} value={occurredOn} onChange={(event) => setOccurredOn(event.currentTarget.value)} required />
          <NumberInput label={t('caseWork.activities.duration')} value={duration} onChange={setDuration} min={1} max={1440} allowDecimal={false} />
        </Group>
        <Textarea label={t('caseWork.activities.notes')} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} autosize minRows={2} maxLength={4000} />
        {missing && (
          <Alert color="yellow" role="alert">
            {t('caseWork.activities.dateRequired')}
          </Alert>
        )}
        {mutation.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(mutation.error, t)}
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
