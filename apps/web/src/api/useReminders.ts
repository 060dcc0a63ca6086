import { useQuery } from '@tanstack/react-query';
import type { RemindersView } from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type Reminders = RemindersView;

export function useRemindersQuery(enabled = true) {
  return useQuery({
    queryKey: queryKeys.reminders.mine(),
    queryFn: ({ signal }) => apiFetch<Reminders>('/me/reminders', { signal }),
    enabled,
  });
}
