import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { CLIENT_REFERENCE_MAX_LENGTH, CLIENT_REFERENCE_PATTERN } from '@spoor/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { queryKeys } from '../api/queryKeys';
import { useSetClientReferenceMutation } from '../api/useCases';
import { apiErrorText } from './apiMessages';
import { useValidatedForm } from './forms/useValidatedForm';
import { fieldMessage } from './validation';

/** As the API checks it (libs/domain): letters, digits, spaces and `. _ / -`, at most 40 characters. */
export const isClientReference = (value: string): boolean =>
  value.trim().length <= CLIENT_REFERENCE_MAX_LENGTH && CLIENT_REFERENCE_PATTERN.test(value.trim());

/** The checks of an optional client reference field, for `validate` (the length message names the limit). */
export const clientReferenceRule = (value: string): string | null => {
  const entered = value.trim();
  if (entered === '') return null;
  if (entered.length > CLIENT_REFERENCE_MAX_LENGTH)
    return fieldMessage('TOO_LONG', { max: CLIENT_REFERENCE_MAX_LENGTH });
  return isClientReference(entered) ? null : 'cases.clientReference.invalid';
};

interface ClientReferenceControlProps {
  caseId: string;
  clientReference: string | null;
  version: number;
}

/** The admin or the case's coach enters the employer's own reference (empty removes it). */
export function ClientReferenceControl({ caseId, clientReference, version }: ClientReferenceControlProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useSetClientReferenceMutation(caseId);
  const form = useValidatedForm<{ clientReference: string }>(
    {
      initialValues: { clientReference: clientReference ?? '' },
      validate: { clientReference: clientReferenceRule },
    },
    { apiError: mutation.error },
  );

  const submit = ({ clientReference: value }: { clientReference: string }) =>
    mutation.mutate(
      { clientReference: value.trim() || null, version },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.statusCode === 409)
            void queryClient.invalidateQueries({ queryKey: queryKeys.cases.detail(caseId), exact: true });
        },
      },
    );

  return (
    <Paper withBorder p="md">
      <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('cases.clientReference.title')}>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('cases.clientReference.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('cases.clientReference.help')}
          </Text>
          <Group align="flex-start">
            <TextInput
              label={t('cases.clientReference.label')}
              autoComplete="off"
              maxLength={CLIENT_REFERENCE_MAX_LENGTH + 10}
              {...form.getInputProps('clientReference')}
              w={280}
            />
            <Button type="submit" loading={mutation.isPending} mt={25}>
              {t('cases.clientReference.submit')}
            </Button>
          </Group>
          {mutation.isError && (
            <Alert
              color={mutation.error instanceof ApiError && mutation.error.statusCode === 423 ? 'yellow' : 'red'}
              role="alert"
            >
              {apiErrorText(form.alertError, t, {
                CASE_VERSION_STALE: 'cases.clientReference.stale',
                PROCESSING_RESTRICTED: 'caseWork.status.restricted',
              })}
            </Alert>
          )}
          {mutation.isSuccess && (
            <Alert color="teal" role="status">
              {t('cases.clientReference.saved')}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
