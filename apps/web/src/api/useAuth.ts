import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionUser } from '@spoor/domain';
import { ApiError, apiFetch } from './client';

export const meQueryKey = ['auth', 'me'] as const;

/** The logged-in user, or null when there is no session. */
export function useMeQuery() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async ({ signal }) => {
      try {
        const { user } = await apiFetch<{ user: SessionUser }>('/auth/me', { signal });
        return user;
      } catch (error) {
        if (error instanceof ApiError && (error.statusCode === 401 || error.statusCode === 404)) return null;
        throw error;
      }
    },
  });
}

export type LoginResult = { user: SessionUser } | { mfaRequired: true };

export function useLoginMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      apiFetch<LoginResult>('/auth/login', { method: 'POST', body: credentials }),
    onSuccess: (result) => {
      if ('user' in result) queryClient.setQueryData(meQueryKey, result.user);
    },
  });
}

export function useMfaMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiFetch<{ user: SessionUser }>('/auth/mfa', { method: 'POST', body: { code } }),
    onSuccess: ({ user }) => queryClient.setQueryData(meQueryKey, user),
  });
}

export function useLogoutMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<void>('/auth/logout', { method: 'POST' }),
    onSettled: () => {
      // Back to the login page, and nothing of the previous user's data left in memory.
      queryClient.setQueryData(meQueryKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    },
  });
}
