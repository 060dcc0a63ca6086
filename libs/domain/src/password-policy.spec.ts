import { passwordProblems } from './password-policy';

describe('passwordProblems (the cheap rules the web checks as the user types)', () => {
  it('accepts a long, own passphrase', () => {
    expect(passwordProblems('paarse fiets op de dijk', 'jan@example.nl')).toEqual([]);
  });

  it.each([
    ['kort', 'TOO_SHORT', 'password must be at least 12 characters'],
    ['x'.repeat(257), 'TOO_LONG', 'password must be at most 256 characters'],
    ['jan.devries-2026!', 'PASSWORD_CONTAINS_EMAIL', 'password must not contain your e-mail address'],
  ])('refuses %p with a code the web translates', (password, code, message) => {
    expect(passwordProblems(password, 'jan.devries@example.nl')).toContainEqual(
      expect.objectContaining({ field: 'password', code, message }),
    );
  });

  it('tells the minimum length to show', () => {
    expect(passwordProblems('kort', 'jan@example.nl')).toContainEqual(
      expect.objectContaining({ code: 'TOO_SHORT', params: { min: 12 } }),
    );
  });
});
