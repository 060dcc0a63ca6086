import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/**
 * The API names problems in English (`password must be at least 12 characters`, `email must be …`). Those this
 * app knows are shown in the user's language; anything else is shown as the API wrote it.
 */
const PATTERNS: Array<[RegExp, (match: RegExpMatchArray) => [string, Record<string, string>?]]> = [
  [/^password must be at least (\d+) characters/, (m) => ['apiMessages.passwordTooShort', { min: m[1] }]],
  [/^password must be at most (\d+) characters/, (m) => ['apiMessages.passwordTooLong', { max: m[1] }]],
  [/^password must not contain your e-mail address/, () => ['apiMessages.passwordContainsEmail']],
  [/^password is too common/, () => ['apiMessages.passwordCommon']],
  [/^password is required/, () => ['apiMessages.passwordRequired']],
  [/^code does not match/, () => ['apiMessages.codeMismatch']],
  [/^code must be 6 digits/, () => ['apiMessages.codeFormat']],
  [/^email must be/, () => ['apiMessages.email']],
  [/^displayName must be/, () => ['apiMessages.displayName']],
  [/^organisationId (must|does not|is required)/, () => ['apiMessages.organisationId']],
  [/^personId (must|does not)/, () => ['apiMessages.personId']],
  [/^role must be/, () => ['apiMessages.role']],
  [/^userId must/, () => ['apiMessages.userId']],
  [/^name must be 2 to 200 characters/, () => ['apiMessages.organisationName']],
  [/^kvkNumber must be/, () => ['apiMessages.kvkNumber']],
  [/^contactName must be/, () => ['apiMessages.contactName']],
  [/^contactEmail must be/, () => ['apiMessages.contactEmail']],
  [/^contactPhone must be/, () => ['apiMessages.contactPhone']],
];

export function translateApiMessage(message: string, t: TFunction): string {
  for (const [pattern, toKey] of PATTERNS) {
    const match = message.match(pattern);
    if (match) {
      const [key, values] = toKey(match);
      return t(key, values);
    }
  }
  return message;
}

export function translateApiMessages(messages: readonly string[], t: TFunction): string[] {
  return [...new Set(messages.map((message) => translateApiMessage(message, t)))];
}

/**
 * One line for an error of a request: the caller's wording for statuses it expects (409 …), the API's
 * named problems for a 400, a generic line otherwise.
 */
export function apiErrorText(error: unknown, t: TFunction, byStatus: Partial<Record<number, string>> = {}): string {
  if (error instanceof ApiError) {
    const key = byStatus[error.statusCode];
    if (key) return t(key);
    if (error.statusCode === 400 && error.messages.length > 0)
      return translateApiMessages(error.messages, t).join('; ');
    if (error.statusCode === 429) return t('login.throttled');
  }
  return t('errors.generic');
}
