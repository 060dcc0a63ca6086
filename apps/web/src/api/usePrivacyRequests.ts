import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CompletedPrivacyRequestView,
  ExportManifestView,
  PrivacyRequestOutcome,
  PrivacyRequestStatus,
  PrivacyRequestType,
  PrivacyRequestView,
} from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type PrivacyRequest = PrivacyRequestView;
export type ExportManifest = ExportManifestView;

export interface NewPrivacyRequest {
  type: PrivacyRequestType;
  details?: string;
  personId?: string;
}

export interface PrivacyRequestFilters {
  status?: PrivacyRequestStatus;
  overdue?: boolean;
}

/** The officer's list (every request) or the participant's own: the API decides by the session. */
export function usePrivacyRequestsQuery(filters: PrivacyRequestFilters = {}) {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.overdue !== undefined) params.set('overdue', String(filters.overdue));
  const query = params.toString();
  return useQuery({
    queryKey: queryKeys.privacyRequests.list(filters),
    queryFn: ({ signal }) =>
      apiFetch<{ items: PrivacyRequest[]; total: number }>(`/privacy-requests${query ? `?${query}` : ''}`, { signal }),
  });
}

export function usePrivacyRequestCreateMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewPrivacyRequest) =>
      apiFetch<PrivacyRequest>('/privacy-requests', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.privacyRequests.all() }),
  });
}

export function usePrivacyRequestExtendMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; reason: string; dueAt?: string }) =>
      apiFetch<PrivacyRequest>(`/privacy-requests/${encodeURIComponent(id)}/extend`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.privacyRequests.all() }),
  });
}

export function usePrivacyRequestCompleteMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; outcome: PrivacyRequestOutcome; note: string }) =>
      apiFetch<CompletedPrivacyRequestView>(`/privacy-requests/${encodeURIComponent(id)}/complete`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.privacyRequests.all() }),
  });
}

/** The manifest of a request's export (sections, counts, sizes) and its delivery status; never its content. */
export function usePrivacyRequestManifestQuery(requestId: string | null) {
  return useQuery({
    queryKey: queryKeys.privacyRequests.manifest(requestId ?? ''),
    queryFn: ({ signal }) =>
      apiFetch<ExportManifest>(`/privacy-requests/${encodeURIComponent(requestId ?? '')}/manifest`, { signal }),
    enabled: Boolean(requestId),
  });
}
