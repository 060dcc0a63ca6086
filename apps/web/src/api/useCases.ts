import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseStatus, CaseType } from '@spoor/domain';
import { apiFetch } from './client';

/** A case as the API returns it: only the fields the caller's role may see are present. */
export interface CaseView {
  id: string;
  reference?: string;
  type?: CaseType;
  status?: CaseStatus;
  organisationName?: string;
  personName?: string | null;
  personEmail?: string | null;
  personPhone?: string | null;
  personBirthDate?: string | null;
  personAddress?: string | null;
  coachId?: string | null;
  coachName?: string | null;
  labourExpertId?: string | null;
  labourExpertName?: string | null;
  startDate?: string;
  endDate?: string | null;
  completedAt?: string | null;
  nextMilestone?: { kind: string; dueDate: string } | null;
  legalHold?: boolean;
  processingRestricted?: boolean;
  version?: number;
}

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
    queryKey: ['cases', filters],
    queryFn: ({ signal }) => apiFetch<{ items: CaseView[]; total: number }>(`/cases?${params}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCaseQuery(id: string) {
  return useQuery({
    queryKey: ['case', id],
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
}

export function useCreateCaseMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewCase) => apiFetch<CaseView>('/cases', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
