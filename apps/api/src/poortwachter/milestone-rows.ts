import { createHash } from 'node:crypto';
import type { PoortwachterTimeline, TimelineMilestone, TimelineMilestoneKind } from '@spoor/domain';
import type { StoredMilestoneState } from '../cases/case-milestone.entity';

/** Names the milestone ids: a fixed namespace for the name-based (version 5) UUIDs below. */
const MILESTONE_ID_NAMESPACE = Buffer.from('5b0f7c1e8a2d4e6f9c3b1a7d2e4f6a8b', 'hex');

/**
 * The id of a milestone: a name-based UUID (RFC 9562 version 5) of the case, the sickness period, the kind and
 * the sequence. The same milestone keeps its id whenever the timeline is computed (live, or materialised into
 * case_milestones), and a milestone of a later sickness period never takes the id of an earlier one.
 */
export function milestoneId(caseId: string, periodSequence: number, kind: TimelineMilestoneKind, sequence: number) {
  const hash = createHash('sha1')
    .update(MILESTONE_ID_NAMESPACE)
    .update(`${caseId}/${periodSequence}/${kind}/${sequence}`)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What a stored row keeps of a milestone's state: due, overdue and upcoming follow from its date and today. */
export function storedState(milestone: TimelineMilestone): StoredMilestoneState {
  switch (milestone.state) {
    case 'done':
    case 'info':
    case 'suspended':
    case 'lapsed':
      return milestone.state;
    default:
      return 'open';
  }
}

export interface MilestoneRow {
  id: string;
  caseId: string;
  kind: TimelineMilestoneKind;
  sequence: number;
  dueDate: string;
  completedOn: string | null;
  state: StoredMilestoneState;
}

/** The case_milestones rows of one case for a computed timeline (used by the service and the seed alike). */
export function milestoneRows(caseId: string, timeline: PoortwachterTimeline): MilestoneRow[] {
  return timeline.milestones.map((milestone) => ({
    id: milestoneId(caseId, timeline.periodSequence, milestone.kind, milestone.sequence),
    caseId,
    kind: milestone.kind,
    sequence: milestone.sequence,
    dueDate: milestone.dueDate,
    completedOn: milestone.completedOn,
    state: storedState(milestone),
  }));
}
