import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { passwordStrengthProblems, userInputsOf, ZXCVBN_MAX_CHARS, zxcvbnInput } from './password-strength';

const owner = { email: 'fleur.bakker@spoor.test', displayName: 'Fleur van den Bakker' };
const codes = (password: string) => passwordStrengthProblems(password, owner).map((p) => p.code);

describe('password strength (zxcvbn, Dutch and English)', () => {
  it.each(['fietsen langs de Vecht', 'paarse fiets op de dijk', 'Correct-Paard-Batterij-Niet'])(
    'accepts a long, own passphrase: %p',
    (password) => {
      expect(passwordStrengthProblems(password, owner)).toEqual([]);
    },
  );

  it.each([
    // common passwords that pass a length rule
    ['welkom123456', 'PASSWORD_TOO_COMMON'],
    ['password1234', 'PASSWORD_TOO_COMMON'],
    ['qwertyuiop12', 'PASSWORD_TOO_COMMON'],
    // Dutch words the old 13-entry list never knew
    ['wachtwoord123', 'PASSWORD_TOO_WEAK'],
    // patterns
    ['aaaaaaaaaaaaaaaa', 'PASSWORD_PREDICTABLE_PATTERN'],
    // the owner's own name, from the user inputs
    ['FleurBakker1990', 'PASSWORD_CONTAINS_PERSONAL_INFO'],
    ['vandenbakker!!', 'PASSWORD_CONTAINS_PERSONAL_INFO'],
  ])('refuses %p with the reason %s', (password, code) => {
    expect(codes(password)).toEqual([code]);
  });

  it('keeps the cheap rules of libs/domain (length, e-mail) first, with their codes', () => {
    expect(codes('kort')).toEqual(['TOO_SHORT']);
    expect(codes('fleur.bakker-is-hier')).toEqual(['PASSWORD_CONTAINS_EMAIL']);
  });

  it('explains in English for operators, never quoting the password', () => {
    const [problem] = passwordStrengthProblems('FleurBakker1990', owner);
    expect(problem).toMatchObject({ field: 'password', message: expect.stringMatching(/^password is too easy/) });
    expect(problem.message).not.toMatch(/fleur|bakker|1990/i);
  });

  it('feeds the name and the parts of the address as user inputs', () => {
    expect(userInputsOf(owner)).toEqual(
      expect.arrayContaining(['fleur.bakker@spoor.test', 'fleur', 'bakker', 'spoor', 'fleurvandenbakker']),
    );
  });

  describe('CPU: a long patterned password cannot tie up the event loop', () => {
    afterEach(() => jest.restoreAllMocks());

    it('gives zxcvbn at most ZXCVBN_MAX_CHARS characters of a 256-character pathological password', () => {
      const check = jest.spyOn(ZxcvbnFactory.prototype, 'check');
      const pathological = '1q2w3e'.repeat(43).slice(0, 256);
      passwordStrengthProblems(pathological, owner);
      expect(check).toHaveBeenCalledTimes(1);
      const seen = check.mock.calls[0][0];
      expect(ZXCVBN_MAX_CHARS).toBeLessThanOrEqual(100);
      expect(Array.from(seen).length).toBeLessThanOrEqual(ZXCVBN_MAX_CHARS);
      expect(pathological.startsWith(seen)).toBe(true);
    });

    it('judges a long password on its prefix: a weak prefix is refused, a strong one accepted', () => {
      expect(codes('password'.repeat(32))).not.toEqual([]);
      expect(passwordStrengthProblems(`fietsen langs de Vecht ${'x'.repeat(200)}`, owner)).toEqual([]);
    });

    it('cuts by code points, never through a surrogate pair', () => {
      const emoji = '\u{1F6B2}'.repeat(100);
      expect(Array.from(zxcvbnInput(emoji))).toEqual(Array(ZXCVBN_MAX_CHARS).fill('\u{1F6B2}'));
    });
  });
});
