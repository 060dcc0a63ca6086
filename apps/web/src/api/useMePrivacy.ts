import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConsentView,
  DisclosureView,
  ObjectionPurpose,
  OwnAccessEventView,
  OwnExportDeliveryView,
  PrivacyRequestView,
} from '@spoor/domain';
import { apiFetch } from './client';
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

/**
 * The participant's objection to a processing on legitimate interest (the satisfaction survey), if recorded:
 * read from their own privacy requests, so the page and "Mijn verzoeken" show one and the same record.
 */
export function useMeObjectionQuery(purpose: ObjectionPurpose) {
  return useQuery({
    queryKey: queryKeys.privacyRequests.list({}),
    queryFn: ({ signal }) => apiFetch<{ items: PrivacyRequestView[]; total: number }>('/privacy-requests', { signal }),
    select: (data) => data.items.find((item) => item.type === 'objection' && item.purpose === purpose) ?? null,
  });
}

/** Objects in one step: an objection request with its purpose, in effect from the moment it is recorded. */
export function useMeObjectMutation(purpose: ObjectionPurpose) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiFetch<PrivacyRequestView>('/privacy-requests', { method: 'POST', body: { type: 'objection', purpose } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.privacyRequests.all() }),
  });
}

/**
 * The participant's export as plain links: the browser streams the package (ZIP: the data as JSON, the documents,
 * a summary in Dutch) straight to disk, never through this page's memory. The URLs carry no personal data.
 */
export const OWN_EXPORT_PACKAGE_HREF = '/api/me/export?format=zip';
/** The same data as one JSON document (art. 20), documents by link. */
export const OWN_EXPORT_JSON_HREF = '/api/me/export';
/** A delivery's package; only the delivery's id is in the URL. */
export function exportDeliveryHref(id: string): string {
  return `/api/me/export-deliveries/${encodeURIComponent(id)}/download`;
}

/** Exports prepared for the participant in answer to their requests ("Uw gegevens staan klaar"). */
export function useMeExportDeliveriesQuery() {
  return useQuery({
    queryKey: queryKeys.me.exportDeliveries(),
    queryFn: ({ signal }) => apiFetch<{ items: OwnExportDelivery[] }>('/me/export-deliveries', { signal }),
  });
}

/**
 * A delivery's status reads "downloaded" once its download began (the API records it before the first byte):
 * refresh the list shortly after the browser took the link.
 */
export function useRefreshExportDeliveriesSoon(delayMs = 1000) {
  const queryClient = useQueryClient();
  return () =>
    setTimeout(() => void queryClient.invalidateQueries({ queryKey: queryKeys.me.exportDeliveries() }), delayMs);
}
