/** Trajecttypes. Track 1: back to work at the own employer; track 2: at another employer. */
export const CASE_TYPES = ['reintegration_track1', 'reintegration_track2', 'outplacement', 'career_coaching'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_STATUSES = ['intake', 'active', 'on_hold', 'completed', 'cancelled'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export function isReintegration(type: CaseType): boolean {
  return type === 'reintegration_track1' || type === 'reintegration_track2';
}

export function isCaseType(value: unknown): value is CaseType {
  return typeof value === 'string' && (CASE_TYPES as readonly string[]).includes(value);
}

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

/** Allowed status changes. Completed and cancelled are final: a new programme is a new case. */
export const CASE_STATUS_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  intake: ['active', 'cancelled'],
  active: ['on_hold', 'completed', 'cancelled'],
  on_hold: ['active', 'completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_STATUS_TRANSITIONS[from].includes(to);
}

/** Reference prefixes per case type: RI re-integratie, OP outplacement, LB loopbaancoaching. */
export const CASE_REFERENCE_PREFIX: Readonly<Record<CaseType, string>> = {
  reintegration_track1: 'RI',
  reintegration_track2: 'RI',
  outplacement: 'OP',
  career_coaching: 'LB',
};

export function formatCaseReference(type: CaseType, year: number, sequence: number): string {
  return `${CASE_REFERENCE_PREFIX[type]}-${year}-${String(sequence).padStart(4, '0')}`;
}

export const CASE_REFERENCE_PATTERN = /^(RI|OP|LB)-\d{4}-\d{4,}$/;

/**
 * The employer's own reference for a case (a personnel number, a cost centre): entered by the admin or the
 * coach, shown to the client contact so the employer recognises its case. A personnel number identifies a
 * person, so the API stores it encrypted. Letters, digits, spaces and `. _ / -`, starting with a letter or
 * digit and ending with one; at most 40 characters.
 */
export const CLIENT_REFERENCE_MAX_LENGTH = 40;
export const CLIENT_REFERENCE_PATTERN = /^[\p{L}\p{N}](?:[\p{L}\p{N} ._/-]*[\p{L}\p{N}])?$/u;

export const ACTIVITY_KINDS = [
  'coaching_session',
  'assessment',
  'test',
  'training',
  'application',
  'workplace_visit',
  'network_meeting',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const PROGRESS_REPORT_STATUSES = ['draft', 'final'] as const;
export type ProgressReportStatus = (typeof PROGRESS_REPORT_STATUSES)[number];

/** Documents of the process file; `problem_analysis` stays for documents stored before the others existed. */
export const PROCESS_DOCUMENT_KINDS = [
  'plan_of_approach',
  'problem_analysis',
  'cv',
  'agreement',
  'report',
  'other',
] as const;
export type ProcessDocumentKind = (typeof PROCESS_DOCUMENT_KINDS)[number];

/** Special-file document kinds (contract: POST /api/cases/:id/special-file/documents). */
export const HEALTH_DOCUMENT_KINDS = ['fml', 'occupational_assessment', 'uwv_opinion', 'other_health'] as const;
export type HealthDocumentKind = (typeof HEALTH_DOCUMENT_KINDS)[number];
