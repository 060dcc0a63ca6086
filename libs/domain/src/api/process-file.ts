import type { ActivityKind, ProcessDocumentKind, ProgressReportStatus } from '../case';
import type { IsoDate, IsoDateTime } from './common';

/**
 * A progress report (voortgangsrapportage) as its author and the assigned staff see it, and as a create or
 * an update answers.
 */
export interface ProgressReportView {
  id: string;
  caseId: string;
  title: string;
  body: string;
  /** What the client (employer) may read once released; never health data. */
  clientSummary: string | null;
  releasedToClient: boolean;
  status: ProgressReportStatus;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  correctsReportId: string | null;
  authorId: string;
  authorName: string | null;
  version: number;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  finalisedAt: IsoDateTime | null;
}

/** The participant reads their final reports, not what was written for the employer. */
export type ParticipantProgressReportView = Omit<ProgressReportView, 'clientSummary' | 'releasedToClient'>;

/** The client contact reads only the released summary of final reports. */
export type ClientProgressReportView = Pick<
  ProgressReportView,
  'id' | 'periodStart' | 'periodEnd' | 'finalisedAt' | 'clientSummary'
>;

/** `GET /cases/:id/progress-reports`: one item shape per kind of reader. */
export type ProgressReportListItem = ProgressReportView | ParticipantProgressReportView | ClientProgressReportView;

/** `GET /cases/:id/activities`; the participant sees what happened and when, not the coach's notes. */
export interface ActivityView {
  id: string;
  kind: ActivityKind;
  occurredOn: IsoDate;
  durationMinutes: number | null;
  notes?: string | null;
  createdAt: IsoDateTime;
}

/** `POST /cases/:id/activities`. */
export interface CreatedActivityView {
  id: string;
  caseId: string;
  kind: ActivityKind;
  occurredOn: IsoDate;
  durationMinutes: number | null;
  notes: string | null;
  createdBy: string;
  /** Set by the database; absent from the answer to the create. */
  createdAt?: IsoDateTime;
}

/** `GET /cases/:id/documents`: a process document; the participant sees only those shared with them. */
export interface ProcessDocumentView {
  id: string;
  caseId: string;
  kind: ProcessDocumentKind;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sharedWithParticipant: boolean;
  uploadedAt: IsoDateTime;
  /** `/api/documents/:id/content` */
  href: string;
}
