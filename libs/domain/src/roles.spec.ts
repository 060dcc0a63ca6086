import { isRole, requiresSecondFactor, ROLES } from './roles';

describe('roles', () => {
  it('asks a second factor of staff only', () => {
    expect(ROLES.filter(requiresSecondFactor)).toEqual(['admin', 'privacy_officer', 'coach', 'labour_expert']);
  });

  it('rejects unknown role names', () => {
    expect(isRole('coach')).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
