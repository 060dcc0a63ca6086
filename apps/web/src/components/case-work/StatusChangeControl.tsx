import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { CASE_STATUS_TRANSITIONS, type CaseStatus } from '@spoor/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { useChangeStatusMutation } from '../../api/useCaseWork';
import { apiErrorText } from '../apiMessages';

/** The coach changes the case status to one of the allowed next statuses. */
export function StatusChangeControl({
  caseId,
  status,
  version,
}: {
  caseId: string;
  status: CaseStatus;
  version: number;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const next = CASE_STATUS_TRANSITIONS[status];
  const [target, setTarget] = useState<CaseStatus | ''>('');
  const mutation = useChangeStatusMutation(caseId);
  const selected = target && next.includes(target) ? target : '';

  const errorText = (error: unknown): string =>
    apiErrorText(error, t, {
      CASE_VERSION_STALE: 'caseWork.status.stale',
      CASE_STATUS_TRANSITION_INVALID: 'caseWork.status.illegal',
      PROCESSING_RESTRICTED: 'caseWork.status.restricted',
    });

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('caseWork.status.title')}
        </Title>
        {next.length === 0 ? (
          <Text c="dimmed">{t('caseWork.status.none')}</Text>
        ) : (
          <Group align="flex-end">
            <NativeSelect
              label={t('caseWork.status.label')}
              value={selected}
              onChange={(event) => setTarget(event.currentTarget.value as CaseStatus | '')}
              data={[{ value: '', label: '—' }, ...next.map((value) => ({ value, label: t(`caseStatuses.${value}`) }))]}
            />
            <Button
              disabled={!selected}
              loading={mutation.isPending}
              onClick={() => {
                if (!selected) return;
                mutation.mutate(
                  { status: selected, version },
                  {
                    onSuccess: () => setTarget(''),
                    onError: (error) => {
                      if (error instanceof ApiError && error.statusCode === 409)
                        void queryClient.invalidateQueries({ queryKey: queryKeys.cases.detail(caseId), exact: true });
                    },
                  },
                );
              }}
            >
              {t('caseWork.status.submit')}
            </Button>
          </Group>
        )}
        {mutation.isError && (
          <Alert
            color={mutation.error instanceof ApiError && mutation.error.statusCode === 423 ? 'yellow' : 'red'}
            role="alert"
          >
            {errorText(mutation.error)}
          </Alert>
        )}
        {mutation.isSuccess && (
          <Alert color="teal" role="status">
            {t('caseWork.status.changed')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
