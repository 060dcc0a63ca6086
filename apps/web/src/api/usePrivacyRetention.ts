import { useMutation } from '@tanstack/react-query';
import type { RetentionRunResult } from '@spoor/domain';
import { apiFetch } from './client';

export type RetentionResult = RetentionRunResult;

export function usePrivacyRetentionMutation() {
  return useMutation({
    mutationFn: (dryRun: boolean) => apiFetch<RetentionResult>('/retention/run', { method: 'POST', body: { dryRun } }),
  });
}
