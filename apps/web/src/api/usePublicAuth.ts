import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvitationPurpose } from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type { InvitationPurpose };

/** Pages used before login need the CSRF cookie before their first POST; it is fetched once per page load. */
const csrfQuery = queryOptions({
  queryKey: queryKeys.auth.csrf(),
  queryFn: ({ signal }) => apiFetch<{ ok: boolean }>('/auth/csrf', { signal }),
  staleTime: Infinity,
  gcTime: Infinity,
});

export function useCsrfQuery() {
  return useQuery(csrfQuery);
}

export interface InvitationDetails {
  purpose: InvitationPurpose;
  email: string;
  displayName: string;
  needsPassword: boolean;
  secondFactor: null | { secret: string; otpauthUrl: string; qrCode: string };
}

/**
 * What an invitation link is for. The token is the credential: it is sent in the body only and the answer
 * (which holds the TOTP secret) is not kept in the cache after the page is gone.
 */
export function useInvitationQuery(token: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.invitation.byToken(token),
    queryFn: async ({ signal }) => {
      await queryClient.ensureQueryData(csrfQuery);
      return apiFetch<InvitationDetails>('/invitations/inspect', { method: 'POST', body: { token }, signal });
    },
    enabled: token !== null,
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
  });
}

export function useAcceptInvitationMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { token: string; password?: string; code?: string }) => {
      await queryClient.ensureQueryData(csrfQuery);
      return apiFetch<void>('/invitations/accept', { method: 'POST', body: input });
    },
    // Accepting ends every session of that account, possibly the one this browser holds.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.auth.me() }),
  });
}

export function usePasswordResetMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (email: string) => {
      await queryClient.ensureQueryData(csrfQuery);
      return apiFetch<{ message: string }>('/auth/password-reset', { method: 'POST', body: { email } });
    },
  });
}
