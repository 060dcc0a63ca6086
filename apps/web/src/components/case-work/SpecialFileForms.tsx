import { Alert, Button, Group, NativeSelect, Paper, Progress, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { HEALTH_DOCUMENT_KINDS, type HealthDocumentKind } from '@spoor/domain';
import { useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  UWV_OPINION_KINDS,
  useHealthRecordMutation,
  useOccupationalAssessmentMutation,
  useUploadDocumentMutation,
  useUwvOpinionMutation,
  type UwvOpinionKind,
} from '../../api/useSpecialFile';
import { apiErrorText } from '../apiMessages';
import { DayInput } from '../forms/DayInput';
import { useValidatedForm } from '../forms/useValidatedForm';
import { isFilled, rule } from '../validation';

/** What the API takes (documents.service.ts): PDF, PNG or JPEG of at most 20 MB, checked again by content. */
export const UPLOAD_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The one message for a special-file form that misses a required field. */
const REQUIRED = 'caseWork.specialFile.required';
const required = rule(isFilled, REQUIRED);

interface FormShellProps {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
  missing: boolean;
  label: string;
  children: ReactNode;
}

function FormShell({ onSubmit, onCancel, pending, error, missing, label, children }: FormShellProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="form" aria-label={label} onSubmit={onSubmit}>
      <Stack gap="sm">
        {children}
        {missing && (
          <Alert color="yellow" role="alert">
            {t('caseWork.specialFile.required')}
          </Alert>
        )}
        {error !== null && error !== undefined && (
          <Alert color="red" role="alert">
            {apiErrorText(error, t)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={pending}>
            {t('caseWork.save')}
          </Button>
          <Button variant="subtle" color="gray" onClick={onCancel}>
            {t('caseWork.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function HealthRecordForm({
  caseId,
  firstSickDay,
  prognosis,
  onDone,
}: {
  caseId: string;
  firstSickDay: string | null;
  prognosis: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useHealthRecordMutation(caseId);
  const form = useValidatedForm<{ firstSickDay: string | null; prognosis: string }>(
    { initialValues: { firstSickDay: firstSickDay ?? null, prognosis: prognosis ?? '' } },
    { apiError: mutation.error },
  );
  return (
    <FormShell
      label={t('caseWork.specialFile.health')}
      pending={mutation.isPending}
      error={form.alertError}
      missing={false}
      onCancel={onDone}
      onSubmit={form.onSubmit((values) =>
        mutation.mutate(
          { firstSickDay: values.firstSickDay || undefined, prognosis: values.prognosis.trim() || undefined },
          { onSuccess: onDone },
        ),
      )}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DayInput label={t('caseWork.specialFile.firstSickDay')} {...form.getInputProps('firstSickDay')} />
      </SimpleGrid>
      <Textarea label={t('caseWork.specialFile.prognosis')} {...form.getInputProps('prognosis')} autosize minRows={2} />
    </FormShell>
  );
}

interface OccupationalValues {
  reportDate: string | null;
  conclusionOwnWork: string;
  suitableWork: string;
  advice: string;
}

export function OccupationalAssessmentForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useOccupationalAssessmentMutation(caseId);
  const form = useValidatedForm<OccupationalValues>(
    {
      initialValues: { reportDate: null, conclusionOwnWork: '', suitableWork: '', advice: '' },
      validate: { reportDate: required, conclusionOwnWork: required, suitableWork: required, advice: required },
    },
    { liveAfterSubmit: false, apiError: mutation.error },
  );
  const field = (path: keyof OccupationalValues) => form.getInputProps(path, { withError: false });
  return (
    <FormShell
      label={t('caseWork.specialFile.addOccupational')}
      pending={mutation.isPending}
      error={form.alertError}
      missing={form.hasErrors}
      onCancel={onDone}
      onSubmit={form.onSubmit(({ reportDate, ...texts }) => {
        if (reportDate) mutation.mutate({ reportDate, ...texts }, { onSuccess: onDone });
      })}
    >
      <DayInput label={t('caseWork.specialFile.reportDate')} {...field('reportDate')} required w={240} />
      <Textarea
        label={t('caseWork.specialFile.conclusionOwnWork')}
        {...field('conclusionOwnWork')}
        required
        autosize
        minRows={2}
      />
      <Textarea
        label={t('caseWork.specialFile.suitableWork')}
        {...field('suitableWork')}
        required
        autosize
        minRows={2}
      />
      <Textarea label={t('caseWork.specialFile.advice')} {...field('advice')} required autosize minRows={2} />
    </FormShell>
  );
}

interface UwvOpinionValues {
  kind: UwvOpinionKind;
  opinionDate: string | null;
  outcome: string;
}

export function UwvOpinionForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useUwvOpinionMutation(caseId);
  const form = useValidatedForm<UwvOpinionValues>(
    {
      initialValues: { kind: 'expert_opinion', opinionDate: null, outcome: '' },
      validate: { opinionDate: required, outcome: required },
    },
    { liveAfterSubmit: false, apiError: mutation.error },
  );
  return (
    <FormShell
      label={t('caseWork.specialFile.addUwv')}
      pending={mutation.isPending}
      error={form.alertError}
      missing={form.hasErrors}
      onCancel={onDone}
      onSubmit={form.onSubmit(({ kind, opinionDate, outcome }) => {
        if (opinionDate) mutation.mutate({ kind, opinionDate, outcome: outcome.trim() }, { onSuccess: onDone });
      })}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('caseWork.specialFile.uwvKind')}
          {...form.getInputProps('kind')}
          data={UWV_OPINION_KINDS.map((value) => ({ value, label: t(`caseWork.specialFile.uwvKinds.${value}`) }))}
        />
        <DayInput
          label={t('caseWork.specialFile.opinionDate')}
          {...form.getInputProps('opinionDate', { withError: false })}
          required
        />
      </SimpleGrid>
      <Textarea
        label={t('caseWork.specialFile.outcome')}
        {...form.getInputProps('outcome', { withError: false })}
        required
        autosize
        minRows={2}
      />
    </FormShell>
  );
}

/** Why the browser refused a file before sending it: the same messages as the API's 413 and 415. */
function refusalKey(rejection: FileRejection): string | null {
  const codes = rejection.errors.map((error) => error.code);
  if (codes.includes('file-too-large')) return 'caseWork.specialFile.upload.tooLarge';
  if (codes.includes('file-invalid-type')) return 'caseWork.specialFile.upload.wrongType';
  return null;
}

interface UploadValues {
  file: File | null;
  kind: HealthDocumentKind;
}

/** A drop zone (or click, Enter or Space to choose), the document kind, and a progress bar while uploading. */
export function DocumentUpload({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const form = useValidatedForm<UploadValues>({
    initialValues: { file: null, kind: 'fml' },
    validate: { file: rule((file: File | null) => file !== null, 'caseWork.specialFile.upload.noFile') },
  });
  const mutation = useUploadDocumentMutation(caseId, setProgress);
  const file = form.values.file;

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    form.setFieldValue('file', chosen);
    setRefused(null);
    mutation.reset();
    setProgress(null);
  };
  const refuse = (rejections: FileRejection[]) => {
    const [first] = rejections;
    if (!first) return;
    const key = refusalKey(first);
    // More than one file dropped at once: the first one, as long as it is acceptable itself.
    if (key === null) return choose(first.file);
    form.setFieldValue('file', null);
    setRefused(key);
    mutation.reset();
    setProgress(null);
  };
  const upload = form.onSubmit(({ file: chosen, kind }) => {
    if (!chosen) return;
    setProgress(0);
    mutation.mutate({ file: chosen, kind }, { onSuccess: () => form.setFieldValue('file', null) });
  });
  const noFile = form.errorText('file');

  return (
    <Stack gap="sm" mt="sm">
      <Text fw={600}>{t('caseWork.specialFile.upload.title')}</Text>
      <Dropzone
        onDrop={(files) => choose(files[0])}
        onReject={refuse}
        accept={UPLOAD_TYPES}
        maxSize={MAX_UPLOAD_BYTES}
        multiple={false}
        // The classic file input, so the browser's own file dialog opens (and tests can hand it a file).
        useFsAccessApi={false}
        role="button"
        aria-label={t('caseWork.specialFile.upload.choose')}
        // Not rendered (the zone itself is the button): a visually hidden input inside a button would be a second,
        // unlabelled control nested in it.
        inputProps={
          { 'data-testid': 'special-file-upload-input', hidden: true } as InputHTMLAttributes<HTMLInputElement>
        }
        p="lg"
        ta="center"
      >
        <Text size="sm">{t('caseWork.specialFile.upload.drop')}</Text>
        {file && (
          <Text size="sm" fw={600} mt={4}>
            {t('caseWork.specialFile.upload.chosen', { name: file.name })}
          </Text>
        )}
      </Dropzone>
      <Group align="flex-end">
        <NativeSelect
          label={t('caseWork.specialFile.documentKind')}
          {...form.getInputProps('kind')}
          data={HEALTH_DOCUMENT_KINDS.map((value) => ({
            value,
            label: t(`caseWork.specialFile.documentKinds.${value}`),
          }))}
        />
        <Button loading={mutation.isPending} onClick={() => upload()}>
          {t('caseWork.specialFile.upload.submit')}
        </Button>
      </Group>
      {progress !== null && (mutation.isPending || mutation.isSuccess) && (
        <Progress
          value={Math.round(progress * 100)}
          aria-label={t('caseWork.specialFile.upload.progress')}
          animated={mutation.isPending}
        />
      )}
      {noFile && (
        <Alert color="yellow" role="alert">
          {noFile}
        </Alert>
      )}
      {refused && (
        <Alert color="red" role="alert">
          {t(refused)}
        </Alert>
      )}
      {mutation.isError && (
        <Alert color="red" role="alert">
          {apiErrorText(mutation.error, t, {
            UPLOAD_TOO_LARGE: 'caseWork.specialFile.upload.tooLarge',
            UPLOAD_TYPE_UNSUPPORTED: 'caseWork.specialFile.upload.wrongType',
          })}
        </Alert>
      )}
      {mutation.isSuccess && (
        <Alert color="teal" role="status">
          {t('caseWork.specialFile.upload.done')}
        </Alert>
      )}
    </Stack>
  );
}
