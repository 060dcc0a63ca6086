import { Alert, Button, Group, NativeSelect, Progress, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { useMutation } from '@tanstack/react-query';
import { useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../apiMessages';
import { rule } from '../validation';
import { useValidatedForm } from './useValidatedForm';

/** What the API takes (platform/http/upload-stream.ts): PDF, PNG or JPEG of at most 20 MB, checked again by content. */
export const UPLOAD_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

function refusalKey(rejection: FileRejection): string | null {
  const codes = rejection.errors.map((error) => error.code);
  if (codes.includes('file-too-large')) return 'caseWork.specialFile.upload.tooLarge';
  if (codes.includes('file-invalid-type')) return 'caseWork.specialFile.upload.wrongType';
  return null;
}

interface Props<K extends string> {
  title: string;
  kinds: readonly K[];
  kindLabel: (kind: K) => string;
  kindFieldLabel: string;
  defaultKind: K;
  /** Sends the file; reports progress from 0 to 1. */
  upload: (file: File, kind: K, onProgress: (fraction: number) => void) => Promise<unknown>;
  /** Controls shown next to the kind (e.g. "share with the participant"). */
  children?: ReactNode;
  /** A test id for the hidden file input. */
  inputTestId?: string;
}

/**
 * A drop zone (or click, Enter or Space to choose), the document kind, and a progress bar while uploading: the
 * one upload control of the special file and the process file. The browser refuses the wrong type or size before
 * anything is sent; the API checks both again by content.
 */
export function DocumentDropzone<K extends string>({
  title,
  kinds,
  kindLabel,
  kindFieldLabel,
  defaultKind,
  upload,
  children,
  inputTestId,
}: Props<K>) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const form = useValidatedForm<{ file: File | null; kind: K }>({
    initialValues: { file: null, kind: defaultKind },
    validate: { file: rule((file: File | null) => file !== null, 'caseWork.specialFile.upload.noFile') },
  });
  const mutation = useMutation({
    mutationFn: ({ file, kind }: { file: File; kind: K }) => upload(file, kind, setProgress),
  });
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
  const submit = form.onSubmit(({ file: chosen, kind }) => {
    if (!chosen) return;
    setProgress(0);
    mutation.mutate({ file: chosen, kind }, { onSuccess: () => form.setFieldValue('file', null) });
  });
  const noFile = form.errorText('file');

  return (
    <Stack gap="sm" mt="sm">
      <Text fw={600}>{title}</Text>
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
        inputProps={{ 'data-testid': inputTestId, hidden: true } as InputHTMLAttributes<HTMLInputElement>}
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
          label={kindFieldLabel}
          {...form.getInputProps('kind')}
          data={kinds.map((value) => ({ value, label: kindLabel(value) }))}
        />
        {children}
        <Button loading={mutation.isPending} onClick={() => submit()}>
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
