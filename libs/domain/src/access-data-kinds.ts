/**
 * The kinds of data an access event touched, in words a person can read: "contactgegevens, dossierstatus"
 * instead of two dozen field codes. Derived from the event's resource and field names (never values), so the
 * privacy officer's viewer and the participant's own log say the same thing. Unknown resources say `other`;
 * a test in the API walks every resource the code logs and fails on one that is not placed here.
 */
export const ACCESS_DATA_KINDS = [
  'identity',
  'contact',
  'case_status',
  'assignment',
  'milestones',
  'progress_reports',
  'activities',
  'documents',
  'health',
  'privacy',
  'access_log',
  'accounts',
  'organisations',
  'other',
] as const;
export type AccessDataKind = (typeof ACCESS_DATA_KINDS)[number];

/** What a resource is about when its fields say nothing more specific. */
const RESOURCE_KINDS: Readonly<Record<string, AccessDataKind>> = {
  case: 'case_status',
  person: 'identity',
  own_data: 'identity',
  case_assignment: 'assignment',
  case_milestones: 'milestones',
  progress_report: 'progress_reports',
  activity: 'activities',
  document: 'documents',
  process_document: 'documents',
  // The special file: everything about health, work capacity and sickness.
  special_file: 'health',
  special_file_erasure: 'health',
  health_record: 'health',
  health_document: 'health',
  fml_assessment: 'health',
  ad_report: 'health',
  uwv_decision: 'health',
  uwv_opinion: 'health',
  occupational_assessment: 'health',
  sickness_event: 'health',
  sickness_events: 'health',
  waiting_period_extension: 'health',
  waiting_period_extensions: 'health',
  break_glass_grant: 'health',
  // Finding a case by its exact reference before break-the-glass: only that it exists.
  break_glass_lookup: 'case_status',
  assessment_worklist: 'health',
  // Privacy operations.
  privacy_request: 'privacy',
  consent: 'privacy',
  restriction: 'privacy',
  legal_hold: 'privacy',
  retention: 'privacy',
  breach: 'privacy',
  export_delivery: 'privacy',
  export_manifest: 'privacy',
  person_erasure: 'privacy',
  erasure_plan: 'privacy',
  break_glass_follow_up: 'privacy',
  own_disclosures: 'privacy',
  survey_export: 'contact',
  newsletter_recipients: 'contact',
  access_log: 'access_log',
  access_log_verification: 'access_log',
  access_log_anomalies: 'access_log',
  own_access_log: 'access_log',
  user: 'accounts',
  organisation: 'organisations',
};

/** Every resource an access event may name; the web translates each one (a test checks nl and en). */
export const ACCESS_RESOURCES: readonly string[] = Object.keys(RESOURCE_KINDS);

/** Field names that say more than their resource: a person's name, contact details, assignment, privacy status. */
const FIELD_KINDS: Readonly<Record<string, AccessDataKind>> = {
  personId: 'identity',
  personName: 'identity',
  personBirthDate: 'identity',
  firstName: 'identity',
  lastName: 'identity',
  birthDate: 'identity',
  personEmail: 'contact',
  personPhone: 'contact',
  personAddress: 'contact',
  email: 'contact',
  phone: 'contact',
  address: 'contact',
  coachId: 'assignment',
  coachName: 'assignment',
  labourExpertId: 'assignment',
  labourExpertName: 'assignment',
  nextMilestone: 'milestones',
  milestones: 'milestones',
  legalHold: 'privacy',
  processingRestricted: 'privacy',
  accessEvents: 'access_log',
  disclosures: 'privacy',
};

/** Whether the resource is one this module knows (the API's test checks every logged resource against it). */
export function isKnownAccessResource(resource: string): boolean {
  return Object.prototype.hasOwnProperty.call(RESOURCE_KINDS, resource);
}

/**
 * The kinds of data behind one event, in a stable order. A field that names a kind of its own (contact details
 * in a case list) adds that kind; the resource adds its own unless every field was placed more specifically.
 */
export function accessDataKinds(resource: string, fields: readonly string[]): AccessDataKind[] {
  const kinds = new Set<AccessDataKind>();
  let unplaced = fields.length === 0;
  for (const field of fields) {
    const kind = Object.prototype.hasOwnProperty.call(FIELD_KINDS, field) ? FIELD_KINDS[field] : undefined;
    if (kind) kinds.add(kind);
    else unplaced = true;
  }
  if (unplaced) kinds.add(isKnownAccessResource(resource) ? RESOURCE_KINDS[resource] : 'other');
  return ACCESS_DATA_KINDS.filter((kind) => kinds.has(kind));
}

/**
 * Why an access happened (NEN 7513), as access events name it: each role's default and the purposes features
 * give explicitly. The web says each in words on the privacy officer's viewer and the participant's own log; a
 * test fails when the API logs a purpose not listed here.
 */
export const ACCESS_PURPOSES = [
  // Each role's default (access-log.service.ts ROLE_PURPOSE).
  'reintegration_guidance',
  'occupational_assessment',
  'client_reporting',
  'data_subject_access',
  'administration',
  'privacy_oversight',
  'unauthenticated',
  // Given by a feature.
  'emergency_access',
  'data_portability',
  'data_subject_request',
  'rectification_request',
  'employer_sharing',
  'invite',
  'reset_password',
  'reset_mfa',
  'retention',
  'satisfaction_survey',
  'newsletter',
  'case_study',
] as const;
export type AccessPurpose = (typeof ACCESS_PURPOSES)[number];
