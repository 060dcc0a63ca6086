import type { CaseField } from '../abilities';
import type { CaseStatus, CaseType } from '../case';
import type { MilestoneKind, MilestoneState } from '../poortwachter';
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

/** Every MilestoneState, for schemas and pickers. */
export const MILESTONE_STATES = ['done', 'due', 'overdue'] as const satisfies readonly MilestoneState[];

/** `GET /cases/:id/milestones`: the case's Poortwachter timeline (dates only). */
export interface CaseMilestoneView {
  kind: MilestoneKind;
  /** 1-based for the repeating evaluations; 0 otherwise. */
  sequence: number;
  dueDate: IsoDate;
  completedOn: IsoDate | null;
  state: MilestoneState;
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
