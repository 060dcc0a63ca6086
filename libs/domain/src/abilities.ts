import { AbilityBuilder, createMongoAbility, type ForcedSubject, type MongoAbility } from '@casl/ability';
import { MILESTONE_ACTORS, type MilestoneActor } from './poortwachter';
import type { Role } from './roles';

/**
 * Who may do what: defined once here, used by the API (guard, SQL conditions, field filtering) and by the web
 * app (hiding what a role cannot do). Subjects are strings. Record conditions on Case name Case fields only,
 * because every piece of case content is reached through its case; records about a person outside any case
 * (privacy requests, consents) carry a `personId` condition. The guard checks the action on the subject
 * type; the API enforces the record condition where it loads records, answering 404 outside it.
 */
export type CaseAction =
  | 'read'
  | 'read_process_file'
  | 'write_process_file'
  /**
   * Process documents not shared with the participant (the staff's working documents). Whoever may read the
   * process file without this sees only the documents shared with them: the participant.
   */
  | 'read_unshared_documents'
  | 'read_released_reports'
  | 'read_capacities'
  /**
   * The Poortwachter timeline. Its own action because every due date follows from the first day of illness:
   * reading a case is not enough. Rule fields name the milestone actors visible (none listed: every actor).
   */
  | 'read_milestones'
  /** Mark a milestone done (with its date and evidence) or undo that with a reason: the assigned staff. */
  | 'complete_milestones'
  /** The person's sickness events (sick, partial recovery, recovery: dates only, in the special file). */
  | 'read_sickness_events'
  | 'write_sickness_events'
  | 'read_special_file'
  | 'write_special_file'
  | 'break_glass'
  | 'change_status'
  /** Enter or correct the employer's own reference for the case (clientReference): the admin, the coach. */
  | 'set_client_reference'
  | 'assign'
  /** The privacy officer's reach: a case's administrative facts and holds, never its content. */
  | 'oversee';

export type AppAction = CaseAction | 'manage' | 'create' | 'update' | 'list' | 'verify' | 'export';

export type AppSubject =
  | 'Case'
  | 'User'
  | 'Organisation'
  | 'AccessLog'
  | 'OwnAccessLog'
  | 'PrivacyRequest'
  | 'OwnPrivacyRequest'
  | 'Consent'
  | 'Retention'
  | 'Breach'
  | 'OwnData'
  /** Personalia of a person (rectification, art. 16 AVG). */
  | 'Person'
  /** What needs the caller's own attention: deadline and milestone counts. */
  | 'OwnReminders'
  | 'all';

/** The Case fields conditions may use; the API maps each to a column (anything else is refused). */
export interface CaseConditionFields {
  id: string;
  coachId: string | null;
  labourExpertId: string | null;
  organisationId: string;
  personId: string;
}

/** A case as CASL sees it when checking conditions (the API passes `subject('Case', {...})`). */
export type CaseSubject = CaseConditionFields & ForcedSubject<'Case'>;

/** A record about one person outside any case, e.g. `subject('Consent', { personId })`. */
export type PersonRecordSubject = { personId: string } & ForcedSubject<'PrivacyRequest' | 'Consent'>;

export type AppAbility = MongoAbility<[AppAction, AppSubject | CaseSubject | PersonRecordSubject]>;

export interface AbilityUser {
  id: string;
  role: Role;
  organisationId: string | null;
  personId: string | null;
  /** Cases opened by break-the-glass, still within their time limit. */
  breakGlassCaseIds?: readonly string[];
}

/** Fields of the case view each role may read. The client's list is the contract's restricted summary. */
export const CASE_FIELDS = [
  'id',
  'reference',
  'type',
  'status',
  'organisationId',
  'organisationName',
  'personId',
  'personName',
  'personEmail',
  'personPhone',
  'personBirthDate',
  'personAddress',
  'clientReference',
  'coachId',
  'coachName',
  'labourExpertId',
  'labourExpertName',
  'startDate',
  'endDate',
  'completedAt',
  'nextMilestone',
  'legalHold',
  'processingRestricted',
  'version',
  'createdAt',
  'updatedAt',
] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

/**
 * The employer contact's view (issue 17): the summary plus its own employee's name and its own reference for the
 * case, so it can tell its cases apart. The employer referred the employee and knows them; contact details,
 * birth date, address and anything from the special file stay out (data minimisation).
 */
export const CLIENT_CASE_FIELDS: CaseField[] = [
  'id',
  'reference',
  'type',
  'status',
  'organisationName',
  'personName',
  'clientReference',
  'coachName',
  'startDate',
  'endDate',
  'completedAt',
  'nextMilestone',
];

const PARTICIPANT_CASE_FIELDS: CaseField[] = [
  ...CLIENT_CASE_FIELDS,
  'personId',
  'personEmail',
  'personPhone',
  'personBirthDate',
  'personAddress',
  'labourExpertName',
];

/** Administrative data only: who, what kind, which state, who is assigned. No contact details, no content. */
const ADMIN_CASE_FIELDS: CaseField[] = [
  'id',
  'reference',
  'type',
  'status',
  'organisationId',
  'organisationName',
  'personId',
  'personName',
  'clientReference',
  'coachId',
  'coachName',
  'labourExpertId',
  'labourExpertName',
  'startDate',
  'endDate',
  'completedAt',
  'legalHold',
  'processingRestricted',
  'version',
  'createdAt',
  'updatedAt',
];

export function defineAbilityFor(user: AbilityUser): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const breakGlass = [...(user.breakGlassCaseIds ?? [])];
  switch (user.role) {
    case 'coach': {
      const assigned = { coachId: user.id };
      can('read', 'Case', [...CASE_FIELDS], assigned);
      can(['read_process_file', 'write_process_file', 'read_capacities', 'change_status'], 'Case', assigned);
      can('read_unshared_documents', 'Case', assigned);
      can('set_client_reference', 'Case', assigned);
      can('read_milestones', 'Case', assigned);
      can(['complete_milestones', 'read_sickness_events', 'write_sickness_events'], 'Case', assigned);
      can('break_glass', 'Case');
      if (breakGlass.length) can('read_special_file', 'Case', { id: { $in: breakGlass } });
      // Corrects the personalia of a person whose case they may write (the API checks that case in SQL).
      can('update', 'Person');
      can('read', 'OwnReminders');
      break;
    }
    case 'labour_expert': {
      const assigned = { labourExpertId: user.id };
      can('read', 'Case', [...CASE_FIELDS], assigned);
      can(['read_process_file', 'read_capacities', 'read_special_file', 'write_special_file'], 'Case', assigned);
      can('read_unshared_documents', 'Case', assigned);
      can('read_milestones', 'Case', assigned);
      can(['complete_milestones', 'read_sickness_events', 'write_sickness_events'], 'Case', assigned);
      can('break_glass', 'Case');
      if (breakGlass.length) can('read_special_file', 'Case', { id: { $in: breakGlass } });
      break;
    }
    case 'client':
      // A client contact without an organisation sees nothing: the condition below then matches no case.
      if (user.organisationId) {
        can('read', 'Case', CLIENT_CASE_FIELDS, { organisationId: user.organisationId });
        can('read_released_reports', 'Case', { organisationId: user.organisationId });
        // The employer's own Poortwachter duties only (never the others' milestones, never a basis).
        can('read_milestones', 'Case', ['employer'] satisfies MilestoneActor[], {
          organisationId: user.organisationId,
        });
      }
      break;
    case 'participant':
      if (user.personId) {
        const own = { personId: user.personId };
        can('read', 'Case', PARTICIPANT_CASE_FIELDS, own);
        can(['read_process_file', 'read_special_file', 'read_milestones'], 'Case', own);
        can(['read', 'export'], 'OwnData');
        can('read', 'OwnAccessLog');
        can(['read', 'create'], 'OwnPrivacyRequest');
        can(['read', 'create'], 'PrivacyRequest', own);
        // Gives and withdraws (updates) their own consents.
        can(['read', 'create', 'update'], 'Consent', own);
      }
      break;
    case 'admin':
      can('read', 'Case', ADMIN_CASE_FIELDS);
      can(['assign', 'set_client_reference'], 'Case');
      can('manage', 'User');
      can('manage', 'Organisation');
      break;
    case 'privacy_officer':
      can(['read', 'verify', 'export'], 'AccessLog');
      can('manage', 'PrivacyRequest');
      can('manage', 'Retention');
      can('oversee', 'Case');
      can('manage', 'Breach');
      can('read', 'Consent');
      // Only to carry out an open rectification request about the person (the API checks it in SQL).
      can('update', 'Person');
      can('read', 'OwnReminders');
      break;
  }
  return build();
}

/**
 * Whose milestones the caller sees on `target` (a case, or 'Case' for any case the caller may read milestones
 * of): every actor for the assigned staff and the participant, the employer's duties for the client, none for
 * the rest (the admin, the privacy officer).
 */
export function visibleMilestoneActors(ability: AppAbility, target: CaseSubject | 'Case'): MilestoneActor[] {
  return MILESTONE_ACTORS.filter((actor) => ability.can('read_milestones', target, actor));
}

/** Fields the role may read of a case it may read (empty: none). */
export function readableCaseFields(ability: AppAbility): CaseField[] {
  const rules = ability.rulesFor('read', 'Case');
  const fields = new Set<CaseField>();
  for (const rule of rules) {
    if (rule.inverted) continue;
    const listed = rule.fields ? ([] as string[]).concat(rule.fields) : [...CASE_FIELDS];
    for (const field of listed) if ((CASE_FIELDS as readonly string[]).includes(field)) fields.add(field as CaseField);
  }
  return CASE_FIELDS.filter((field) => fields.has(field));
}
