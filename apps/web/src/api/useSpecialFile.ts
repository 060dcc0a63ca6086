import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdReportInput,
  AdReportView,
  CoachCapacitiesView,
  FmlAssessmentInput,
  FmlAssessmentView,
  FmlRubriekLevelView,
  HealthDocumentKind,
  HealthDocumentView,
  OccupationalAssessmentView,
  SpecialFileCapacities,
  SpecialFileFull,
  SpecialFileView,
  UwvDecisionInput,
  UwvDecisionView,
  UwvOpinionView,
} from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';
import { uploadWithProgress } from './uploadWithProgress';

export type {
  AdReportInput,
  AdReportView,
  CoachCapacitiesView,
  FmlAssessmentInput,
  FmlAssessmentView,
  FmlRubriekLevelView,
  HealthDocumentView,
  OccupationalAssessmentView,
  SpecialFileCapacities,
  SpecialFileFull,
  SpecialFileView,
  UwvDecisionInput,
  UwvDecisionView,
  UwvOpinionView,
};

const base = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;

/** The special file: never kept in the cache after leaving the tab (the API says no-store as well). */
export function useSpecialFileQuery(caseId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.specialFile.ofCase(caseId),
    queryFn: ({ signal }) => apiFetch<SpecialFileView>(`${base(caseId)}/special-file`, { signal }),
    enabled,
    gcTime: 0,
    staleTime: 0,
  });
}

export function useBreakGlassMutation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      apiFetch<{ id: string; caseId: string; expiresAt: string }>(`${base(caseId)}/break-glass`, {
        method: 'POST',
        body: { reason },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.specialFile.ofCase(caseId) }),
  });
}

function useSpecialFileWrite<T>(caseId: string, method: 'POST' | 'PUT', rest: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => apiFetch<unknown>(`${base(caseId)}/special-file${rest}`, { method, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.specialFile.ofCase(caseId) }),
  });
}

export const useHealthRecordMutation = (caseId: string) =>
  useSpecialFileWrite<{ firstSickDay?: string; prognosis?: string }>(caseId, 'PUT', '/health-record');
/** The FML item by item (issue 16); answers 201 with the stored FmlAssessmentView. */
export const useFmlAssessmentMutation = (caseId: string) =>
  useSpecialFileWrite<FmlAssessmentInput>(caseId, 'POST', '/fml-assessments');
/** The AD report as structure (issue 16); answers 201 with the stored AdReportView. */
export const useAdReportMutation = (caseId: string) =>
  useSpecialFileWrite<AdReportInput>(caseId, 'POST', '/ad-reports');
/** A WIA decision, loonsanctie or deskundigenoordeel (issue 16); answers 201 with the stored UwvDecisionView. */
export const useUwvDecisionMutation = (caseId: string) =>
  useSpecialFileWrite<UwvDecisionInput>(caseId, 'POST', '/uwv-decisions');

/**
 * Uploads a health document with XMLHttpRequest, so the caller can show progress (fetch cannot report upload
 * progress). Rejects with ApiError like apiFetch does.
 */
export function uploadSpecialFileDocument(
  caseId: string,
  file: File,
  kind: HealthDocumentKind,
  onProgress: (fraction: number) => void,
): Promise<HealthDocumentView> {
  return uploadWithProgress<HealthDocumentView>(`${base(caseId)}/special-file/documents`, { kind }, file, onProgress);
}
