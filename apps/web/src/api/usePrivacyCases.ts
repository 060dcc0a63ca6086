import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseStatus, CaseType } from '@spoor/domain';
import { apiFetch } from './client';

/** A case as the privacy officer sees it: administrative facts and holds, the person by id only. */
export interface PrivacyCase {
  id: string;
  reference: string;
  type: CaseType;
  status: CaseStatus;
  organisationName: string;
  personId: string;
  startDate: string;
  endDate: string | null;
  completedAt: string | null;
  legalHold: boolean;
  processingRestricted: boolean;
}

export interface PrivacyCaseDetail extends PrivacyCase {
  legalHoldReason: string | null;
  legalHoldAt: string | null;
  legalHoldByName: string | null;
}

export interface PrivacyCaseFilters {
  page: number;
  pageSize: number;
  q?: string;
  personId?: string;
  legalHold?: boolean;
  restricted?: boolean;
}

const privacyCasesKey = ['privacy', 'cases'] as const;

export function usePrivacyCasesQuery(filters: PrivacyCaseFilters) {
  const params = new URLSearchParams({ page: String(filters.page), pageSize: String(filters.pageSize) });
  if (filters.q) params.set('q', filters.q);
  if (filters.personId) params.set('personId', filters.personId);
  if (filters.legalHold !== undefined) params.set('legalHold', String(filters.legalHold));
  if (filters.restricted !== undefined) params.set('restricted', String(filters.restricted));
  return useQuery({
    queryKey: [...privacyCasesKey, 'list', filters],
    queryFn: ({ signal }) => apiFetch<{ items: PrivacyCase[]; total: number }>(`/privacy/cases?${params}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePrivacyCaseQuery(id: string) {
  return useQuery({
    queryKey: [...privacyCasesKey, 'detail', id],
    queryFn: ({ signal }) => apiFetch<PrivacyCaseDetail>(`/privacy/cases/${encodeURIComponent(id)}`, { signal }),
  });
}

/** `PUT /cases/:id/legal-hold`: a hold needs a reason (at least 5 characters); lifting it does not. */
export function useLegalHoldMutation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { hold: boolean; reason?: string }) =>
      apiFetch<unknown>(`/cases/${encodeURIComponent(caseId)}/legal-hold`, { method: 'PUT', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: privacyCasesKey }),
  });
}

/** `POST /people/:id/restriction/lift`: every case of the person accepts changes again. */
export function useLiftRestrictionMutation(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<unknown>(`/people/${encodeURIComponent(personId)}/restriction/lift`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: privacyCasesKey }),
  });
}
