import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginResponse, SessionUser } from '@spoor/domain';
import { ApiError, apiFetch } from './client';
import { forgetSession, queryKeys } from './queryKeys';

export type LoginResult = LoginResponse;

/** The logged-in user, or null when there is no session. */
export function useMeQuery() {
  return useQuery({
    queryKey: queryKeys.auth.me(),
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

export function useLoginMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      apiFetch<LoginResult>('/auth/login', { method: 'POST', body: credentials }),
    onSuccess: (result) => {
      if ('user' in result) queryClient.setQueryData(queryKeys.auth.me(), result.user);
    },
  });
}

export function useMfaMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiFetch<{ user: SessionUser }>('/auth/mfa', { method: 'POST', body: { code } }),
    onSuccess: ({ user }) => queryClient.setQueryData(queryKeys.auth.me(), user),
  });
}

export function useLogoutMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<void>('/auth/logout', { method: 'POST' }),
    onSettled: () => forgetSession(queryClient),
  });
}
