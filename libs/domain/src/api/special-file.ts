import type { HealthDocumentKind } from '../case';
import type { FmlRubriek } from '../fml';
import type { AdReport, AdReportCoachView, CoachCapacities, FmlAssessment, UwvDecision } from '../fml/index';
import type { Milestone } from '../poortwachter';
import type { SicknessEventKind, SicknessPeriodStatus } from '../poortwachter/sickness-periods';
import type { IsoDate, IsoDateTime } from './common';

export const UWV_OPINION_KINDS = ['expert_opinion', 'wia_decision', 'reintegration_assessment'] as const;
export type UwvOpinionKind = (typeof UWV_OPINION_KINDS)[number];

/**
 * FML, old rubriek-level view (one grade per rubriek), kept for older clients in `fml`; the coach sees only the
 * date and the grades. New clients read `fmlAssessments` (full scope) or `capacities` (coach).
 */
export interface FmlRubriekLevelView {
  id: string;
  assessedOn: IsoDate;
  assessor?: string;
  rubrieken: FmlRubriek[];
  notes?: string | null;
}

/**
 * FML as the form (issue 16): `POST /cases/:id/special-file/fml-assessments` `{assessedOn, assessment}` answers
 * 201 with this; the full scope lists them newest first. Stored rubriek-level FMLs come back migrated
 * (`assessment.level === 'rubriek_only'`).
 */
export interface FmlAssessmentView {
  id: string;
  assessedOn: IsoDate;
  assessment: FmlAssessment;
  recordedAt: IsoDateTime;
}

/** `POST /cases/:id/special-file/fml-assessments` (level 'items', formVersion 'fml-2015'). */
export interface FmlAssessmentInput {
  assessedOn: IsoDate;
  assessment: FmlAssessment;
}

/** The coach's capacities from the newest FML (structured, whitelisted, no free text). */
export interface CoachCapacitiesView {
  assessedOn: IsoDate;
  capacities: CoachCapacities;
}

/** `POST /cases/:id/special-file/ad-reports` answers 201 with this; the full scope lists them as `adReports`. */
export interface AdReportView {
  id: string;
  reportedOn: IsoDate;
  report: AdReport;
  recordedAt: IsoDateTime;
}

/** `POST /cases/:id/special-file/ad-reports`. */
export interface AdReportInput {
  reportedOn: IsoDate;
  report: AdReport;
}

/** `POST /cases/:id/special-file/uwv-decisions` answers 201 with this; the full scope lists them as `uwvDecisions`. */
export interface UwvDecisionView {
  id: string;
  decision: UwvDecision;
  recordedAt: IsoDateTime;
}

/** `POST /cases/:id/special-file/uwv-decisions`. */
export interface UwvDecisionInput {
  decision: UwvDecision;
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

/**
 * The coach's view: work capacities only, no diagnosis-adjacent data and no free text (issue 16): the AD
 * report's conclusion on suitable work reaches the coach as structure (`adReport`), never as the expert's prose.
 */
export interface SpecialFileCapacities {
  caseId: string;
  scope: 'capacities';
  /** Old rubriek-level grades (older clients). */
  fml: FmlRubriekLevelView[];
  /** From the newest FML; null when there is none (or it does not validate). */
  capacities: CoachCapacitiesView | null;
  /** The coach's part of the newest AD report; null when there is none. */
  adReport: AdReportCoachView | null;
}

/** The labour expert's (and break-the-glass) view of the whole special file. */
export interface SpecialFileFull {
  caseId: string;
  scope: 'full';
  firstSickDay: IsoDate | null;
  prognosis: string | null;
  poortwachter: Milestone[];
  /** Old rubriek-level view (older clients). */
  fml: FmlRubriekLevelView[];
  /** Newest first; stored rubriek-level FMLs appear migrated (`level: 'rubriek_only'`). */
  fmlAssessments: FmlAssessmentView[];
  occupationalAssessments: OccupationalAssessmentView[];
  uwvOpinions: UwvOpinionView[];
  /** Newest first. */
  adReports: AdReportView[];
  /** Newest first. */
  uwvDecisions: UwvDecisionView[];
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
  /** Set when the event was retracted as wrongly entered: it no longer counts (kept for history). */
  retractedAt?: IsoDateTime | null;
  retractReason?: string | null;
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

export const WAITING_PERIOD_EXTENSION_KINDS = ['loonsanctie', 'voluntary_extension', 'early_iva'] as const;
/** loonsanctie (UWV), vrijwillige verlenging (agreed with the employee), vervroegde IVA-aanvraag. */
export type WaitingPeriodExtensionKind = (typeof WAITING_PERIOD_EXTENSION_KINDS)[number];

/**
 * `POST /cases/:id/special-file/extensions`: dates and weeks only. loonsanctie: `weeks` (1–52) and `startsOn`
 * (the day after the waiting period would end); voluntary_extension: `agreedEnd` (last day) and `agreedOn`;
 * early_iva: `appliedOn` and, once UWV granted it, `grantedWaitingPeriodEnd`. `decisionDocumentId`: a health
 * document of the person (UWV's decision or the agreement).
 */
export type NewWaitingPeriodExtension =
  | { kind: 'loonsanctie'; weeks: number; startsOn?: IsoDate; decisionDocumentId?: string }
  | { kind: 'voluntary_extension'; agreedEnd: IsoDate; agreedOn: IsoDate; decisionDocumentId?: string }
  | { kind: 'early_iva'; appliedOn: IsoDate; grantedWaitingPeriodEnd?: IsoDate; decisionDocumentId?: string };

/** One extension as stored; fields that do not belong to its kind are null. */
export interface WaitingPeriodExtensionView {
  id: string;
  kind: WaitingPeriodExtensionKind;
  periodSequence: number;
  weeks: number | null;
  startsOn: IsoDate | null;
  agreedEnd: IsoDate | null;
  agreedOn: IsoDate | null;
  appliedOn: IsoDate | null;
  grantedWaitingPeriodEnd: IsoDate | null;
  decisionDocumentId: string | null;
  recordedAt: IsoDateTime;
  /** Withdrawn extensions no longer count; kept with when and why. */
  withdrawnAt: IsoDateTime | null;
  withdrawReason: string | null;
}

/**
 * `GET /cases/:id/special-file/extensions`: the person's extensions (oldest first, withdrawn ones included) and
 * the end of the current waiting period they make (null without a sickness period).
 */
export interface WaitingPeriodExtensionsView {
  items: WaitingPeriodExtensionView[];
  total: number;
  waitingPeriodEnd: {
    regularEnd: IsoDate;
    applicationEnd: IsoDate;
    end: IsoDate;
    loonsanctie: { startsOn: IsoDate; endsOn: IsoDate; weeks: number } | null;
    voluntaryUntil: IsoDate | null;
    earlyIvaEnd: IsoDate | null;
  } | null;
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

/**
 * `POST /break-glass/lookup`: a case found by its exact reference for someone who may break the glass. Only the
 * id to continue with (`POST /cases/:id/break-glass`); nothing about the case until a reason is given.
 */
export interface BreakGlassLookupResult {
  caseId: string;
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
