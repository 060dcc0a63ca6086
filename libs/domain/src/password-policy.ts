import type { FieldProblem } from './errors';

/** A small list of passwords people actually use; long enough to pass a length rule and still guessable. */
const COMMON = [
  'welkom123456',
  'wachtwoord12',
  'wachtwoord123',
  'password1234',
  'password12345',
  'qwertyuiop12',
  '123456789012',
  'zomer2026!!!',
  'voorjaar2026!',
  'spoor2026spoor',
  'iloveyou1234',
  'administrator',
  'letmein12345',
];

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

/** Problems with a new password, on the field `password`; empty when it is acceptable. */
export function passwordProblems(password: string, email: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (code: FieldProblem['code'], message: string, params?: FieldProblem['params']) =>
    problems.push({ field: 'password', code, message, ...(params ? { params } : {}) });
  if (password.length < MIN_PASSWORD_LENGTH)
    problem('TOO_SHORT', `password must be at least ${MIN_PASSWORD_LENGTH} characters`, { min: MIN_PASSWORD_LENGTH });
  if (password.length > MAX_PASSWORD_LENGTH)
    problem('TOO_LONG', `password must be at most ${MAX_PASSWORD_LENGTH} characters`, { max: MAX_PASSWORD_LENGTH });
  const lower = password.toLowerCase();
  const local = email.toLowerCase().split('@')[0] ?? '';
  if (lower === email.toLowerCase() || (local.length >= 4 && lower.includes(local)))
    problem('PASSWORD_CONTAINS_EMAIL', 'password must not contain your e-mail address');
  if (COMMON.includes(lower) || /^(.)\1+$/.test(password)) problem('PASSWORD_TOO_COMMON', 'password is too common');
  return problems;
}
