import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nlBe from '@zxcvbn-ts/language-nl-be';
import { passwordProblems, type FieldErrorCode, type FieldProblem } from '@spoor/domain';

/** zxcvbn's score (0–4) a new password must reach: 3 is "safely unguessable" (about 10^10 guesses). */
export const MIN_PASSWORD_SCORE = 3;

/** Whose password it is: their own name and address are the first things an attacker tries. */
export interface PasswordOwner {
  email: string;
  displayName?: string | null;
}

type Warning = NonNullable<ZxcvbnResult['feedback']['warning']>;

/** zxcvbn's warnings, folded into the few reasons the web explains (nl and en). */
const REASONS: Record<string, FieldErrorCode> = {
  userInputs: 'PASSWORD_CONTAINS_PERSONAL_INFO',
  topTen: 'PASSWORD_TOO_COMMON',
  topHundred: 'PASSWORD_TOO_COMMON',
  common: 'PASSWORD_TOO_COMMON',
  similarToCommon: 'PASSWORD_TOO_COMMON',
  pwned: 'PASSWORD_TOO_COMMON',
  straightRow: 'PASSWORD_PREDICTABLE_PATTERN',
  keyPattern: 'PASSWORD_PREDICTABLE_PATTERN',
  simpleRepeat: 'PASSWORD_PREDICTABLE_PATTERN',
  extendedRepeat: 'PASSWORD_PREDICTABLE_PATTERN',
  sequences: 'PASSWORD_PREDICTABLE_PATTERN',
  recentYears: 'PASSWORD_CONTAINS_DATE',
  dates: 'PASSWORD_CONTAINS_DATE',
} satisfies Partial<Record<Warning, FieldErrorCode>>;

const MESSAGES: Partial<Record<FieldErrorCode, string>> = {
  PASSWORD_CONTAINS_PERSONAL_INFO: 'password is too easy to guess: it resembles the name or e-mail address',
  PASSWORD_TOO_COMMON: 'password is too common: it is (built on) a commonly used password',
  PASSWORD_PREDICTABLE_PATTERN: 'password is too easy to guess: it follows a predictable pattern',
  PASSWORD_CONTAINS_DATE: 'password is too easy to guess: it leans on a date or year',
  PASSWORD_TOO_WEAK: 'password is too easy to guess',
};

/**
 * The most characters zxcvbn sees. Its matching grows much faster than the password (a 256-character
 * '1q2w3e…' took 1.8 s of synchronous CPU per request, blocking the event loop: a denial of service through
 * the invitation and reset pages). A longer password, once past the cheap rules, is judged on its first
 * ZXCVBN_MAX_CHARS characters. That is safe: whoever guesses the whole password has also guessed its prefix,
 * so the whole is at least as strong as the prefix zxcvbn scored; the only cost is that a long password whose
 * prefix is weak ('password' repeated, a name followed by a long tail) is refused, with the reason for the prefix.
 */
export const ZXCVBN_MAX_CHARS = 64;

/**
 * l33t variants zxcvbn tries per password (its default, 100, is most of the cost on a patterned password;
 * 10 still finds the usual substitutions such as 'p@ssw0rd').
 */
const L33T_MAX_SUBSTITUTIONS = 10;

/** The first `ZXCVBN_MAX_CHARS` characters (code points, so no surrogate pair is cut in half). */
export function zxcvbnInput(password: string): string {
  return password.length <= ZXCVBN_MAX_CHARS ? password : Array.from(password).slice(0, ZXCVBN_MAX_CHARS).join('');
}

let factory: ZxcvbnFactory | undefined;

/**
 * Built on first use (the dictionaries take a moment to load). Dutch and English words, names and common
 * passwords; the dictionaries of both languages keep their own names, as they share keys.
 */
function zxcvbn(): ZxcvbnFactory {
  if (!factory) {
    const dictionary: Record<string, string[]> = { ...common.dictionary };
    for (const [name, words] of Object.entries(en.dictionary)) dictionary[`${name}-en`] = words as string[];
    for (const [name, words] of Object.entries(nlBe.dictionary)) dictionary[`${name}-nl`] = words as string[];
    // No translations: feedback then carries zxcvbn's keys, which map to our stable codes.
    factory = new ZxcvbnFactory({
      graphs: common.adjacencyGraphs,
      dictionary,
      maxLength: ZXCVBN_MAX_CHARS,
      l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
    });
  }
  return factory;
}

/** The owner's name and address in the pieces someone would put in a password. */
export function userInputsOf(owner: PasswordOwner): string[] {
  const email = owner.email.toLowerCase();
  const [local = '', domain = ''] = email.split('@');
  const pieces = [
    email,
    local,
    ...local.split(/[._+-]+/),
    ...domain.split('.').slice(0, -1),
    ...(owner.displayName ?? '').toLowerCase().split(/[\s.,'-]+/),
    (owner.displayName ?? '').toLowerCase().replace(/[\s.,'-]+/g, ''),
  ];
  return [...new Set(pieces.filter((piece) => piece.length >= 3))];
}

/**
 * Problems with a new password, on the field `password` (empty when acceptable). The API's word on it: the
 * cheap rules of libs/domain (length, the e-mail address; the web checks those as the user types), then a
 * zxcvbn estimate with the owner's name and address as known words, which must reach MIN_PASSWORD_SCORE. A
 * password that leans on the owner's own name is refused unless it is strong without it. zxcvbn sees at most
 * ZXCVBN_MAX_CHARS characters (see there).
 */
export function passwordStrengthProblems(password: string, owner: PasswordOwner): FieldProblem[] {
  const cheap = passwordProblems(password, owner.email);
  if (cheap.length) return cheap;
  const result = zxcvbn().check(zxcvbnInput(password), userInputsOf(owner));
  const personal = result.sequence.some(
    (match) => match.pattern === 'dictionary' && match.dictionaryName === 'userInputs' && match.token.length >= 4,
  );
  if (result.score >= MIN_PASSWORD_SCORE && !(personal && result.score < 4)) return [];
  const warning = result.feedback.warning;
  // zxcvbn warns only when one pattern dominates; a password built on a listed common password says so too.
  const common = result.sequence.some(
    (match) => match.pattern === 'dictionary' && match.dictionaryName === 'passwords-common' && match.token.length >= 4,
  );
  const code: FieldErrorCode = personal
    ? 'PASSWORD_CONTAINS_PERSONAL_INFO'
    : ((warning ? REASONS[warning] : undefined) ?? (common ? 'PASSWORD_TOO_COMMON' : 'PASSWORD_TOO_WEAK'));
  return [{ field: 'password', code, message: MESSAGES[code] ?? 'password is too easy to guess' }];
}
