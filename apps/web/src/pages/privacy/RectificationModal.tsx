import {
  Alert,
  Button,
  Divider,
  Group,
  List,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import {
  RECTIFIABLE_FIELDS,
  RECTIFICATION_REASON_CODES,
  type PrivacyRequestOutcome,
  type RectifiableField,
  type RectificationReasonCode,
} from '@spoor/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyRequest } from '../../api/usePrivacyRequests';
import {
  useRectificationCompleteMutation,
  useRectificationQuery,
  useRectifyMutation,
  type Personalia,
  type PersonaliaChanges,
  type Rectification,
} from '../../api/useRectification';
import { apiErrorText } from '../../components/apiMessages';
import { formatDate } from '../../components/format';
import { DayInput } from '../../components/forms/DayInput';
import { useValidatedForm } from '../../components/forms/useValidatedForm';
import { Loading } from '../../components/Loading';
import { EMAIL_PATTERN, isCalendarDay, isFilled } from '../../components/validation';

interface Props {
  request: PrivacyRequest | null;
  onClose: () => void;
  onDone: (message: string) => void;
}

type CorrectionValues = Record<Exclude<RectifiableField, 'birthDate'>, string> & { birthDate: string | null };

/** The longest value the API takes per field (rectify-person.dto.ts). */
const MAX_LENGTH: Record<RectifiableField, number> = {
  firstName: 100,
  lastName: 100,
  birthDate: 10,
  address: 300,
  email: 254,
  phone: 40,
};
const REQUIRED: ReadonlySet<RectifiableField> = new Set(['firstName', 'lastName']);

const text = (value: string | null | undefined) => (value ?? '').trim();

/** The fields whose value differs from what the person's record holds now: only those are sent. */
export function personaliaChanges(original: Personalia, values: CorrectionValues): PersonaliaChanges {
  const changes: PersonaliaChanges = {};
  for (const field of RECTIFIABLE_FIELDS) {
    const next = text(values[field]);
    if (next !== text(original[field]) && next !== '') changes[field] = next;
  }
  return changes;
}

/**
 * Rectification (art. 16 AVG) for the privacy officer: the person's personalia, corrected field by field under
 * the request (the API records which fields, never values), then the request completed with those corrections
 * or with the reason nothing was changed.
 */
export function RectificationModal({ request, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const rectification = useRectificationQuery(request?.id ?? null);
  return (
    <Modal
      opened={request !== null}
      onClose={onClose}
      size="lg"
      title={t('rectification.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {request && (
        <Stack gap="md">
          <Text size="sm">{t('rectification.intro')}</Text>
          <div>
            <Text size="sm" fw={500}>
              {t('rectification.details')}
            </Text>
            <Text size="sm" c={request.details ? undefined : 'dimmed'}>
              {request.details ?? t('rectification.noDetails')}
            </Text>
          </div>
          {rectification.isPending && <Loading />}
          {rectification.isError && (
            <Alert color="red" role="alert">
              {t('rectification.loadError')}
            </Alert>
          )}
          {rectification.data && (
            <>
              {rectification.data.personalia && (
                <CorrectionForm
                  key={request.id}
                  rectification={rectification.data}
                  personalia={rectification.data.personalia}
                />
              )}
              <Corrections rectification={rectification.data} />
              <Divider />
              <CompletionForm
                key={`${request.id}-${rectification.data.corrections.length > 0}`}
                request={request}
                corrected={rectification.data.corrections.length > 0}
                onCancel={onClose}
                onDone={(message) => {
                  onClose();
                  onDone(message);
                }}
              />
            </>
          )}
        </Stack>
      )}
    </Modal>
  );
}

function CorrectionForm({ rectification, personalia }: { rectification: Rectification; personalia: Personalia }) {
  const { t } = useTranslation();
  const rectify = useRectifyMutation();
  const [saved, setSaved] = useState<string | null>(null);
  const [nothingChanged, setNothingChanged] = useState(false);
  const fieldRule = (field: RectifiableField) => (value: string | null) => {
    const next = text(value);
    if (next === '') {
      if (REQUIRED.has(field)) return 'rectification.required';
      return text(personalia[field]) !== '' ? 'rectification.cannotEmpty' : null;
    }
    if (next.length > MAX_LENGTH[field]) return 'rectification.tooLong';
    if (field === 'email' && !EMAIL_PATTERN.test(next)) return 'rectification.notAnEmail';
    if (field === 'birthDate' && !isCalendarDay(next)) return 'rectification.notADay';
    return null;
  };
  const form = useValidatedForm<CorrectionValues>(
    {
      initialValues: {
        firstName: personalia.firstName,
        lastName: personalia.lastName,
        birthDate: personalia.birthDate,
        address: personalia.address ?? '',
        email: personalia.email ?? '',
        phone: personalia.phone ?? '',
      },
      validate: Object.fromEntries(RECTIFIABLE_FIELDS.map((field) => [field, fieldRule(field)])),
      onValuesChange: () => {
        setSaved(null);
        setNothingChanged(false);
      },
    },
    { apiError: rectify.error },
  );
  const fieldNames = (fields: RectifiableField[]) =>
    fields.map((field) => t(`rectification.fields.${field}`).toLowerCase()).join(', ');
  const submit = (values: CorrectionValues) => {
    const changes = personaliaChanges(personalia, values);
    const fields = Object.keys(changes) as RectifiableField[];
    if (fields.length === 0) {
      setNothingChanged(true);
      return;
    }
    rectify.mutate(
      { personId: rectification.personId, privacyRequestId: rectification.requestId, changes },
      {
        onSuccess: (result) =>
          setSaved(t('rectification.saved', { fields: fieldNames(result.changed as RectifiableField[]) })),
      },
    );
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('rectification.correctTitle')}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('rectification.correctTitle')}
        </Title>
        {rectify.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(form.alertError, t)}
          </Alert>
        )}
        {saved && (
          <Alert color="teal" role="status">
            {saved}
          </Alert>
        )}
        {nothingChanged && (
          <Alert color="yellow" role="status">
            {t('rectification.nothingChanged')}
          </Alert>
        )}
        <Group grow align="flex-start">
          <TextInput label={t('rectification.fields.firstName')} required {...form.getInputProps('firstName')} />
          <TextInput label={t('rectification.fields.lastName')} required {...form.getInputProps('lastName')} />
        </Group>
        <DayInput label={t('rectification.fields.birthDate')} {...form.getInputProps('birthDate')} />
        <TextInput label={t('rectification.fields.address')} {...form.getInputProps('address')} />
        <Group grow align="flex-start">
          <TextInput label={t('rectification.fields.email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('rectification.fields.phone')} type="tel" {...form.getInputProps('phone')} />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={rectify.isPending}>
            {t('rectification.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Corrections({ rectification }: { rectification: Rectification }) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={500}>
        {t('rectification.corrections')}
      </Text>
      {rectification.corrections.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('rectification.noCorrections')}
        </Text>
      ) : (
        <List size="sm" aria-label={t('rectification.corrections')}>
          {rectification.corrections.map((correction) => (
            <List.Item key={correction.at}>
              {t('rectification.correctionLine', {
                date: formatDate(correction.at, i18n.language),
                fields: correction.fields.map((field) => t(`rectification.fields.${field}`).toLowerCase()).join(', '),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

type CompletionResult = Exclude<PrivacyRequestOutcome, 'refused'> | RectificationReasonCode | '';

function CompletionForm({
  request,
  corrected,
  onCancel,
  onDone,
}: {
  request: PrivacyRequest;
  corrected: boolean;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const complete = useRectificationCompleteMutation();
  const form = useValidatedForm<{ result: CompletionResult; note: string }>(
    {
      initialValues: { result: '', note: '' },
      validate: {
        result: (value) => (value ? null : 'rectification.resultRequired'),
        note: (value) => (isFilled(value) ? null : 'rectification.noteRequired'),
      },
    },
    // Whether the API objects to the outcome or to the missing reason, it is the one choice on this form.
    { apiError: complete.error, apiFields: { outcome: 'result', reasonCode: 'result' } },
  );
  // After corrections: granted or partially granted; without: refused, with the reason why nothing changed.
  const options = corrected
    ? (['granted', 'partially_granted'] as const).map((value) => ({
        value,
        label: t(`rectification.withCorrections.${value}`),
      }))
    : RECTIFICATION_REASON_CODES.map((value) => ({ value, label: t(`rectification.reasons.${value}`) }));
  const submit = ({ result, note }: { result: CompletionResult; note: string }) => {
    if (!result) return;
    const choice =
      result === 'granted' || result === 'partially_granted'
        ? { outcome: result }
        : { outcome: 'refused' as const, reasonCode: result };
    complete.mutate(
      { id: request.id, note: note.trim(), ...choice },
      { onSuccess: () => onDone(t('rectification.completed')) },
    );
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('rectification.completeTitle')}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('rectification.completeTitle')}
        </Title>
        <Text size="sm">{t('rectification.completeHelp')}</Text>
        {complete.isError && (
          <Alert color="red" role="alert">
            {apiErrorText(form.alertError, t, { PRIVACY_REQUEST_COMPLETED: 'privacy.requests.alreadyCompleted' })}
          </Alert>
        )}
        <NativeSelect
          label={t('rectification.result')}
          required
          {...form.getInputProps('result')}
          data={[{ value: '', label: '—' }, ...options]}
        />
        <Textarea label={t('rectification.note')} required autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('privacy.common.cancel')}
          </Button>
          <Button type="submit" loading={complete.isPending}>
            {t('rectification.complete')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
