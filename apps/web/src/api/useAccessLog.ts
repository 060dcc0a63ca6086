import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';

export interface AccessEvent {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string;
  actorOrganisation: string | null;
  action: string;
  outcome: 'allowed' | 'denied';
  caseId: string | null;
  caseReference: string | null;
  personIds: string[];
  resource: string;
  fields: string[];
  purpose: string;
  breakGlass: boolean;
  requestId: string | null;
}

export interface AccessLogFilters {
  personId?: string;
  caseId?: string;
  actorId?: string;
  from?: string;
  to?: string;
  outcome?: 'allowed' | 'denied';
  breakGlass?: boolean;
}

export interface SealVerification {
  ok: boolean;
  checked: number;
  seals: number;
  unsealed: number;
  firstBad?: { position: number; reason: string };
  newestSeal?: { id: string; toEventId: string; sealHash: string; sealedAt: string };
}

export interface MassRead {
  actorId: string;
  actorRole: string;
  windowStart: string;
  people: number;
}

export interface BreakGlassAwaitingReview {
  id: string;
  caseReference: string;
  userName: string | null;
  userRole: string;
  reason: string | null;
  openedAt: string;
  expiresAt: string;
}

export interface Anomalies {
  massReads: MassRead[];
  breakGlassAwaitingReview: BreakGlassAwaitingReview[];
  outsideOfficeHours: AccessEvent[];
}

/** The filters as a query string (without paging), shared by the list and the CSV export link. */
export function accessLogQueryString(filters: AccessLogFilters, paging?: { page: number; pageSize: number }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters) as Array<[string, string | boolean | undefined]>) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (paging) {
    params.set('page', String(paging.page));
    params.set('pageSize', String(paging.pageSize));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function accessLogExportUrl(filters: AccessLogFilters): string {
  return `/api/access-log/export${accessLogQueryString(filters)}`;
}

export function useAccessLogQuery(filters: AccessLogFilters, page: number, pageSize = 50) {
  return useQuery({
    queryKey: ['access-log', filters, page, pageSize],
    queryFn: ({ signal }) =>
      apiFetch<{ items: AccessEvent[]; total: number }>(`/access-log${accessLogQueryString(filters, { page, pageSize })}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useAccessLogVerifyQuery() {
  return useQuery({
    queryKey: ['access-log', 'verify'],
    queryFn: ({ signal }) => apiFetch<SealVerification>('/access-log/verify', { signal }),
  });
}

export const anomaliesQueryKey = ['access-log', 'anomalies'] as const;

export function useAccessLogAnomaliesQuery() {
  return useQuery({
    queryKey: anomaliesQueryKey,
    queryFn: ({ signal }) => apiFetch<Anomalies>('/access-log/anomalies', { signal }),
  });
}

export function useAccessLogReviewMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<{ id: string; reviewed: boolean }>(`/access-log/break-glass/${encodeURIComponent(id)}/review`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: anomaliesQueryKey }),
  });
}
