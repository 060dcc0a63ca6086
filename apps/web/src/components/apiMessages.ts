import type { ErrorCode, FieldError } from '@spoor/domain';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import i18n from '../i18n';
import { formatDate } from './format';

/**
 * The API names what went wrong with a stable `code` (and, for bad input, a code per field); this app shows
 * the code's text in the user's language (i18n/errors.ts). The API's English `message` is never shown.
 */

/** Wording for a code where the context says more than the code's own text: code → i18n key. */
export type ErrorTexts = Partial<Record<ErrorCode, string>>;

const DATE_CODES: ReadonlySet<FieldError['code']> = new Set(['DATE_TOO_EARLY', 'DATE_TOO_LATE']);

const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/**
 * One field problem in the user's language. `withLabel` names the field first ("Naam: vul minimaal 2 tekens
 * in"), for a problem shown in a line rather than next to its input.
 */
export function fieldErrorText(problem: FieldError, t: TFunction, { withLabel = false }: { withLabel?: boolean } = {}): string {
  const params: Record<string, string | number> = { ...problem.params };
  if (DATE_CODES.has(problem.code)) {
    for (const [name, value] of Object.entries(params)) if (typeof value === 'string') params[name] = formatDate(value, i18n.language);
  }
  const text = t(`fieldErrors.${problem.code}`, params);
  const label = withLabel ? t(`fieldLabels.${problem.field.split('.').join('_')}`, { defaultValue: '' }) : '';
  return label ? `${label}: ${lowerFirst(text)}` : text;
}

/** The field problems of a failed request, one line each (each text once). */
export function apiFieldErrorTexts(error: unknown, t: TFunction, options: { withLabel?: boolean } = { withLabel: true }): string[] {
  if (!(error instanceof ApiError)) return [];
  return [...new Set(error.fields.map((problem) => fieldErrorText(problem, t, options)))];
}

/**
 * One line for an error of a request: the caller's wording for a code it expects, the field problems of bad
 * input, otherwise the code's own text; a generic line for an answer without a code this app knows.
 */
export function apiErrorText(error: unknown, t: TFunction, overrides: ErrorTexts = {}): string {
  if (!(error instanceof ApiError) || error.code === undefined) return t('errors.generic');
  const override = overrides[error.code];
  if (override) return t(override);
  if (error.code === 'VALIDATION_FAILED' && error.fields.length > 0) return apiFieldErrorTexts(error, t).join('; ');
  return t(`apiErrors.${error.code}`);
}
