import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccessEventView,
  AccessLogActor,
  AccessLogAnomalies,
  AccessLogVerification,
  BreakGlassAwaitingReviewView,
  BreakGlassBreachStarted,
  BreakGlassFollowUpClosed,
  BreakGlassFollowUpView,
  BreakGlassReviewOutcome,
  BreakGlassReviewed,
  MassReadView,
} from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type AccessEvent = AccessEventView;
export type SealVerification = AccessLogVerification;
export type MassRead = MassReadView;
export type BreakGlassAwaitingReview = BreakGlassAwaitingReviewView;
export type Anomalies = AccessLogAnomalies;
export type BreakGlassFollowUp = BreakGlassFollowUpView;
export type { BreakGlassReviewOutcome, BreakGlassReviewed };

export interface AccessLogFilters {
  /** Last name or e-mail address, matched whole by the API through the blind indexes. */
  person?: string;
  caseReference?: string;
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

/** The accounts to filter by, by name (participants are found through the person filter). */
export function useAccessLogActorsQuery() {
  return useQuery({
    queryKey: queryKeys.accessLog.actors(),
    queryFn: ({ signal }) => apiFetch<AccessLogActor[]>('/access-log/actors', { signal }),
    staleTime: 5 * 60_000,
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

export interface BreakGlassReviewInput {
  id: string;
  outcome: BreakGlassReviewOutcome;
  note?: string;
}

/** The privacy officer's review of a break-the-glass access: an outcome and an optional note. */
export function useAccessLogReviewMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, outcome, note }: BreakGlassReviewInput) =>
      apiFetch<BreakGlassReviewed>(`/access-log/break-glass/${encodeURIComponent(id)}/review`, {
        method: 'POST',
        body: note ? { outcome, note } : { outcome },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.accessLog.anomalies() }),
  });
}

export interface BreakGlassBreachInput {
  grantId: string;
  nature: string;
  categoriesOfPeople?: string[];
  categoriesOfRecords?: string[];
}

/** The breach record the officer confirmed from a follow-up where health data was read. */
export function useBreakGlassBreachMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ grantId, ...body }: BreakGlassBreachInput) =>
      apiFetch<BreakGlassBreachStarted>(`/access-log/break-glass/${encodeURIComponent(grantId)}/breach`, {
        method: 'POST',
        body,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.accessLog.anomalies() });
      await queryClient.invalidateQueries({ queryKey: queryKeys.breaches.all() });
    },
  });
}

export function useCloseBreakGlassFollowUpMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grantId: string) =>
      apiFetch<BreakGlassFollowUpClosed>(`/access-log/break-glass/${encodeURIComponent(grantId)}/follow-up/close`, {
        method: 'POST',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.accessLog.anomalies() }),
  });
}
