import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
// Types only: the timeline is computed by the API (the rules pull in a holiday library the web must not bundle).
import type {
  CaseMilestoneView,
  MilestoneActor,
  MilestoneBasis,
  MilestoneEvidence,
  NewWaitingPeriodExtension,
  SicknessEventKind,
  SicknessEventView,
  SicknessEventsView,
  TimelineMilestoneKind,
  TimelineMilestoneState,
  WaitingPeriodExtensionKind,
  WaitingPeriodExtensionView,
  WaitingPeriodExtensionsView,
} from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type {
  MilestoneActor,
  MilestoneBasis,
  MilestoneEvidence,
  SicknessEventKind,
  SicknessEventView,
  TimelineMilestoneKind,
  TimelineMilestoneState,
  NewWaitingPeriodExtension,
  WaitingPeriodExtensionKind,
  WaitingPeriodExtensionView,
  WaitingPeriodExtensionsView,
};

/**
 * `GET /cases/:id/milestones`: one milestone of the person's Poortwachter timeline. `basis` is null where the
 * reader may not see why (a client, when the reason would tell something of the person's health).
 */
export type TimelineMilestoneView = CaseMilestoneView;

/** `PATCH /cases/:id/milestones/:milestoneId`: mark done (with evidence) or undo (with a reason). */
export type MilestonePatch =
  | { completedOn: string; evidence?: MilestoneEvidence }
  | { completedOn: null; reason: string };

export interface NewSicknessEvent {
  kind: SicknessEventKind;
  date: string;
}

const path = (caseId: string, rest: string) => `/cases/${encodeURIComponent(caseId)}${rest}`;

export function useMilestonesQuery(caseId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.caseWork.milestones(caseId),
    queryFn: ({ signal }) => apiFetch<{ items: TimelineMilestoneView[] }>(path(caseId, '/milestones'), { signal }),
    enabled,
  });
}

/** After a completion or a sickness event: the timeline, the case's next milestone and the worklists move. */
function useRefreshTimeline(caseId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.caseWork.milestones(caseId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.cases.detail(caseId), exact: true }),
      queryClient.invalidateQueries({ queryKey: queryKeys.worklists.allMilestones() }),
      queryClient.invalidateQueries({ queryKey: queryKeys.reminders.mine() }),
    ]);
}

export function useUpdateMilestoneMutation(caseId: string) {
  const refresh = useRefreshTimeline(caseId);
  return useMutation({
    mutationFn: ({ milestoneId, patch }: { milestoneId: string; patch: MilestonePatch }) =>
      apiFetch<TimelineMilestoneView>(path(caseId, `/milestones/${encodeURIComponent(milestoneId)}`), {
        method: 'PATCH',
        body: patch,
      }),
    onSuccess: refresh,
  });
}

/** Sickness events live in the special file: never kept in the cache after leaving the page. */
export function useSicknessEventsQuery(caseId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.specialFile.sicknessEvents(caseId),
    queryFn: ({ signal }) => apiFetch<SicknessEventsView>(path(caseId, '/special-file/sickness-events'), { signal }),
    enabled,
    gcTime: 0,
    staleTime: 0,
  });
}

export function useRecordSicknessEventMutation(caseId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshTimeline(caseId);
  return useMutation({
    mutationFn: (event: NewSicknessEvent) =>
      apiFetch<SicknessEventView>(path(caseId, '/special-file/sickness-events'), { method: 'POST', body: event }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.specialFile.sicknessEvents(caseId) }),
        refresh(),
      ]),
  });
}

/** `POST …/sickness-events/:eventId/retract`: a wrongly entered event stops counting (kept, with the reason). */
export function useRetractSicknessEventMutation(caseId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshTimeline(caseId);
  return useMutation({
    mutationFn: ({ eventId, reason }: { eventId: string; reason: string }) =>
      apiFetch<SicknessEventView>(
        path(caseId, `/special-file/sickness-events/${encodeURIComponent(eventId)}/retract`),
        { method: 'POST', body: { reason } },
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.specialFile.sicknessEvents(caseId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.specialFile.extensions(caseId) }),
        refresh(),
      ]),
  });
}

/** Extensions of the waiting period live in the special file: never kept in the cache after leaving the page. */
export function useWaitingPeriodExtensionsQuery(caseId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.specialFile.extensions(caseId),
    queryFn: ({ signal }) =>
      apiFetch<WaitingPeriodExtensionsView>(path(caseId, '/special-file/extensions'), { signal }),
    enabled,
    gcTime: 0,
    staleTime: 0,
  });
}

function useRefreshExtensions(caseId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshTimeline(caseId);
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.specialFile.extensions(caseId) }), refresh()]);
}

export function useRecordExtensionMutation(caseId: string) {
  const refresh = useRefreshExtensions(caseId);
  return useMutation({
    mutationFn: (extension: NewWaitingPeriodExtension) =>
      apiFetch<WaitingPeriodExtensionView>(path(caseId, '/special-file/extensions'), {
        method: 'POST',
        body: extension,
      }),
    onSuccess: refresh,
  });
}

export function useWithdrawExtensionMutation(caseId: string) {
  const refresh = useRefreshExtensions(caseId);
  return useMutation({
    mutationFn: ({ extensionId, reason }: { extensionId: string; reason: string }) =>
      apiFetch<WaitingPeriodExtensionView>(
        path(caseId, `/special-file/extensions/${encodeURIComponent(extensionId)}/withdraw`),
        { method: 'POST', body: { reason } },
      ),
    onSuccess: refresh,
  });
}
