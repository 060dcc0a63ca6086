import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';

export type AssignableRole = 'coach' | 'labour_expert';

export interface Assignment {
  id: string;
  role: AssignableRole;
  userId: string;
  userName: string;
  assignedAt: string;
  unassignedAt: string | null;
  assignedBy: string | null;
}

const assignmentsKey = (caseId: string) => ['case', caseId, 'assignments'] as const;

export function useAssignmentsQuery(caseId: string) {
  return useQuery({
    queryKey: assignmentsKey(caseId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: Assignment[] }>(`/cases/${encodeURIComponent(caseId)}/assignments`, { signal }),
  });
}

export function useAssignMutation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { role: AssignableRole; userId: string | null }) =>
      apiFetch<{ items: Assignment[] }>(`/cases/${encodeURIComponent(caseId)}/assignments`, {
        method: 'PUT',
        body: input,
      }),
    onSuccess: async (result) => {
      queryClient.setQueryData(assignmentsKey(caseId), result);
      // The case (and the caseload list) show the assigned names.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['case', caseId] }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
      ]);
    },
  });
}
