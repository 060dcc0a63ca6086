import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActivityKind, ActivityView, CaseStatus } from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';
import type { CaseView } from './useCases';

export type { ActivityView };

/** A progress report as the API returns it: staff see everything, a participant final reports, a client released summaries. */
export interface ProgressReportView {
  id: string;
  title?: string;
  body?: string;
  clientSummary?: string | null;
  releasedToClient?: boolean;
  status?: 'draft' | 'final';
  periodStart?: string | null;
  periodEnd?: string | null;
  correctsReportId?: string | null;
  authorName?: string | null;
  version?: number;
  createdAt?: string;
  finalisedAt?: string | null;
}

export interface NewProgressReport {
  title: string;
  body: string;
  clientSummary?: string;
  periodStart?: string;
  periodEnd?: string;
  correctsReportId?: string;
}

export interface ProgressReportPatch {
  version: number;
  title?: string;
  body?: string;
  clientSummary?: string;
  status?: 'final';
  releasedToClient?: boolean;
}

export interface NewActivity {
  kind: ActivityKind;
  occurredOn: string;
  durationMinutes?: number;
  notes?: string;
}

const path = (caseId: string, rest: string) => `/cases/${encodeURIComponent(caseId)}${rest}`;

export const fetchProgressReports = (caseId: string, signal?: AbortSignal) =>
  apiFetch<{ items: ProgressReportView[] }>(path(caseId, '/progress-reports'), { signal });

export function useProgressReportsQuery(caseId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.caseWork.reports(caseId),
    queryFn: ({ signal }) => fetchProgressReports(caseId, signal),
    enabled,
  });
}

export function useCreateProgressReportMutation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (report: NewProgressReport) =>
      apiFetch<ProgressReportView>(path(caseId, '/progress-reports'), { method: 'POST', body: report }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.caseWork.reports(caseId) }),
  });
}

export function useUpdateProgressReportMutation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ProgressReportPatch }) =>
      apiFetch<ProgressReportView>(`/progress-reports/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.caseWork.reports(caseId) }),
  });
}

export function useActivitiesQuery(caseId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.caseWork.activities(caseId),
    queryFn: ({ signal }) => apiFetch<{ items: ActivityView[] }>(path(caseId, '/activities'), { signal }),
    enabled,
  });
}

export function useCreateActivityMutation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (activity: NewActivity) =>
      apiFetch<ActivityView>(path(caseId, '/activities'), { method: 'POST', body: activity }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.caseWork.activities(caseId) }),
  });
}

export function useChangeStatusMutation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { status: CaseStatus; version: number }) =>
      apiFetch<CaseView>(path(caseId, '/status'), { method: 'PATCH', body: change }),
    onSuccess: (view) => {
      queryClient.setQueryData(queryKeys.cases.detail(caseId), view);
      void queryClient.invalidateQueries({ queryKey: queryKeys.cases.lists() });
    },
  });
}
