import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Paged, ProcessDocumentView } from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type ProcessDocument = ProcessDocumentView;

export function useProcessDocumentsQuery(caseId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.caseWork.documents(caseId),
    enabled,
    queryFn: ({ signal }) =>
      apiFetch<Paged<ProcessDocument>>(`/cases/${encodeURIComponent(caseId)}/documents`, { signal }),
  });
}

export function useShareProcessDocumentMutation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, sharedWithParticipant }: { id: string; sharedWithParticipant: boolean }) =>
      apiFetch<ProcessDocument>(`/documents/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: { sharedWithParticipant },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.caseWork.documents(caseId) }),
  });
}
