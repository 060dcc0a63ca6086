import { useQuery } from '@tanstack/react-query';
import type { AssessmentWorkItem, DraftReportWorkItem, MilestoneWorkItem, WorklistCase } from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type { AssessmentWorkItem, DraftReportWorkItem, MilestoneWorkItem, WorklistCase };

export interface Page<T> {
  items: T[];
  total: number;
}

export const WORKLIST_PAGE_SIZE = 50;

// Each worklist answers "what now": it is fetched again whenever the page opens (refetchOnMount), since a
// report may just have been finalised or a document uploaded elsewhere in the app.

export function useMilestoneWorklistQuery(page: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.worklists.milestones(page),
    queryFn: ({ signal }) =>
      apiFetch<Page<MilestoneWorkItem> & { withinDays: number }>(
        `/worklists/milestones?page=${page}&pageSize=${WORKLIST_PAGE_SIZE}`,
        { signal },
      ),
    enabled,
    refetchOnMount: 'always',
  });
}

export function useDraftReportWorklistQuery(page: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.worklists.draftReports(page),
    queryFn: ({ signal }) =>
      apiFetch<Page<DraftReportWorkItem>>(`/worklists/draft-reports?page=${page}&pageSize=${WORKLIST_PAGE_SIZE}`, {
        signal,
      }),
    enabled,
    refetchOnMount: 'always',
  });
}

export function useAssessmentWorklistQuery(page: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.worklists.assessments(page),
    queryFn: ({ signal }) =>
      apiFetch<Page<AssessmentWorkItem>>(`/worklists/assessments?page=${page}&pageSize=${WORKLIST_PAGE_SIZE}`, {
        signal,
      }),
    enabled,
    refetchOnMount: 'always',
  });
}
