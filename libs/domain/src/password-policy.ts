import type { FieldProblem } from './errors';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * The cheap rules for a new password, on the field `password` (empty when they pass): length and the user's
 * own e-mail address. The web checks them as the user types; the API adds a real strength estimate (zxcvbn
 * with Dutch and English dictionaries, apps/api/src/auth/password-strength.ts), whose dictionaries stay out
 * of this library so that they never reach the web's bundle.
 */
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
  return problems;
}
