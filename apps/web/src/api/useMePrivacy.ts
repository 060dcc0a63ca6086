import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsentView, DisclosureView, OwnAccessEventView, OwnExportDeliveryView } from '@spoor/domain';
import { apiFetch, errorFromResponse } from './client';
import { queryKeys } from './queryKeys';

export type OwnAccessEvent = OwnAccessEventView;
export type Disclosure = DisclosureView;
export type Consent = ConsentView;
export type OwnExportDelivery = OwnExportDeliveryView;

export function useMeAccessLogQuery(page: number, pageSize = 50) {
  return useQuery({
    queryKey: queryKeys.me.accessLog(page, pageSize),
    queryFn: ({ signal }) =>
      apiFetch<{ items: OwnAccessEvent[]; total: number }>(`/me/access-log?page=${page}&pageSize=${pageSize}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useMeDisclosuresQuery() {
  return useQuery({
    queryKey: queryKeys.me.disclosures(),
    queryFn: ({ signal }) => apiFetch<{ items: Disclosure[] }>('/me/disclosures', { signal }),
  });
}

export function useMeConsentsQuery(personId: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.consents.ofPerson(personId ?? ''),
    queryFn: ({ signal }) =>
      apiFetch<{ items: Consent[]; total: number }>(`/people/${encodeURIComponent(personId ?? '')}/consents`, {
        signal,
      }),
    enabled: Boolean(personId),
  });
}

export function useMeGiveConsentMutation(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (purpose: string) =>
      apiFetch<Consent>(`/people/${encodeURIComponent(personId)}/consents`, { method: 'POST', body: { purpose } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.consents.ofPerson(personId) }),
  });
}

export function useMeWithdrawConsentMutation(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<Consent>(`/consents/${encodeURIComponent(id)}/withdraw`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.consents.ofPerson(personId) }),
  });
}

/** Fetches a JSON export and hands it to the browser as spoor-export.json. */
async function downloadExport(path: string): Promise<void> {
  const response = await fetch(path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw await errorFromResponse(response);
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
}

/** Fetches the export and hands it to the browser as spoor-export.json. */
export function useMeExportMutation() {
  return useMutation({ mutationFn: () => downloadExport('/api/me/export') });
}

/** Exports prepared for the participant in answer to their requests ("Uw gegevens staan klaar"). */
export function useMeExportDeliveriesQuery() {
  return useQuery({
    queryKey: queryKeys.me.exportDeliveries(),
    queryFn: ({ signal }) => apiFetch<{ items: OwnExportDelivery[] }>('/me/export-deliveries', { signal }),
  });
}

/** Downloads one delivery (logged by the API); its status then reads "downloaded". */
export function useMeExportDeliveryDownloadMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => downloadExport(`/api/me/export-deliveries/${encodeURIComponent(id)}/download`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.me.exportDeliveries() }),
  });
}
