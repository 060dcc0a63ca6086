import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { PRIVACY_REQUEST_OUTCOMES, type PrivacyRequestOutcome } from '@spoor/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  usePrivacyRequestCompleteMutation,
  usePrivacyRequestExtendMutation,
  type PrivacyRequest,
} from '../../api/usePrivacyRequests';
import { apiErrorText } from '../../components/apiMessages';
import { erasureRefusalText } from './privacyFormat';

interface ModalProps {
  request: PrivacyRequest | null;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function ExtendRequestModal({ request, onClose, onDone }: ModalProps) {
  const { t } = useTranslation();
  const extend = usePrivacyRequestExtendMutation();
  const [reason, setReason] = useState('');
  const [dueAt, setDueAt] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setDueAt('');
    setTouched(false);
    setError(null);
    extend.reset();
    onClose();
  };
  const tooShort = reason.trim().length < 10;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!request || tooShort) return;
    setError(null);
    extend.mutate(
      { id: request.id, reason: reason.trim(), ...(dueAt ? { dueAt: new Date(`${dueAt}T23:59:59`).toISOString() } : {}) },
      {
        onSuccess: () => {
          close();
          onDone(t('privacy.requests.extendDone'));
        },
        onError: (e) => {
          if (e instanceof ApiError && e.statusCode === 400 && e.messages.some((m) => m.includes('already extended'))) setError(t('privacy.requests.extendAgain'));
          else if (e instanceof ApiError && e.statusCode === 400 && e.messages.some((m) => m.includes('three months'))) setError(t('privacy.requests.extendTooLate'));
          else setError(apiErrorText(e, t, { 409: 'privacy.requests.alreadyCompleted' }));
        },
      },
    );
  };
  return (
    <Modal opened={request !== null} onClose={close} title={t('privacy.requests.extendTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
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
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={touched && tooShort ? t('privacy.requests.extendReasonShort') : undefined}
          />
          <TextInput type="date" label={t('privacy.requests.extendDueAt')} value={dueAt} onChange={(e) => setDueAt(e.currentTarget.value)} />
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
  const [outcome, setOutcome] = useState<PrivacyRequestOutcome | ''>('');
  const [note, setNote] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setOutcome('');
    setNote('');
    setConfirmation('');
    setTouched(false);
    setError(null);
    complete.reset();
    onClose();
  };
  const erasing = request?.type === 'erasure' && (outcome === 'granted' || outcome === 'partially_granted');
  const confirmed = !erasing || confirmation.trim() === t('privacy.requests.erasureWord');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!request || !outcome || !note.trim() || !confirmed) return;
    setError(null);
    complete.mutate(
      { id: request.id, outcome, note: note.trim() },
      {
        onSuccess: () => {
          close();
          onDone(t('privacy.requests.completeDone'));
        },
        onError: (e) => setError(erasureRefusalText(e, t) ?? apiErrorText(e, t, { 409: 'privacy.requests.alreadyCompleted' })),
      },
    );
  };
  return (
    <Modal opened={request !== null} onClose={close} title={t('privacy.requests.completeTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
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
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value as PrivacyRequestOutcome | '')}
            data={[{ value: '', label: '—' }, ...PRIVACY_REQUEST_OUTCOMES.map((value) => ({ value, label: t(`privacy.requests.outcomes.${value}`) }))]}
            error={touched && !outcome ? t('privacy.requests.outcomeRequired') : undefined}
          />
          <Textarea
            label={t('privacy.requests.note')}
            required
            autosize
            minRows={3}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={touched && !note.trim() ? t('privacy.requests.noteRequired') : undefined}
          />
          {erasing && (
            <Alert color="red" variant="light" role="note">
              <Stack gap="xs">
                <Text size="sm" fw={500}>
                  {t('privacy.requests.erasureWarning')}
                </Text>
                <TextInput
                  label={t('privacy.requests.erasureConfirm')}
                  value={confirmation}
                  onChange={(e) => setConfirmation(e.currentTarget.value)}
                  autoComplete="off"
                />
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('privacy.common.cancel')}
            </Button>
            <Button type="submit" color={erasing ? 'red' : undefined} disabled={!confirmed} loading={complete.isPending}>
              {t('privacy.requests.complete')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
