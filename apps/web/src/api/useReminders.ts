import { useQuery } from '@tanstack/react-query';
import { apiFetch } from './client';

/** `GET /api/me/reminders`: what needs the caller's attention, as counts (the daily e-mail sends the same). */
export interface Reminders {
  requestsDueSoon: number;
  requestsOverdue: number;
  breachesToNotify: number;
  breachesOverdue: number;
  breakGlassToReview: number;
  milestonesDueSoon: number;
  milestonesOverdue: number;
}

export function useRemindersQuery(enabled = true) {
  return useQuery({
    queryKey: ['me', 'reminders'],
    queryFn: ({ signal }) => apiFetch<Reminders>('/me/reminders', { signal }),
    enabled,
  });
}
