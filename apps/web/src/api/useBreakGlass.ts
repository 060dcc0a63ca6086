import { useMutation } from '@tanstack/react-query';
import type { BreakGlassLookupResult } from '@spoor/domain';
import { apiFetch } from './client';

/**
 * Finds a case by its exact reference for break-the-glass: only its id, or 404. A POST, so the reference stays
 * out of URLs; every lookup is logged and counted by the API (429 after too many in an hour).
 */
export function useBreakGlassLookupMutation() {
  return useMutation({
    mutationFn: (reference: string) =>
      apiFetch<BreakGlassLookupResult>('/break-glass/lookup', { method: 'POST', body: { reference } }),
  });
}
