import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, ApiError } from './client';

export interface OwnAccessEvent {
  at: string;
  actorName: string | null;
  actorRole: string;
  actorOrganisation: string | null;
  byYou: boolean;
  action: string;
  resource: string;
  caseReference: string | null;
  fields: string[];
  purpose: string;
  breakGlass: boolean;
}

export interface Disclosure {
  id?: string;
  recipient: string;
  fields: string[];
  legalBasis: string;
  disclosedAt: string;
  caseReference: string | null;
}

export interface Consent {
  id: string;
  personId: string;
  purpose: string;
  givenAt: string;
  withdrawnAt: string | null;
}

export function useMeAccessLogQuery(page: number, pageSize = 50) {
  return useQuery({
    queryKey: ['me', 'access-log', page, pageSize],
    queryFn: ({ signal }) =>
      apiFetch<{ items: OwnAccessEvent[]; total: number }>(`/me/access-log?page=${page}&pageSize=${pageSize}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMeDisclosuresQuery() {
  return useQuery({
    queryKey: ['me', 'disclosures'],
    queryFn: ({ signal }) => apiFetch<{ items: Disclosure[] }>('/me/disclosures', { signal }),
  });
}

const consentsKey = (personId: string) => ['me', 'consents', personId] as const;

export function useMeConsentsQuery(personId: string | null | undefined) {
  return useQuery({
    queryKey: consentsKey(personId ?? ''),
    queryFn: ({ signal }) =>
      apiFetch<{ items: Consent[]; total: number }>(`/people/${encodeURIComponent(personId ?? '')}/consents`, { signal }),
    enabled: Boolean(personId),
  });
}

export function useMeGiveConsentMutation(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (purpose: string) =>
      apiFetch<Consent>(`/people/${encodeURIComponent(personId)}/consents`, { method: 'POST', body: { purpose } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentsKey(personId) }),
  });
}

export function useMeWithdrawConsentMutation(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<Consent>(`/consents/${encodeURIComponent(id)}/withdraw`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: consentsKey(personId) }),
  });
}

/** Fetches the export and hands it to the browser as spoor-export.json. */
export function useMeExportMutation() {
  return useMutation({
    mutationFn: async () => {
      const response = await fetch('/api/me/export', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) throw new ApiError(response.status, [], response.statusText);
      const text = await response.text();
      const blob = new Blob([text], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = 'spoor-export.json';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  });
}
