import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccessEventView,
  AccessLogAnomalies,
  AccessLogVerification,
  BreakGlassAwaitingReviewView,
  MassReadView,
} from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type AccessEvent = AccessEventView;
export type SealVerification = AccessLogVerification;
export type MassRead = MassReadView;
export type BreakGlassAwaitingReview = BreakGlassAwaitingReviewView;
export type Anomalies = AccessLogAnomalies;

export interface AccessLogFilters {
  personId?: string;
  caseId?: string;
  actorId?: string;
  from?: string;
  to?: string;
  outcome?: 'allowed' | 'denied';
  breakGlass?: boolean;
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
    queryKey: queryKeys.accessLog.list(filters, page, pageSize),
    queryFn: ({ signal }) =>
      apiFetch<{ items: AccessEvent[]; total: number }>(
        `/access-log${accessLogQueryString(filters, { page, pageSize })}`,
        {
          signal,
        },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAccessLogVerifyQuery() {
  return useQuery({
    queryKey: queryKeys.accessLog.verify(),
    queryFn: ({ signal }) => apiFetch<SealVerification>('/access-log/verify', { signal }),
  });
}

export function useAccessLogAnomaliesQuery() {
  return useQuery({
    queryKey: queryKeys.accessLog.anomalies(),
    queryFn: ({ signal }) => apiFetch<Anomalies>('/access-log/anomalies', { signal }),
  });
}

export function useAccessLogReviewMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<{ id: string; reviewed: boolean }>(`/access-log/break-glass/${encodeURIComponent(id)}/review`, {
        method: 'POST',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.accessLog.anomalies() }),
  });
}
