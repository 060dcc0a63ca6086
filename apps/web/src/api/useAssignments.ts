import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssignableRole, CaseAssignmentView } from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type { AssignableRole };
export type Assignment = CaseAssignmentView;

export function useAssignmentsQuery(caseId: string) {
  return useQuery({
    queryKey: queryKeys.caseWork.assignments(caseId),
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
      queryClient.setQueryData(queryKeys.caseWork.assignments(caseId), result);
      // The case (and the caseload list) show the assigned names.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.cases.detail(caseId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.cases.lists() }),
      ]);
    },
  });
}
