import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';

export interface Breach {
  id: string;
  discoveredAt: string;
  notifyAuthorityBy: string;
  overdue: boolean;
  nature: string;
  categoriesOfPeople: string[] | null;
  approximatePeople: number | null;
  categoriesOfRecords: string[] | null;
  approximateRecords: number | null;
  likelyConsequences: string | null;
  measures: string | null;
  contact: string | null;
  authorityNotifiedAt: string | null;
  peopleNotifiedAt: string | null;
  version: number;
}

export interface NewBreach {
  discoveredAt: string;
  nature: string;
  categoriesOfPeople?: string[];
  approximatePeople?: number;
  categoriesOfRecords?: string[];
  approximateRecords?: number;
  likelyConsequences?: string;
  measures?: string;
  contact?: string;
}

export const breachesQueryKey = ['breaches'] as const;

export function useBreachesQuery() {
  return useQuery({
    queryKey: breachesQueryKey,
    queryFn: ({ signal }) => apiFetch<{ items: Breach[] }>('/breaches', { signal }),
  });
}

export function useBreachesCreateMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewBreach) => apiFetch<Breach>('/breaches', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: breachesQueryKey }),
  });
}

export function useBreachesUpdateMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; authorityNotifiedAt?: string; peopleNotifiedAt?: string }) =>
      apiFetch<Breach>(`/breaches/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: breachesQueryKey }),
  });
}
