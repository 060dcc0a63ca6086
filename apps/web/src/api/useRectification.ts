import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CompletedPrivacyRequestView,
  PrivacyRequestOutcome,
  RectifiableField,
  RectificationReasonCode,
  RectificationResult,
  RectificationView,
} from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type Rectification = RectificationView;
export type Personalia = NonNullable<RectificationView['personalia']>;
/** The corrected values, only the fields that changed; the API records which, never the old values. */
export type PersonaliaChanges = Partial<Record<RectifiableField, string>>;

/** `GET /privacy-requests/:id/rectification`: the person's personalia (while open) and the corrections so far. */
export function useRectificationQuery(requestId: string | null) {
  return useQuery({
    queryKey: queryKeys.privacyRequests.rectification(requestId ?? ''),
    queryFn: ({ signal }) =>
      apiFetch<Rectification>(`/privacy-requests/${encodeURIComponent(requestId ?? '')}/rectification`, { signal }),
    enabled: Boolean(requestId),
  });
}

/** `PATCH /people/:id` under the request: the correction is linked to it. */
export function useRectifyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      personId,
      privacyRequestId,
      changes,
    }: {
      personId: string;
      privacyRequestId: string;
      changes: PersonaliaChanges;
    }) =>
      apiFetch<RectificationResult>(`/people/${encodeURIComponent(personId)}`, {
        method: 'PATCH',
        body: { privacyRequestId, ...changes },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.privacyRequests.all() }),
  });
}

/** Completing a rectification request: granted after corrections, or refused with a reason code. */
export function useRectificationCompleteMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      outcome: PrivacyRequestOutcome;
      note: string;
      reasonCode?: RectificationReasonCode;
    }) =>
      apiFetch<CompletedPrivacyRequestView>(`/privacy-requests/${encodeURIComponent(id)}/complete`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.privacyRequests.all() }),
  });
}
