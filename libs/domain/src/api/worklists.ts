import type { CaseStatus, CaseType } from '../case';
import type { MilestoneKind } from '../poortwachter';
import type { IsoDate, IsoDateTime, Paged } from './common';

/** What every worklist item says about its case. */
export interface WorklistCase {
  caseId: string;
  reference: string;
  /** Present only for roles that may read the participant's name (null after an erasure). */
  personName?: string | null;
}

export interface MilestoneWorkItem extends WorklistCase {
  kind: MilestoneKind;
  sequence: number;
  dueDate: IsoDate;
  overdue: boolean;
}

export interface DraftReportWorkItem extends WorklistCase {
  id: string;
  title: string | null;
  updatedAt: IsoDateTime;
  version: number;
}

export interface AssessmentWorkItem extends WorklistCase {
  type: CaseType;
  status: CaseStatus;
  startDate: IsoDate;
  hasFml: boolean;
  hasOccupationalAssessment: boolean;
}

/** `GET /worklists/milestones`: milestones overdue or due within `withinDays`. */
export interface MilestoneWorklist extends Paged<MilestoneWorkItem> {
  withinDays: number;
}
