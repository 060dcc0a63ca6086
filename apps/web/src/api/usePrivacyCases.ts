import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PrivacyCaseDetailView, PrivacyCaseView } from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type PrivacyCase = PrivacyCaseView;
export type PrivacyCaseDetail = PrivacyCaseDetailView;

export interface PrivacyCaseFilters {
  page: number;
  pageSize: number;
  q?: string;
  personId?: string;
  legalHold?: boolean;
  restricted?: boolean;
}

export function usePrivacyCasesQuery(filters: PrivacyCaseFilters) {
  const params = new URLSearchParams({ page: String(filters.page), pageSize: String(filters.pageSize) });
  if (filters.q) params.set('q', filters.q);
  if (filters.personId) params.set('personId', filters.personId);
  if (filters.legalHold !== undefined) params.set('legalHold', String(filters.legalHold));
  if (filters.restricted !== undefined) params.set('restricted', String(filters.restricted));
  return useQuery({
    queryKey: queryKeys.privacyCases.list(filters),
    queryFn: ({ signal }) => apiFetch<{ items: PrivacyCase[]; total: number }>(`/privacy/cases?${params}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePrivacyCaseQuery(id: string) {
  return useQuery({
    queryKey: queryKeys.privacyCases.detail(id),
    queryFn: ({ signal }) => apiFetch<PrivacyCaseDetail>(`/privacy/cases/${encodeURIComponent(id)}`, { signal }),
  });
}

/** `PUT /cases/:id/legal-hold`: a hold needs a reason (at least 5 characters); lifting it does not. */
export function useLegalHoldMutation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { hold: boolean; reason?: string }) =>
      apiFetch<unknown>(`/cases/${encodeURIComponent(caseId)}/legal-hold`, { method: 'PUT', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.privacyCases.all() }),
  });
}

/** `POST /people/:id/restriction/lift`: every case of the person accepts changes again. */
export function useLiftRestrictionMutation(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<unknown>(`/people/${encodeURIComponent(personId)}/restriction/lift`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.privacyCases.all() }),
  });
}
