import type { CaseField } from '../abilities';
import type { CaseStatus, CaseType } from '../case';
import type { MilestoneActor, MilestoneKind, MilestoneState } from '../poortwachter';
import type { MilestoneBasis, TimelineMilestoneKind, TimelineMilestoneState } from '../poortwachter/timeline';
import type { IsoDate, IsoDateTime } from './common';

/** The first Poortwachter milestone still open. */
export interface NextMilestone {
  kind: MilestoneKind;
  dueDate: IsoDate;
}

/**
 * A case as the API shows it: only the fields the caller's role may read are present (abilities.ts,
 * CASE_FIELDS). `id` is readable by every role that may read a case at all.
 */
export interface CaseView {
  id: string;
  reference?: string;
  type?: CaseType;
  status?: CaseStatus;
  organisationId?: string;
  organisationName?: string;
  personId?: string;
  /** null after the person's data was erased. */
  personName?: string | null;
  personEmail?: string | null;
  personPhone?: string | null;
  personBirthDate?: IsoDate | null;
  personAddress?: string | null;
  /** The employer's own reference (personnel number, cost centre); null when none was entered or after an erasure. */
  clientReference?: string | null;
  coachId?: string | null;
  coachName?: string | null;
  labourExpertId?: string | null;
  labourExpertName?: string | null;
  startDate?: IsoDate;
  endDate?: IsoDate | null;
  completedAt?: IsoDateTime | null;
  nextMilestone?: NextMilestone | null;
  legalHold?: boolean;
  processingRestricted?: boolean;
  version?: number;
  createdAt?: IsoDateTime;
  updatedAt?: IsoDateTime;
}

/** Compile-time proof that the view has exactly the fields the abilities hand out. */
type Exactly<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : false;
const _caseViewMatchesCaseFields: Exactly<keyof CaseView, CaseField> = true;

/** Every MilestoneState of the older fixed-date module (libs/domain/src/poortwachter.ts), for schemas and pickers. */
export const MILESTONE_STATES = ['done', 'due', 'overdue'] as const satisfies readonly MilestoneState[];

/** Every state a milestone of the timeline can be in (poortwachter/timeline.ts explains each). */
export const TIMELINE_MILESTONE_STATES = [
  'done',
  'due',
  'overdue',
  'upcoming',
  'info',
  'suspended',
  'lapsed',
] as const satisfies readonly TimelineMilestoneState[];

/** Compile-time proof that the API's milestone kinds are the timeline's. */
const _milestoneKindsMatchTimeline: Exactly<MilestoneKind, TimelineMilestoneKind> = true;

/** What proves a milestone done: one progress report, process document or activity of the same case. */
export type MilestoneEvidence = { reportId: string } | { documentId: string } | { activityId: string };

/**
 * `GET /cases/:id/milestones`: the Poortwachter timeline of the person's current sickness period (dates only;
 * the first day of illness stays in the special file). The client contact gets the employer's duties only,
 * `basis` null where it would reveal health data, `evidence` null.
 */
export interface CaseMilestoneView {
  /** Stable for this case, kind, sequence and sickness period: the `:milestoneId` of the PATCH. */
  id: string;
  kind: MilestoneKind;
  /** 1-based for the repeating evaluations; 0 otherwise. */
  sequence: number;
  dueDate: IsoDate;
  completedOn: IsoDate | null;
  state: TimelineMilestoneState;
  /** Who must act. */
  actor: MilestoneActor;
  /** Why the due date is what it is (structured, for translation). */
  basis: MilestoneBasis | null;
  evidence: MilestoneEvidence | null;
}

/**
 * `PATCH /cases/:id/milestones/:milestoneId`: `{completedOn, evidence?}` marks it done (again: the earlier
 * completion is kept in the history); `{completedOn: null, reason}` undoes it. Answers the CaseMilestoneView.
 */
export interface MilestoneCompletionRequest {
  completedOn: IsoDate | null;
  evidence?: MilestoneEvidence;
  /** Required to undo; kept with the undone completion. */
  reason?: string;
}

export const ASSIGNABLE_ROLES = ['coach', 'labour_expert'] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

/** `GET|PUT /cases/:id/assignments`: who was and is assigned to the case, history included. */
export interface CaseAssignmentView {
  id: string;
  role: AssignableRole;
  userId: string;
  userName: string;
  assignedAt: IsoDateTime;
  unassignedAt: IsoDateTime | null;
  assignedBy: string | null;
}
