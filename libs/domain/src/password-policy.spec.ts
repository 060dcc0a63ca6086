import { passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it('accepts a long, own passphrase', () => {
    expect(passwordProblems('paarse fiets op de dijk', 'jan@example.nl')).toEqual([]);
  });

  it.each([
    ['kort', 'password must be at least 12 characters'],
    ['Wachtwoord123', 'password is too common'],
    ['aaaaaaaaaaaaaaaa', 'password is too common'],
    ['jan.devries-2026!', 'password must not contain your e-mail address'],
  ])('refuses %p', (password, problem) => {
    expect(passwordProblems(password, 'jan.devries@example.nl')).toContain(problem);
  });
});
