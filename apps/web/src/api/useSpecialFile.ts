import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
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
  UwvOpinionKind,
  UwvOpinionView,
} from '@spoor/domain';
import { ApiError, apiErrorFrom, apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type {
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
  UwvOpinionKind,
  UwvOpinionView,
};

export const UWV_OPINION_KINDS: readonly UwvOpinionKind[] = [
  'expert_opinion',
  'wia_decision',
  'reintegration_assessment',
];

export interface NewOccupationalAssessment {
  reportDate: string;
  conclusionOwnWork: string;
  suitableWork: string;
  advice: string;
}

export interface NewUwvOpinion {
  kind: UwvOpinionKind;
  opinionDate: string;
  outcome: string;
}

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
export const useOccupationalAssessmentMutation = (caseId: string) =>
  useSpecialFileWrite<NewOccupationalAssessment>(caseId, 'POST', '/occupational-assessments');
export const useUwvOpinionMutation = (caseId: string) =>
  useSpecialFileWrite<NewUwvOpinion>(caseId, 'POST', '/uwv-opinions');

function readCookie(name: string): string | undefined {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : undefined;
}

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
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${base(caseId)}/special-file/documents`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    const csrf = readCookie('csrf_token');
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let data: unknown;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(data as HealthDocumentView);
        return;
      }
      reject(apiErrorFrom(xhr.status, data, xhr.statusText));
    };
    xhr.onerror = () => reject(new ApiError(0, [], 'network error'));
    const form = new FormData();
    // The kind first: the API reads text fields as they stream in.
    form.append('kind', kind);
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

export function useUploadDocumentMutation(caseId: string, onProgress: (fraction: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, kind }: { file: File; kind: HealthDocumentKind }) =>
      uploadSpecialFileDocument(caseId, file, kind, onProgress),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.specialFile.ofCase(caseId) }),
  });
}
