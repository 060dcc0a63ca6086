import type { HealthDocumentKind } from '../case';
import type { FmlRubriek } from '../fml';
import type { Milestone } from '../poortwachter';
import type { SicknessEventKind, SicknessPeriodStatus } from '../poortwachter/sickness-periods';
import type { IsoDate, IsoDateTime } from './common';

export const UWV_OPINION_KINDS = ['expert_opinion', 'wia_decision', 'reintegration_assessment'] as const;
export type UwvOpinionKind = (typeof UWV_OPINION_KINDS)[number];

/** FML: Functionele Mogelijkhedenlijst; the coach sees only the date and the capacities. */
export interface FmlAssessmentView {
  id: string;
  assessedOn: IsoDate;
  assessor?: string;
  rubrieken: FmlRubriek[];
  notes?: string | null;
}

/** Arbeidsdeskundig rapport; the coach sees only the date and the suitable work. */
export interface OccupationalAssessmentView {
  id: string;
  reportDate: IsoDate;
  conclusionOwnWork?: string;
  suitableWork: string;
  advice?: string;
}

export interface UwvOpinionView {
  id: string;
  kind: UwvOpinionKind;
  opinionDate: IsoDate;
  outcome: string;
}

/** A health document in the special file; `href` downloads it. */
export interface HealthDocumentView {
  id: string;
  kind: HealthDocumentKind;
  filename: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: IsoDateTime;
  href: string;
}

/** The coach's view: work capacities only, no diagnosis-adjacent data. */
export interface SpecialFileCapacities {
  caseId: string;
  scope: 'capacities';
  fml: FmlAssessmentView[];
  occupationalAssessments: OccupationalAssessmentView[];
}

/** The labour expert's (and break-the-glass) view of the whole special file. */
export interface SpecialFileFull {
  caseId: string;
  scope: 'full';
  firstSickDay: IsoDate | null;
  prognosis: string | null;
  poortwachter: Milestone[];
  fml: FmlAssessmentView[];
  occupationalAssessments: OccupationalAssessmentView[];
  uwvOpinions: UwvOpinionView[];
  documents: HealthDocumentView[];
}

/** `GET /cases/:id/special-file`. */
export type SpecialFileView = SpecialFileCapacities | SpecialFileFull;

/** `PUT /cases/:id/special-file/health-record`. */
export interface HealthRecordView {
  id: string;
  caseId: string;
  firstSickDay: IsoDate | null;
  prognosis: string | null;
}

/** One sickness event of the person (special file: the date only, never a diagnosis). */
export interface SicknessEventView {
  id: string;
  kind: SicknessEventKind;
  date: IsoDate;
  recordedAt: IsoDateTime;
}

/** A waiting period the events make (samentelling, four-week rule), as poortwachter/sickness-periods.ts computes it. */
export interface SicknessPeriodView {
  sequence: number;
  firstSickDay: IsoDate;
  status: SicknessPeriodStatus;
  healthyDaysExcluded: number;
  relapseAddsUpUntil: IsoDate | null;
}

/**
 * `GET /cases/:id/special-file/sickness-events`: the person's events (oldest first; shared by all of the person's
 * reintegration cases) and the periods they make. `POST` `{kind, date}` answers the new SicknessEventView.
 */
export interface SicknessEventsView {
  items: SicknessEventView[];
  total: number;
  periods: SicknessPeriodView[];
}

/** An entry added to the special file (FML, occupational assessment, UWV opinion). */
export interface SpecialFileEntryCreated {
  id: string;
  caseId: string;
}

/** `POST /cases/:id/break-glass`: emergency access, until `expiresAt`. */
export interface BreakGlassGrantView {
  id: string;
  caseId: string;
  expiresAt: IsoDateTime;
}

/** `POST /cases/:id/special-file/documents`. */
export interface UploadedDocumentView {
  id: string;
  caseId: string;
  kind: string;
  contentType: string;
  sizeBytes: number;
  href: string;
}
