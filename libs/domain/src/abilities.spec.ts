import { subject } from '@casl/ability';
import { CLIENT_CASE_FIELDS, defineAbilityFor, readableCaseFields, type AbilityUser } from './abilities';

const caseOf = (values: Partial<{ id: string; coachId: string; labourExpertId: string; organisationId: string; personId: string }>) =>
  subject('Case', { id: 'c1', coachId: 'coach-1', labourExpertId: 'expert-1', organisationId: 'org-acme', personId: 'person-1', ...values });

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
    expect(ability.can('read', caseOf({}), 'personName')).toBe(false);
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
});
