import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BreachView } from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type Breach = BreachView;

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

export function useBreachesQuery() {
  return useQuery({
    queryKey: queryKeys.breaches.all(),
    queryFn: ({ signal }) => apiFetch<{ items: Breach[] }>('/breaches', { signal }),
  });
}

export function useBreachesCreateMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewBreach) => apiFetch<Breach>('/breaches', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.breaches.all() }),
  });
}

export function useBreachesUpdateMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      version: number;
      authorityNotifiedAt?: string;
      peopleNotifiedAt?: string;
    }) => apiFetch<Breach>(`/breaches/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.breaches.all() }),
  });
}
