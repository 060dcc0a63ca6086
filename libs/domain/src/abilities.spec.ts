import { subject } from '@casl/ability';
import { ROLES } from './roles';
import {
  CLIENT_CASE_FIELDS,
  defineAbilityFor,
  readableCaseFields,
  visibleMilestoneActors,
  type AbilityUser,
} from './abilities';
import { MILESTONE_ACTORS, milestoneKindsOf } from './poortwachter';

const caseOf = (
  values: Partial<{ id: string; coachId: string; labourExpertId: string; organisationId: string; personId: string }>,
) =>
  subject('Case', {
    id: 'c1',
    coachId: 'coach-1',
    labourExpertId: 'expert-1',
    organisationId: 'org-acme',
    personId: 'person-1',
    ...values,
  });

const user = (role: AbilityUser['role'], extra: Partial<AbilityUser> = {}): AbilityUser => ({
  id: `${role}-1`.replace('labour_expert', 'expert').replace('participant-1', 'participant-user'),
  role,
  organisationId: null,
  personId: null,
  ...extra,
});

describe('defineAbilityFor', () => {
  it('lets a coach read and work on assigned cases only', () => {
    const ability = defineAbilityFor(user('coach'));
    expect(ability.can('read', caseOf({}))).toBe(true);
    expect(ability.can('write_process_file', caseOf({}))).toBe(true);
    expect(ability.can('read', caseOf({ coachId: 'coach-2' }))).toBe(false);
    expect(ability.can('read_special_file', caseOf({}))).toBe(false);
    expect(ability.can('read_capacities', caseOf({}))).toBe(true);
  });

  it('opens a special file to a coach only for a break-the-glass case', () => {
    const ability = defineAbilityFor(user('coach', { breakGlassCaseIds: ['c9'] }));
    expect(ability.can('read_special_file', caseOf({ id: 'c9', coachId: 'someone-else' }))).toBe(true);
    expect(ability.can('read_special_file', caseOf({ id: 'c1' }))).toBe(false);
  });

  it('lets the labour expert read and write the special file of assigned cases', () => {
    const ability = defineAbilityFor(user('labour_expert'));
    expect(ability.can('write_special_file', caseOf({}))).toBe(true);
    expect(ability.can('write_special_file', caseOf({ labourExpertId: 'expert-2' }))).toBe(false);
  });

  it('gives a client the restricted summary of its own organisation and never the special file', () => {
    const ability = defineAbilityFor(user('client', { organisationId: 'org-acme' }));
    expect(ability.can('read', caseOf({}))).toBe(true);
    expect(ability.can('read', caseOf({ organisationId: 'org-globex' }))).toBe(false);
    expect(ability.can('read_special_file', caseOf({}))).toBe(false);
    expect(ability.can('read_capacities', caseOf({}))).toBe(false);
    expect(ability.can('read_process_file', caseOf({}))).toBe(false);
    expect(readableCaseFields(ability)).toEqual(CLIENT_CASE_FIELDS);
    // Issue 17: the employer knows its own employee by name and by its own reference, and nothing more.
    expect(ability.can('read', caseOf({}), 'personName')).toBe(true);
    expect(ability.can('read', caseOf({}), 'clientReference')).toBe(true);
    expect(ability.can('read', caseOf({ organisationId: 'org-globex' }), 'personName')).toBe(false);
    for (const field of ['personId', 'personEmail', 'personPhone', 'personBirthDate', 'personAddress'] as const)
      expect({ field, can: ability.can('read', caseOf({}), field) }).toEqual({ field, can: false });
    expect(ability.can('set_client_reference', caseOf({}))).toBe(false);
  });

  it("lets the admin and the case's own coach enter the client reference, nobody else", () => {
    expect(defineAbilityFor(user('admin')).can('set_client_reference', caseOf({ coachId: 'someone-else' }))).toBe(true);
    const coach = defineAbilityFor(user('coach'));
    expect(coach.can('set_client_reference', caseOf({}))).toBe(true);
    expect(coach.can('set_client_reference', caseOf({ coachId: 'someone-else' }))).toBe(false);
    for (const role of ['labour_expert', 'participant', 'privacy_officer'] as const)
      expect({ role, can: defineAbilityFor(user(role)).can('set_client_reference', caseOf({})) }).toEqual({
        role,
        can: false,
      });
  });

  it('gives a client without organisation nothing at all', () => {
    expect(defineAbilityFor(user('client')).can('read', caseOf({}))).toBe(false);
  });

  it('lets a participant read only their own case and own special file', () => {
    const ability = defineAbilityFor(user('participant', { personId: 'person-1' }));
    expect(ability.can('read_special_file', caseOf({}))).toBe(true);
    expect(ability.can('read', caseOf({ personId: 'person-2' }))).toBe(false);
    expect(ability.can('write_process_file', caseOf({}))).toBe(false);
  });

  it('keeps admin and privacy officer out of case content', () => {
    const admin = defineAbilityFor(user('admin'));
    expect(admin.can('read', caseOf({}))).toBe(true);
    expect(admin.can('read_process_file', caseOf({}))).toBe(false);
    expect(admin.can('read_special_file', caseOf({}))).toBe(false);
    expect(readableCaseFields(admin)).not.toContain('personEmail');
    const privacy = defineAbilityFor(user('privacy_officer'));
    expect(privacy.can('read', caseOf({}))).toBe(false);
    expect(privacy.can('verify', 'AccessLog')).toBe(true);
    expect(readableCaseFields(privacy)).toEqual([]);
  });

  it('lets only the privacy officer oversee cases (administrative facts and holds, never content)', () => {
    const privacy = defineAbilityFor(user('privacy_officer'));
    expect(privacy.can('oversee', caseOf({ organisationId: 'org-globex', coachId: 'someone-else' }))).toBe(true);
    expect(privacy.can('read_process_file', caseOf({}))).toBe(false);
    for (const role of ROLES.filter((r) => r !== 'privacy_officer')) {
      const ability = defineAbilityFor(user(role, { organisationId: 'org-acme', personId: 'person-1' }));
      expect({
        role,
        oversee: ability.can('oversee', caseOf({ coachId: `${role}-1`, labourExpertId: `${role}-1` })),
      }).toEqual({ role, oversee: false });
    }
  });

  it('lets a participant file and read privacy requests and manage consents about themselves only', () => {
    const ability = defineAbilityFor(user('participant', { personId: 'person-1' }));
    for (const action of ['read', 'create'] as const) {
      expect(ability.can(action, 'PrivacyRequest')).toBe(true);
      expect(ability.can(action, subject('PrivacyRequest', { personId: 'person-1' }))).toBe(true);
      expect(ability.can(action, subject('PrivacyRequest', { personId: 'person-2' }))).toBe(false);
    }
    expect(ability.can('update', 'PrivacyRequest')).toBe(false);
    expect(ability.can('manage', 'PrivacyRequest')).toBe(false);
    for (const action of ['read', 'create', 'update'] as const) {
      expect(ability.can(action, subject('Consent', { personId: 'person-1' }))).toBe(true);
      expect(ability.can(action, subject('Consent', { personId: 'person-2' }))).toBe(false);
    }
  });

  it('gives a participant without a linked person no privacy requests and no consents', () => {
    const ability = defineAbilityFor(user('participant'));
    expect(ability.can('create', 'PrivacyRequest')).toBe(false);
    expect(ability.can('read', 'Consent')).toBe(false);
  });

  it('lets the privacy officer handle every privacy request and read, but never give or withdraw, consents', () => {
    const ability = defineAbilityFor(user('privacy_officer'));
    expect(ability.can('create', subject('PrivacyRequest', { personId: 'person-2' }))).toBe(true);
    expect(ability.can('read', subject('PrivacyRequest', { personId: 'person-2' }))).toBe(true);
    expect(ability.can('read', subject('Consent', { personId: 'person-2' }))).toBe(true);
    expect(ability.can('create', 'Consent')).toBe(false);
    expect(ability.can('update', 'Consent')).toBe(false);
  });

  it('keeps privacy requests and consents from every other role', () => {
    for (const role of ['coach', 'labour_expert', 'client', 'admin'] as const) {
      const ability = defineAbilityFor(user(role, { organisationId: 'org-acme' }));
      expect({
        role,
        requests: ability.can('create', 'PrivacyRequest') || ability.can('read', 'PrivacyRequest'),
      }).toEqual({ role, requests: false });
      expect({ role, consents: ability.can('read', 'Consent') }).toEqual({ role, consents: false });
    }
  });

  it('lets only the coach and the privacy officer rectify personalia (the record check is the API\u2019s)', () => {
    const allowed = ROLES.filter((role) =>
      defineAbilityFor(user(role, { personId: 'person-1', organisationId: 'org-acme' })).can('update', 'Person'),
    );
    expect(allowed.sort()).toEqual(['coach', 'privacy_officer']);
  });

  it('gives milestones their own ability: assigned staff and the participant all, the client its duties, the admin none', () => {
    const abilityOf = (role: AbilityUser['role']) =>
      defineAbilityFor(user(role, { organisationId: 'org-acme', personId: 'person-1' }));
    const own = caseOf({ coachId: 'coach-1', labourExpertId: 'expert-1' });
    for (const role of ['coach', 'labour_expert', 'participant'] as const) {
      expect({ role, actors: visibleMilestoneActors(abilityOf(role), own) }).toEqual({
        role,
        actors: [...MILESTONE_ACTORS],
      });
    }
    expect(visibleMilestoneActors(abilityOf('client'), own)).toEqual(['employer']);
    expect(visibleMilestoneActors(abilityOf('client'), caseOf({ organisationId: 'org-globex' }))).toEqual([]);
    expect(visibleMilestoneActors(abilityOf('coach'), caseOf({ coachId: 'coach-2' }))).toEqual([]);
    // The admin may read the case, never its timeline (its due dates give away the first day of illness).
    expect(abilityOf('admin').can('read', own)).toBe(true);
    for (const role of ['admin', 'privacy_officer'] as const) {
      expect({ role, milestones: abilityOf(role).can('read_milestones', 'Case') }).toEqual({ role, milestones: false });
    }
    // The employer's duties: the plan of approach, its evaluations, the UWV sick report; not the physician's.
    expect(milestoneKindsOf(visibleMilestoneActors(abilityOf('client'), own))).toEqual([
      'plan_of_approach',
      'evaluation',
      'uwv_sick_report',
      'first_year_evaluation',
      'second_track',
      'final_evaluation',
    ]);
  });

  it('lets only the assigned coach and labour expert record sickness events and complete milestones', () => {
    const own = caseOf({ coachId: 'coach-1', labourExpertId: 'expert-1' });
    const abilityOf = (role: AbilityUser['role'], id: string) =>
      defineAbilityFor({ ...user(role, { organisationId: 'org-acme', personId: 'person-1' }), id });
    for (const action of ['complete_milestones', 'read_sickness_events', 'write_sickness_events'] as const) {
      const allowed = ROLES.filter((role) =>
        abilityOf(role, role === 'coach' ? 'coach-1' : 'expert-1').can(action, own),
      );
      expect({ action, allowed: allowed.sort() }).toEqual({ action, allowed: ['coach', 'labour_expert'] });
      expect(abilityOf('coach', 'coach-2').can(action, own)).toBe(false);
      expect(abilityOf('labour_expert', 'expert-2').can(action, own)).toBe(false);
    }
  });

  it('shows reminders to the roles that have deadlines: the coach and the privacy officer', () => {
    const allowed = ROLES.filter((role) =>
      defineAbilityFor(user(role, { personId: 'person-1', organisationId: 'org-acme' })).can('read', 'OwnReminders'),
    );
    expect(allowed.sort()).toEqual(['coach', 'privacy_officer']);
  });
});
