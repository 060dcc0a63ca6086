import type { ActivityKind, CaseStatus, CaseType, ProcessDocumentKind } from '../case';
import type {
  ConsentEndReason,
  ExportDeliveryStatus,
  ObjectionPurpose,
  ExportManifestSection,
  PrivacyRequestOutcome,
  PrivacyRequestStatus,
  PrivacyRequestType,
} from '../privacy';
import type { RectifiableField, RectificationReasonCode } from '../rectification';
import type { CaseView } from './cases';
import type { IsoDate, IsoDateTime } from './common';
import type { ProgressReportListItem } from './process-file';
import type { SpecialFileView } from './special-file';

/** A data subject's request under the AVG (GDPR), answered within a calendar month. */
export interface PrivacyRequestView {
  id: string;
  personId: string;
  type: PrivacyRequestType;
  /** An objection to one processing on legitimate interest (OBJECTION_PURPOSES); null for any other request. */
  purpose: ObjectionPurpose | null;
  status: PrivacyRequestStatus;
  details: string | null;
  receivedAt: IsoDateTime;
  dueAt: IsoDateTime;
  overdue: boolean;
  extendedAt: IsoDateTime | null;
  extensionReason: string | null;
  completedAt: IsoDateTime | null;
  outcome: PrivacyRequestOutcome | null;
  completionNote: string | null;
  /** Rectification requests only: the fields corrected under the request (names, never values). */
  correctedFields?: RectifiableField[];
  /** Rectification requests only: why it was completed without a correction; null otherwise. */
  outcomeReason?: RectificationReasonCode | null;
  version: number;
}

/** What an erasure removed (crypto-shredding: the person's keys are destroyed). */
export interface ErasureSummary {
  cases: number;
  progressReports: number;
  activities: number;
  documents: number;
  specialRecords: number;
  keysDestroyed: number;
}

/** `POST /privacy-requests/:id/complete`: the request, and what carrying it out did. */
export interface CompletedPrivacyRequestView extends PrivacyRequestView {
  /** A granted erasure. */
  erasure?: ErasureSummary;
  /** A granted restriction: how many cases were frozen. */
  restrictedCases?: number;
  /** A granted access or portability request: the export delivered to the person (status only). */
  exportDelivery?: ExportDeliveryView;
}

export interface ConsentView {
  id: string;
  personId: string;
  purpose: string;
  givenAt: IsoDateTime;
  givenBy: string;
  withdrawnAt: IsoDateTime | null;
  withdrawnBy: string | null;
  /** Why the consent no longer counts (null while it does); `purpose_retired`: ended by Spoor, not by the person. */
  endReason: ConsentEndReason | null;
}

/** One person on the newsletter list: someone with a current newsletter consent (`GET /admin/newsletter-recipients`). */
export interface NewsletterRecipientView {
  personId: string;
  name: string;
  email: string;
  consentGivenAt: IsoDateTime;
}

/** A personal data breach (datalek): the authority must hear of it within 72 hours of discovery. */
export interface BreachView {
  id: string;
  discoveredAt: IsoDateTime;
  notifyAuthorityBy: IsoDateTime;
  overdue: boolean;
  nature: string;
  categoriesOfPeople: string[];
  approximatePeople: number | null;
  categoriesOfRecords: string[];
  approximateRecords: number | null;
  likelyConsequences: string | null;
  measures: string | null;
  contact: string | null;
  authorityNotifiedAt: IsoDateTime | null;
  peopleNotifiedAt: IsoDateTime | null;
  registeredBy: string;
  /** Who changed which fields when (names of fields, never their values). */
  updates: Array<{ at: IsoDateTime; by: string; fields: string[] }>;
  version: number;
}

/** `PUT /cases/:id/legal-hold`. */
export interface LegalHoldView {
  id: string;
  legalHold: boolean;
  reason: string | null;
  by: string | null;
  at: IsoDateTime | null;
}

/** `POST /people/:id/restriction/lift`. */
export interface RestrictionLiftedView {
  personId: string;
  restrictedCases: number;
}

/** `GET /me/reminders`: counts for the dashboard badges. */
export interface RemindersView {
  requestsDueSoon: number;
  requestsOverdue: number;
  breachesToNotify: number;
  breachesOverdue: number;
  breakGlassToReview: number;
  /** Reviewed break-the-glass accesses whose follow-up is still open. */
  breakGlassFollowUps: number;
  milestonesDueSoon: number;
  milestonesOverdue: number;
}

/** `POST /retention/run`: what is (or, with dryRun, would be) erased per category and why. */
export interface RetentionRunResult {
  dryRun: boolean;
  categories: {
    programme: { rule: string; people: number; cases: number; erased: number; keptForLegalHold: number };
    fiscal: { rule: string; people: number; note: string };
    accessLog: { rule: string; note: string };
  };
}

/** A case as the privacy officer's case register shows it: no content, only what retention and holds need. */
export interface PrivacyCaseView {
  id: string;
  reference: string;
  type: CaseType;
  status: CaseStatus;
  organisationName: string;
  personId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  completedAt: IsoDateTime | null;
  legalHold: boolean;
  processingRestricted: boolean;
}

export interface PrivacyCaseDetailView extends PrivacyCaseView {
  legalHoldReason: string | null;
  legalHoldAt: IsoDateTime | null;
  legalHoldByName: string | null;
}

/** `PATCH /people/:id`: which fields were rectified (names only). */
export interface RectificationResult {
  id: string;
  changed: string[];
  privacyRequestId: string | null;
}

/** One processing activity of the art. 30 register. */
export interface ProcessingActivity {
  name: string;
  purposes: string[];
  legalBasis: string;
  dataSubjects: string[];
  dataCategories: string[];
  recipients: string[];
  retention: string;
}

/** `GET /privacy/register`: the register of processing activities (art. 30 AVG). */
export interface ProcessingRegister {
  controller: string;
  activities: ProcessingActivity[];
  /** Every category of personal data held about a person (the sections of an export). */
  dataCategories: string[];
  securityMeasures: string[];
}

/** To whom the person's data was given, which fields, on what basis, when (`GET /me/disclosures`). */
export interface DisclosureView {
  id: string;
  recipient: string;
  fields: string[];
  legalBasis: string;
  disclosedAt: IsoDateTime;
  caseReference: string | null;
}

/** A process document listed in an export; `href` downloads it with the caller's session. */
export interface ExportedProcessDocument {
  id: string;
  kind: ProcessDocumentKind;
  filename: string;
  contentType: string;
  sizeBytes: number;
  href: string;
}

/** An activity of the case as the person sees it: what happened and when (the coach's notes stay out). */
export interface ExportedActivity {
  id: string;
  kind: ActivityKind;
  occurredOn: IsoDate;
  durationMinutes: number | null;
  createdAt: IsoDateTime;
}

/** A client summary released to the employer (the organisation that commissioned the programme). */
export interface ExportedClientSummary {
  reportId: string;
  recipient: string;
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  finalisedAt: IsoDateTime | null;
  clientSummary: string;
}

/** One case in an export: the case view with its reports, activities, documents and special file (when readable). */
export interface ExportedCase extends CaseView {
  progressReports: ProgressReportListItem[];
  clientSummaries: ExportedClientSummary[];
  activities: ExportedActivity[];
  processDocuments: ExportedProcessDocument[];
  specialFile: SpecialFileView | null;
}

/** Who accessed the person's data: name, role and organisation of whoever it was (null name: the person). */
export interface ExportedAccessEvent {
  at: IsoDateTime;
  actorName: string | null;
  actorRole: string;
  actorOrganisation: string | null;
  byYou: boolean;
  action: string;
  resource: string;
  caseReference: string | null;
  fields: string[];
  purpose: string;
  breakGlass: boolean;
}

/** A document's file inside the export package (ZIP), decrypted, with its SHA-256. */
export interface ExportedFile {
  path: string;
  documentId: string;
  caseReference: string;
  /** `process`: the process file; `special`: a health document of the special file. */
  file: 'process' | 'special';
  kind: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

export type ExportedDisclosure = Omit<DisclosureView, 'id' | 'caseReference'>;
export type ExportedConsent = Pick<ConsentView, 'id' | 'purpose' | 'givenAt' | 'withdrawnAt'>;
export type ExportedPrivacyRequest = Pick<
  PrivacyRequestView,
  'id' | 'type' | 'status' | 'receivedAt' | 'dueAt' | 'completedAt' | 'outcome'
>;

/** `GET /me/export` (data portability) and a privacy request's export: machine-readable JSON. */
export interface PersonalDataExport {
  format: string;
  exportedAt: IsoDateTime;
  personalia: {
    firstName: string;
    lastName: string;
    birthDate: IsoDate | null;
    address: string | null;
    email: string | null;
    phone: string | null;
  };
  cases: ExportedCase[];
  accessLog: ExportedAccessEvent[];
  disclosures: ExportedDisclosure[];
  consents: ExportedConsent[];
  privacyRequests: ExportedPrivacyRequest[];
  /** Where the documents themselves are: in the package (`files`), or through their links (plain JSON). */
  documents: string;
  /** The package (ZIP) only: every document's file in it. */
  files?: ExportedFile[];
}

/** One section of an export as its manifest describes it: how many items and how many bytes, never a value. */
export interface ExportManifestEntry {
  section: ExportManifestSection;
  items: number;
  /** Size of the section in the JSON document, plus the files it lists (documents). */
  bytes: number;
}

/** Where an export delivery stands; timestamps only. */
export interface ExportDeliveryView {
  id: string;
  status: ExportDeliveryStatus;
  preparedAt: IsoDateTime;
  availableAt: IsoDateTime | null;
  expiresAt: IsoDateTime | null;
  downloadedAt: IsoDateTime | null;
  lastDownloadedAt: IsoDateTime | null;
  downloadCount: number;
}

/**
 * `GET /privacy-requests/:id/manifest`: what the person's export holds (sections, counts, sizes) and where its
 * delivery stands. The privacy officer never sees the content: the person downloads it in their own portal.
 */
export interface ExportManifestView {
  requestId: string;
  requestType: PrivacyRequestType;
  /** Whether the person has a portal account to receive the export. */
  personHasAccount: boolean;
  /** When the counts were taken: at delivery, or now while the request is open (a preview). */
  countedAt: IsoDateTime;
  sections: ExportManifestEntry[];
  totalBytes: number;
  /** Null until completing the request delivers the export. */
  delivery: ExportDeliveryView | null;
}

/** `GET /me/export-deliveries`: an export prepared for the caller, answering one of their requests. */
export interface OwnExportDeliveryView extends ExportDeliveryView {
  requestId: string;
  requestType: PrivacyRequestType;
}
