import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminPersonMatch, AdminUserView, OrganisationView, Paged, Role } from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type AdminUser = AdminUserView;
export type Organisation = OrganisationView;
export type PersonMatch = AdminPersonMatch;

/** What the admin enters for an organisation; a contact field left empty is sent as null (none). */
export interface OrganisationInput {
  name: string;
  kvkNumber: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  organisationId?: string;
  personId?: string;
}

export function useUsersQuery() {
  return useQuery({
    queryKey: queryKeys.admin.users(),
    queryFn: ({ signal }) => apiFetch<{ items: AdminUser[]; total: number }>('/admin/users', { signal }),
  });
}

export function useOrganisationsQuery(enabled = true) {
  return useQuery({
    queryKey: queryKeys.admin.organisations(),
    queryFn: ({ signal }) => apiFetch<{ items: Organisation[]; total: number }>('/admin/organisations', { signal }),
    enabled,
  });
}

/**
 * Looks up the person of a participant account (exact name, e-mail address or case reference). A POST, so the
 * name searched for travels in the body and never in a URL; the answer is not cached.
 */
export function usePersonSearchMutation() {
  return useMutation({
    mutationFn: (q: string) => apiFetch<Paged<PersonMatch>>('/admin/people/search', { method: 'POST', body: { q } }),
  });
}

export function useCreateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUser) => apiFetch<AdminUser>('/admin/users', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.admin.users() }),
  });
}

export function useUpdateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...changes }: { id: string; disabled?: boolean; role?: Role; organisationId?: string }) =>
      apiFetch<AdminUser>(`/admin/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.admin.users() }),
  });
}

export function useResetSecondFactorMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<{ id: string; secondFactorEnrolled: boolean }>(
        `/admin/users/${encodeURIComponent(id)}/reset-second-factor`,
        { method: 'POST' },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.admin.users() }),
  });
}

/** Releases a second factor locked by too many wrong codes (the account keeps its enrolment). */
export function useReleaseSecondFactorMutation() {
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<void>(`/admin/users/${encodeURIComponent(id)}/second-factor/release`, { method: 'POST' }),
  });
}

export function useCreateOrganisationMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationInput) =>
      apiFetch<Organisation>('/admin/organisations', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.admin.organisations() }),
  });
}

export function useUpdateOrganisationMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...changes }: Partial<OrganisationInput> & { id: string }) =>
      apiFetch<Organisation>(`/admin/organisations/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.admin.organisations() }),
  });
}
