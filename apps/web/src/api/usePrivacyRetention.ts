import { useMutation } from '@tanstack/react-query';
import { apiFetch } from './client';

export interface RetentionResult {
  dryRun: boolean;
  categories: {
    programme: { rule: string; people: number; cases: number; erased: number; keptForLegalHold: number };
    fiscal: { rule: string; people: number; note: string };
    accessLog: { rule: string; note: string };
  };
}

export function usePrivacyRetentionMutation() {
  return useMutation({
    mutationFn: (dryRun: boolean) => apiFetch<RetentionResult>('/retention/run', { method: 'POST', body: { dryRun } }),
  });
}
