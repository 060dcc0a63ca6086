import { Alert, Button, Group, Paper, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { HEALTH_DOCUMENT_KINDS, type HealthDocumentKind } from '@spoor/domain';
import { type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys';
import { uploadSpecialFileDocument, useHealthRecordMutation } from '../../api/useSpecialFile';
import { DocumentDropzone } from '../forms/DocumentDropzone';
import { apiErrorText } from '../apiMessages';
import { DayInput } from '../forms/DayInput';
import { useValidatedForm } from '../forms/useValidatedForm';

interface FormShellProps {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
  label: string;
  children: ReactNode;
}

function FormShell({ onSubmit, onCancel, pending, error, label, children }: FormShellProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="form" aria-label={label} onSubmit={onSubmit}>
      <Stack gap="sm">
        {children}
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

/** Why the browser refused a file before sending it: the same messages as the API's 413 and 415. */
/** The special file's upload: the shared drop zone, with the health document kinds, under the special key ring. */
export function DocumentUpload({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <DocumentDropzone<HealthDocumentKind>
      title={t('caseWork.specialFile.upload.title')}
      kinds={HEALTH_DOCUMENT_KINDS}
      kindLabel={(kind) => t(`caseWork.specialFile.documentKinds.${kind}`)}
      kindFieldLabel={t('caseWork.specialFile.documentKind')}
      defaultKind="fml"
      inputTestId="special-file-upload-input"
      upload={async (file, kind, onProgress) => {
        await uploadSpecialFileDocument(caseId, file, kind, onProgress);
        await queryClient.invalidateQueries({ queryKey: queryKeys.specialFile.ofCase(caseId) });
      }}
    />
  );
}
