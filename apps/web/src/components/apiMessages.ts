import type { ErrorCode, ErrorParams, FieldError } from '@spoor/domain';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import i18n from '../i18n';
import { formatDate } from './format';
import { fieldMessages } from './validation';

/**
 * The API names what went wrong with a stable `code` (and, for bad input, a code per field); this app shows
 * the code's text in the user's language (i18n/errors.ts). The API's English `message` is never shown.
 */

/** Wording for a code where the context says more than the code's own text: code → i18n key. */
export type ErrorTexts = Partial<Record<ErrorCode, string>>;

const DATE_CODES: ReadonlySet<FieldError['code']> = new Set(['DATE_TOO_EARLY', 'DATE_TOO_LATE']);

/** A problem's params as the text shows them: the dates of DATE_TOO_EARLY/LATE in the user's language. */
function shownParams(problem: FieldError): ErrorParams {
  const params: ErrorParams = { ...problem.params };
  if (DATE_CODES.has(problem.code)) {
    for (const [name, value] of Object.entries(params))
      if (typeof value === 'string') params[name] = formatDate(value, i18n.language);
  }
  return params;
}

const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/**
 * One field problem in the user's language. `withLabel` names the field first ("Naam: vul minimaal 2 tekens
 * in"), for a problem shown in a line rather than next to its input.
 */
export function fieldErrorText(
  problem: FieldError,
  t: TFunction,
  { withLabel = false }: { withLabel?: boolean } = {},
): string {
  const text = t(`fieldErrors.${problem.code}`, shownParams(problem));
  const label = withLabel ? t(`fieldLabels.${problem.field.split('.').join('_')}`, { defaultValue: '' }) : '';
  return label ? `${label}: ${lowerFirst(text)}` : text;
}

/** The field problems of a failed request, one line each (each text once). */
export function apiFieldErrorTexts(
  error: unknown,
  t: TFunction,
  options: { withLabel?: boolean } = { withLabel: true },
): string[] {
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

/** Where a form shows what the API found wrong with a request field: a form path, or undefined for the alert. */
export type InputOf = (field: string) => string | undefined;

/**
 * The field problems of a VALIDATION_FAILED answer, split by where they are shown: at the input `inputOf` names
 * (form path → message, an i18n nesting like fieldMessages'), or in the form's alert. `rest` is the answer with
 * only the problems for the alert left (for apiErrorText); any other error comes back as it is.
 */
export function splitFieldProblems(
  error: unknown,
  inputOf: InputOf,
): { atInputs: Record<string, string>; rest: unknown } {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED' || error.fields.length === 0)
    return { atInputs: {}, rest: error };
  const byInput = new Map<string, FieldError[]>();
  const left: FieldError[] = [];
  for (const problem of error.fields) {
    const path = inputOf(problem.field);
    if (path === undefined) left.push(problem);
    else byInput.set(path, [...(byInput.get(path) ?? []), problem]);
  }
  if (byInput.size === 0) return { atInputs: {}, rest: error };
  const atInputs = Object.fromEntries(
    [...byInput].map(([path, problems]) => [
      path,
      fieldMessages(problems.map((problem) => ({ code: problem.code, params: shownParams(problem) }))),
    ]),
  );
  return {
    atInputs,
    rest: new ApiError(error.statusCode, error.messages, error.error, { ...error.details, fields: left }),
  };
}
