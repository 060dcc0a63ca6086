import { useQuery } from '@tanstack/react-query';
import type { CaseStatus, CaseType, MilestoneKind } from '@spoor/domain';
import { apiFetch } from './client';

/** The case a worklist row belongs to; `personName` only for roles that may read it. */
export interface WorklistCase {
  caseId: string;
  reference: string;
  personName?: string | null;
}

export interface MilestoneWorkItem extends WorklistCase {
  kind: MilestoneKind;
  sequence: number;
  dueDate: string;
  overdue: boolean;
}

export interface DraftReportWorkItem extends WorklistCase {
  id: string;
  title: string | null;
  updatedAt: string;
  version: number;
}

export interface AssessmentWorkItem extends WorklistCase {
  type: CaseType;
  status: CaseStatus;
  startDate: string;
  hasFml: boolean;
  hasOccupationalAssessment: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export const WORKLIST_PAGE_SIZE = 50;

// Each worklist answers "what now": it is fetched again whenever the page opens (refetchOnMount), since a
// report may just have been finalised or a document uploaded elsewhere in the app.

export function useMilestoneWorklistQuery(page: number, enabled = true) {
  return useQuery({
    queryKey: ['worklists', 'milestones', page],
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
    queryKey: ['worklists', 'draft-reports', page],
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
    queryKey: ['worklists', 'assessments', page],
    queryFn: ({ signal }) =>
      apiFetch<Page<AssessmentWorkItem>>(`/worklists/assessments?page=${page}&pageSize=${WORKLIST_PAGE_SIZE}`, {
        signal,
      }),
    enabled,
    refetchOnMount: 'always',
  });
}
