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

/** Problems with a new password, naming the field; empty when it is acceptable. */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > 256) problems.push('password must be at most 256 characters');
  const lower = password.toLowerCase();
  const local = email.toLowerCase().split('@')[0] ?? '';
  if (lower === email.toLowerCase() || (local.length >= 4 && lower.includes(local))) problems.push('password must not contain your e-mail address');
  if (COMMON.includes(lower) || /^(.)\1+$/.test(password)) problems.push('password is too common');
  return problems;
}
