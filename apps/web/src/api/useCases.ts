import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseStatus, CaseType, CaseView } from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type { CaseView };

export interface CaseFilters {
  page: number;
  pageSize: number;
  q?: string;
  type?: CaseType;
  status?: CaseStatus;
}

export function useCasesQuery(filters: CaseFilters) {
  const params = new URLSearchParams({ page: String(filters.page), pageSize: String(filters.pageSize) });
  if (filters.q) params.set('q', filters.q);
  if (filters.type) params.set('type', filters.type);
  if (filters.status) params.set('status', filters.status);
  return useQuery({
    queryKey: queryKeys.cases.list(filters),
    queryFn: ({ signal }) => apiFetch<{ items: CaseView[]; total: number }>(`/cases?${params}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCaseQuery(id: string) {
  return useQuery({
    queryKey: queryKeys.cases.detail(id),
    queryFn: ({ signal }) => apiFetch<CaseView>(`/cases/${encodeURIComponent(id)}`, { signal }),
  });
}

export interface NewCase {
  type: CaseType;
  organisationId: string;
  person: { firstName: string; lastName: string; email?: string; birthDate?: string };
  coachId?: string;
  labourExpertId?: string;
  startDate: string;
  /** The employer's own reference (personnel number, cost centre). */
  clientReference?: string;
}

export function useCreateCaseMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewCase) => apiFetch<CaseView>('/cases', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.cases.lists() }),
  });
}

/** The admin or the case's coach enters, corrects or (null) removes the employer's own reference. */
export function useSetClientReferenceMutation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { clientReference: string | null; version: number }) =>
      apiFetch<CaseView>(`/cases/${encodeURIComponent(caseId)}/client-reference`, { method: 'PUT', body: change }),
    onSuccess: (view) => {
      queryClient.setQueryData(queryKeys.cases.detail(caseId), view);
      void queryClient.invalidateQueries({ queryKey: queryKeys.cases.lists() });
    },
  });
}
