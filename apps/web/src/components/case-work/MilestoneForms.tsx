import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import type { ComboboxData } from '@mantine/core';
import { amsterdamToday } from '@spoor/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  useUpdateMilestoneMutation,
  type MilestoneEvidence,
  type TimelineMilestoneView,
} from '../../api/useMilestones';
import { apiErrorText } from '../apiMessages';
import { DayInput } from '../forms/DayInput';
import { useValidatedForm } from '../forms/useValidatedForm';
import { isFilled, rule } from '../validation';
import { milestoneLabel } from './milestoneTexts';

/** Evidence in the picker is `report:<id>`, `document:<id>` or `activity:<id>`; '' is none. */
export const evidenceValue = (kind: 'report' | 'document' | 'activity', id: string) => `${kind}:${id}`;

function evidenceRef(value: string): MilestoneEvidence | undefined {
  const at = value.indexOf(':');
  const [kind, id] = [value.slice(0, at), value.slice(at + 1)];
  if (at < 0 || id === '') return undefined;
  if (kind === 'report') return { reportId: id };
  if (kind === 'document') return { documentId: id };
  if (kind === 'activity') return { activityId: id };
  return undefined;
}

/** The API's problems with the evidence all belong to the one picker. */
const EVIDENCE_FIELDS = {
  evidence: 'evidence',
  'evidence.reportId': 'evidence',
  'evidence.documentId': 'evidence',
  'evidence.activityId': 'evidence',
} as const;

/** A failed completion or undo, for the form's alert: UWV's own steps cannot be completed (409). */
function failureText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.statusCode === 409 && error.code === undefined)
    return t('poortwachter.conflict');
  return apiErrorText(error, t);
}

interface CompleteValues {
  completedOn: string | null;
  evidence: string;
}

/**
 * "Markeren als gedaan": the date it was done (today in Europe/Amsterdam unless told) and, optionally, the
 * report, document or activity that proves it.
 */
export function CompleteMilestoneModal({
  caseId,
  milestone,
  evidenceOptions,
  onClose,
  onDone,
}: {
  caseId: string;
  milestone: TimelineMilestoneView;
  evidenceOptions: ComboboxData;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const mutation = useUpdateMilestoneMutation(caseId);
  const today = amsterdamToday(new Date());
  const label = milestoneLabel(t, milestone);
  const form = useValidatedForm<CompleteValues>(
    {
      initialValues: { completedOn: today, evidence: '' },
      validate: { completedOn: rule(isFilled, 'poortwachter.complete.dateRequired') },
    },
    { apiError: mutation.error, apiFields: EVIDENCE_FIELDS },
  );

  const submit = ({ completedOn, evidence }: CompleteValues) => {
    if (!completedOn) return;
    const ref = evidenceRef(evidence);
    mutation.mutate(
      { milestoneId: milestone.id, patch: ref ? { completedOn, evidence: ref } : { completedOn } },
      { onSuccess: () => onDone(t('poortwachter.complete.done', { milestone: label })) },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('poortwachter.complete.title', { milestone: label })} size="lg">
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="sm">
          <DayInput
            label={t('poortwachter.complete.date')}
            required
            maxDate={today}
            {...form.getInputProps('completedOn')}
          />
          <NativeSelect
            label={t('poortwachter.complete.evidence')}
            description={t('poortwachter.complete.evidenceHelp')}
            data={[{ value: '', label: t('poortwachter.complete.evidenceNone') }, ...evidenceOptions]}
            {...form.getInputProps('evidence')}
          />
          {mutation.isError && (
            <Alert color="red" role="alert">
              {failureText(form.alertError, t)}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t('poortwachter.complete.submit')}
            </Button>
            <Button variant="subtle" color="gray" onClick={onClose}>
              {t('caseWork.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** "Ongedaan maken": only with a reason, which the API keeps in the milestone's history. */
export function UndoMilestoneModal({
  caseId,
  milestone,
  onClose,
  onDone,
}: {
  caseId: string;
  milestone: TimelineMilestoneView;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const mutation = useUpdateMilestoneMutation(caseId);
  const label = milestoneLabel(t, milestone);
  const form = useValidatedForm<{ reason: string }>(
    {
      initialValues: { reason: '' },
      validate: { reason: rule(isFilled, 'poortwachter.undo.reasonRequired') },
    },
    { apiError: mutation.error },
  );

  const submit = ({ reason }: { reason: string }) =>
    mutation.mutate(
      { milestoneId: milestone.id, patch: { completedOn: null, reason: reason.trim() } },
      { onSuccess: () => onDone(t('poortwachter.undo.done', { milestone: label })) },
    );

  return (
    <Modal opened onClose={onClose} title={t('poortwachter.undo.title', { milestone: label })} size="lg">
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="sm">
          <Text size="sm">{t('poortwachter.undo.text')}</Text>
          <Textarea
            label={t('poortwachter.undo.reason')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('reason')}
          />
          {mutation.isError && (
            <Alert color="red" role="alert">
              {failureText(form.alertError, t)}
            </Alert>
          )}
          <Group>
            <Button type="submit" color="red" loading={mutation.isPending}>
              {t('poortwachter.undo.submit')}
            </Button>
            <Button variant="subtle" color="gray" onClick={onClose}>
              {t('caseWork.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
