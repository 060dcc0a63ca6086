import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { PRIVACY_REQUEST_OUTCOMES, type PrivacyRequestOutcome } from '@spoor/domain';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  usePrivacyRequestCompleteMutation,
  usePrivacyRequestExtendMutation,
  type PrivacyRequest,
} from '../../api/usePrivacyRequests';
import { apiErrorText } from '../../components/apiMessages';
import { DayInput } from '../../components/forms/DayInput';
import { useValidatedForm } from '../../components/forms/useValidatedForm';
import { hasLength, isFilled, rule } from '../../components/validation';
import { erasureRefusalText } from './privacyFormat';

interface ModalProps {
  request: PrivacyRequest | null;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function ExtendRequestModal({ request, onClose, onDone }: ModalProps) {
  const { t } = useTranslation();
  const extend = usePrivacyRequestExtendMutation();
  const form = useValidatedForm<{ reason: string; dueAt: string | null }>(
    {
      initialValues: { reason: '', dueAt: null },
      validate: { reason: rule(hasLength(10), 'privacy.requests.extendReasonShort') },
    },
    { apiError: extend.error },
  );
  const close = () => {
    form.reset();
    extend.reset();
    onClose();
  };
  // A date beyond the legal maximum also gets the rule explained; its bound is at the date input.
  const tooLate =
    extend.error instanceof ApiError &&
    extend.error.fields.some((problem) => problem.field === 'dueAt' && problem.code === 'DATE_TOO_LATE');
  const error = !extend.isError
    ? null
    : tooLate
      ? t('privacy.requests.extendTooLate')
      : apiErrorText(form.alertError, t, {
          PRIVACY_REQUEST_ALREADY_EXTENDED: 'privacy.requests.extendAgain',
          PRIVACY_REQUEST_COMPLETED: 'privacy.requests.alreadyCompleted',
        });
  const submit = ({ reason, dueAt }: { reason: string; dueAt: string | null }) => {
    if (!request) return;
    extend.mutate(
      // The new deadline is the end of the chosen day on the local (Dutch) clock.
      {
        id: request.id,
        reason: reason.trim(),
        ...(dueAt ? { dueAt: new Date(`${dueAt}T23:59:59`).toISOString() } : {}),
      },
      {
        onSuccess: () => {
          close();
          onDone(t('privacy.requests.extendDone'));
        },
      },
    );
  };
  return (
    <Modal
      opened={request !== null}
      onClose={close}
      title={t('privacy.requests.extendTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('privacy.requests.extendHelp')}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Textarea
            label={t('privacy.requests.extendReason')}
            required
            autosize
            minRows={3}
            {...form.getInputProps('reason')}
          />
          <DayInput label={t('privacy.requests.extendDueAt')} {...form.getInputProps('dueAt')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('privacy.common.cancel')}
            </Button>
            <Button type="submit" loading={extend.isPending}>
              {t('privacy.requests.extend')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Completing a request; granting an erasure is irreversible and needs the word WISSEN typed. */
export function CompleteRequestModal({ request, onClose, onDone }: ModalProps) {
  const { t } = useTranslation();
  const complete = usePrivacyRequestCompleteMutation();
  const form = useValidatedForm<{ outcome: PrivacyRequestOutcome | ''; note: string; confirmation: string }>(
    {
      initialValues: { outcome: '', note: '', confirmation: '' },
      validate: {
        outcome: rule(isFilled, 'privacy.requests.outcomeRequired'),
        note: rule(isFilled, 'privacy.requests.noteRequired'),
      },
    },
    { apiError: complete.error },
  );
  const close = () => {
    form.reset();
    complete.reset();
    onClose();
  };
  const error = complete.isError
    ? (erasureRefusalText(complete.error, t) ??
      apiErrorText(form.alertError, t, { PRIVACY_REQUEST_COMPLETED: 'privacy.requests.alreadyCompleted' }))
    : null;
  const { outcome, confirmation } = form.values;
  const erasing = request?.type === 'erasure' && (outcome === 'granted' || outcome === 'partially_granted');
  // No message: the button stays disabled until the word is typed.
  const confirmed = !erasing || confirmation.trim() === t('privacy.requests.erasureWord');
  const submit = ({ outcome, note }: { outcome: PrivacyRequestOutcome | ''; note: string }) => {
    if (!request || !outcome || !confirmed) return;
    complete.mutate(
      { id: request.id, outcome, note: note.trim() },
      {
        onSuccess: (result) => {
          close();
          // Access and portability: the export went to the person's portal, or waits for their account.
          const delivery = result.exportDelivery;
          onDone(
            t(
              !delivery
                ? 'privacy.requests.completeDone'
                : delivery.status === 'awaiting_account'
                  ? 'privacy.requests.exportManifest.deliveredAwaiting'
                  : 'privacy.requests.exportManifest.delivered',
            ),
          );
        },
      },
    );
  };
  return (
    <Modal
      opened={request !== null}
      onClose={close}
      title={t('privacy.requests.completeTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          {request && <Text fw={500}>{t(`privacy.requests.types.${request.type}`)}</Text>}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <NativeSelect
            label={t('privacy.requests.outcome')}
            required
            {...form.getInputProps('outcome')}
            data={[
              { value: '', label: '—' },
              ...PRIVACY_REQUEST_OUTCOMES.map((value) => ({ value, label: t(`privacy.requests.outcomes.${value}`) })),
            ]}
          />
          <Textarea label={t('privacy.requests.note')} required autosize minRows={3} {...form.getInputProps('note')} />
          {erasing && (
            <Alert color="red" variant="light" role="note">
              <Stack gap="xs">
                <Text size="sm" fw={500}>
                  {t('privacy.requests.erasureWarning')}
                </Text>
                <TextInput
                  label={t('privacy.requests.erasureConfirm')}
                  {...form.getInputProps('confirmation')}
                  autoComplete="off"
                />
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('privacy.common.cancel')}
            </Button>
            <Button
              type="submit"
              color={erasing ? 'red' : undefined}
              disabled={!confirmed}
              loading={complete.isPending}
            >
              {t('privacy.requests.complete')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
